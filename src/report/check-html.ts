/**
 * `check --format html`: one self-contained page per run — each document's tables and text as printed, every finding
 * highlighted in place, and a findings list linking to the places; for a PDF each finding also shows the page region
 * it points to (the page rendered as an embedded PNG, the cells outlined). No scripts, fonts or images are loaded.
 */
import type { Disclosure, Table } from '../model/document.ts';
import type { Finding, Location, Severity } from '../model/finding.ts';
import { placeOf } from './where.ts';
import type { CheckedDocument, PageImage } from './types.ts';
import { ruleDocUrl } from '../version.ts';

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', note: '提示' };

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function anchor(doc: number, l: Location | undefined): string {
  if (!l?.line) return `d${doc}`;
  return l.column1 ? `d${doc}-L${l.line}C${l.column1}` : `d${doc}-L${l.line}`;
}

interface Marks {
  /** line:column → findings (cells and pinned figures) */
  readonly cells: Map<string, { f: Finding; i: number }[]>;
  /** line → findings (whole lines) */
  readonly lines: Map<number, { f: Finding; i: number }[]>;
}

function marksOf(findings: readonly Finding[]): Marks {
  const cells = new Map<string, { f: Finding; i: number }[]>();
  const lines = new Map<number, { f: Finding; i: number }[]>();
  findings.forEach((f, i) => {
    for (const l of f.locations) {
      if (!l.line) continue;
      const list = lines.get(l.line) ?? [];
      if (!list.some((x) => x.i === i)) list.push({ f, i });
      lines.set(l.line, list);
      if (l.column1) {
        const k = `${l.line}:${l.column1}`;
        cells.set(k, [...(cells.get(k) ?? []), { f, i }]);
      }
    }
  });
  return { cells, lines };
}

function worst(list: readonly { f: Finding }[]): Severity {
  return list.some((x) => x.f.severity === 'error')
    ? 'error'
    : list.some((x) => x.f.severity === 'warning')
      ? 'warning'
      : 'note';
}

function titleOf(list: readonly { f: Finding }[]): string {
  return esc(list.map((x) => `${x.f.ruleId} ${x.f.message}`).join('\n'));
}

function renderTable(t: Table, d: number, marks: Marks): string {
  const header = t.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const body = t.rows
    .map((r) => {
      const label = esc([r.code, r.label].filter((x) => x !== null && x !== '').join(' '));
      const side = r.side === 'income' ? '收入' : r.side === 'expenditure' ? '支出' : '';
      const cells = r.cells
        .map((c) => {
          const k = `${c.at.line ?? 0}:${c.at.column ?? 0}`;
          const hit = marks.cells.get(k);
          const id = c.at.line && c.at.column ? ` id="d${d}-L${c.at.line}C${c.at.column}"` : '';
          const cls = hit ? ` class="hit ${worst(hit)}" title="${titleOf(hit)}"` : '';
          return `<td${id}${cls}>${esc(c.kind === 'blank' ? '' : c.raw)}</td>`;
        })
        .join('');
      return `<tr id="d${d}-L${r.at.line ?? 0}"><th scope="row">${side ? `<span class="side">${side}</span>` : ''}${label}</th>${cells}</tr>`;
    })
    .join('\n');
  const columns = t.rows[0]?.cells.map((c) => `<th scope="col">${esc(c.column)}</th>`).join('') ?? header;
  return `<figure class="table" id="d${d}-T${t.number ?? t.startLine}">
<figcaption>${t.number ? `公开${esc(t.number)}表 ` : ''}${esc(t.title)}${t.unit ? `（单位：${esc(t.unit)}）` : ''}</figcaption>
<table><thead><tr><th scope="col">项目</th>${columns}</tr></thead><tbody>
${body}
</tbody></table>${t.notes.map((n) => `<p class="note">${esc(n.text)}</p>`).join('')}
</figure>`;
}

function renderText(line: string, no: number, d: number, marks: Marks): string {
  const hits = marks.lines.get(no);
  const text = esc(
    line
      .replace(/\*\*/g, '')
      .replace(/^\s*[-*]\s+/, '')
      .replace(/\t+/g, ' '),
  );
  if (!hits) return `<p id="d${d}-L${no}">${text}</p>`;
  // pinned figures on this line get their own anchors
  const pinned = [...marks.cells.keys()]
    .filter((k) => k.startsWith(`${no}:`))
    .map((k) => `<a id="d${d}-L${k.replace(':', 'C')}"></a>`)
    .join('');
  return `<p id="d${d}-L${no}" class="hit ${worst(hits)}" title="${titleOf(hits)}">${pinned}${text}</p>`;
}

function renderDocument(doc: Disclosure, d: number, findings: readonly Finding[]): string {
  const marks = marksOf(findings);
  const tableAt = new Map(doc.tables.map((t) => [t.startLine, t]));
  const out: string[] = [];
  for (let no = 1; no <= doc.source.lines.length; no++) {
    const t = tableAt.get(no);
    if (t) {
      out.push(renderTable(t, d, marks));
      no = t.endLine;
      continue;
    }
    const line = doc.source.lines[no - 1] ?? '';
    if (line.trim() === '') continue;
    out.push(renderText(line, no, d, marks));
  }
  return out.join('\n');
}

type Box = [number, number, number, number];

/**
 * The page region of a finding: a crop of the rendered page around every place it names on that page, each
 * outlined. The page image is defined once per document and reused by every crop.
 */
function evidence(f: Finding, d: number, pages: PageIndex): string {
  const byPage = new Map<string, Box[]>();
  for (const l of f.locations) {
    const key = pageKey(l.file, l.page);
    if (!l.page || !l.bbox || !pages.has(key)) continue;
    byPage.set(key, [...(byPage.get(key) ?? []), l.bbox]);
  }
  return [...byPage]
    .map(([key, boxes]) => {
      const found = pages.get(key);
      if (!found) return '';
      const { image: img, index } = found;
      const page = img.page;
      const x0 = Math.max(0, Math.min(...boxes.map((b) => b[0])) - 60);
      const y0 = Math.max(0, Math.min(...boxes.map((b) => b[1])) - 30);
      const x1 = Math.min(img.width, Math.max(...boxes.map((b) => b[2])) + 60);
      const y1 = Math.min(img.height, Math.max(...boxes.map((b) => b[3])) + 30);
      const rects = boxes
        .map(
          (b) =>
            `<rect x="${b[0] - 1.5}" y="${b[1] - 1.5}" width="${b[2] - b[0] + 3}" height="${b[3] - b[1] + 3}" class="${f.severity}"/>`,
        )
        .join('');
      return `<figure class="crop"><svg viewBox="${x0} ${y0} ${x1 - x0} ${y1 - y0}" width="${Math.round((x1 - x0) * 1.3)}" role="img" aria-label="第${page}页原文截图"><use href="#d${d}-p${index}"/>${rects}</svg><figcaption>${img.file ? `《${esc(img.file)}》` : ''}第${page}页</figcaption></figure>`;
    })
    .join('');
}

/** Rendered pages by file and page number, each with its index (its id in the page definitions). */
type PageIndex = ReadonlyMap<string, { readonly image: PageImage; readonly index: number }>;

const pageKey = (file: string | null | undefined, page: number | null | undefined): string =>
  `${file ?? ''}#${String(page)}`;

function pageIndex(pages: readonly PageImage[]): PageIndex {
  return new Map(pages.map((image, index) => [pageKey(image.file, image.page), { image, index }]));
}

function pageDefs(d: number, pages: readonly PageImage[]): string {
  if (pages.length === 0) return '';
  const images = pages
    .map(
      (p, index) =>
        `<image id="d${d}-p${index}" width="${p.width}" height="${p.height}" href="data:image/png;base64,${Buffer.from(p.png).toString('base64')}"/>`,
    )
    .join('');
  return `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs>${images}</defs></svg>`;
}

function renderFindings(findings: readonly Finding[], d: number, pages: PageIndex = new Map()): string {
  if (findings.length === 0) return '<p class="ok">未发现问题。</p>';
  const items = findings
    .map((f) => {
      const l = f.locations[0];
      const where = [l ? placeOf(l) : '', l?.table ? `${l.table}表` : '', l?.row ?? '', l?.section ?? '']
        .filter(Boolean)
        .join(' ');
      const related = (f.related ?? []).map((r) => `<li>${esc(r.ruleId)}：${esc(r.message)}</li>`).join('');
      return `<li class="${f.severity}"><a href="#${anchor(d, l)}"><span class="badge ${f.severity}">${LABEL[f.severity]}</span> <b>${esc(f.ruleId)}</b> ${esc(where)}</a>
<div class="msg">${esc(f.message)} <a class="doc" href="${ruleDocUrl(f.ruleId)}" rel="noopener">规则说明</a></div>${related ? `<ul class="related">${related}</ul>` : ''}${evidence(f, d, pages)}</li>`;
    })
    .join('\n');
  return `<ol class="findings">${items}</ol>`;
}

const CSS = `
body{font-family:"Noto Serif CJK SC","AR PL SungtiL GB","SimSun",serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.6}
h1{font-size:1.5em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}
.summary span{margin-right:1.5em}.badge{display:inline-block;padding:0 .4em;border-radius:3px;color:#fff;font-size:.85em}
.badge.error{background:#c62828}.badge.warning{background:#e08a00}.badge.note{background:#1565c0}
ol.findings li{margin:.4em 0}.msg{margin-left:1.5em}.related{color:#555;font-size:.9em}
a.doc{font-size:.85em;margin-left:.5em}
figure.table{margin:1.5em 0;overflow-x:auto}figcaption{font-weight:bold;margin-bottom:.3em}
table{border-collapse:collapse;font-size:.85em}th,td{border:1px solid #999;padding:.1em .4em}td{text-align:right;font-variant-numeric:tabular-nums}
th[scope=row]{text-align:left;font-weight:normal}
.crop{margin:.4em 0;max-width:100%;overflow:auto}.crop svg{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}
.crop rect{fill:none;stroke-width:1.5}.crop rect.error{stroke:#c00}.crop rect.warning{stroke:#d80}.crop rect.note{stroke:#08c}
.crop figcaption{font-size:.8em;color:#666}.side{color:#777;margin-right:.3em;font-size:.85em}
.hit.error{background:#ffcdd2;outline:2px solid #c62828}.hit.warning{background:#ffe0b2;outline:2px solid #e08a00}.hit.note{background:#e3f2fd}
:target{box-shadow:0 0 0 3px #000}p.note{font-size:.85em;color:#555}.ok{color:#2e7d32}
@media print{a.doc{display:none}.hit{outline:none}}
`;

export function checkToHtml(docs: readonly CheckedDocument[]): string {
  const totals = { error: 0, warning: 0, note: 0 };
  for (const d of docs) for (const f of d.findings) totals[f.severity]++;
  const sections = docs
    .map((d, i) => {
      if (!d.doc)
        return `<section><h2>${esc(d.file)}</h2><p class="hit error">无法读取：${esc(d.error ?? '')}</p></section>`;
      const counts = { error: 0, warning: 0, note: 0 };
      for (const f of d.findings) counts[f.severity]++;
      return `<section aria-labelledby="h${i}">
<h2 id="h${i}">${esc(d.doc.meta.title || d.file)}</h2>
<p class="summary"><span>文件：${esc(d.file)}</span><span>${counts.error} 个错误</span><span>${counts.warning} 个警告</span><span>${counts.note} 个提示</span></p>
<h3>问题清单</h3>
${pageDefs(i, d.pages ?? [])}${renderFindings(d.findings, i, pageIndex(d.pages ?? []))}
<h3>原文（问题处已标出）</h3>
<div class="document">${renderDocument(d.doc, i, d.findings)}</div>
</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>决算公开审核报告</title><style>${CSS}</style></head>
<body><header><h1>决算公开审核报告</h1>
<p class="summary"><span>${docs.length} 个文件</span><span>${totals.error} 个错误</span><span>${totals.warning} 个警告</span><span>${totals.note} 个提示</span></p></header>
<main>${sections}</main></body></html>
`;
}
