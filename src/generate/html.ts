/**
 * The disclosure as one self-contained HTML page: semantic tables (caption, thead with scoped header cells and
 * spans, tbody), a linked 目录, structure charts drawn server-side by ECharts as inline SVG, and print styles for
 * A4 with table headers repeated on every page. Nothing is loaded from anywhere: no scripts, fonts or images.
 */
import * as echarts from 'echarts';
import { formatHundredths } from '../model/amount.ts';
import { chineseNumber } from './compute.ts';
import type { Block, GenChart, GenDocument, GenTable } from './layout.ts';
import { pct } from './narrative.ts';

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const STYLE = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #111; background: #fff;
  font: 16px/1.8 "仿宋_GB2312", "仿宋", FangSong, "Noto Serif CJK SC", "Source Han Serif SC", serif; }
h1, h2, h3, h4 { font-family: "方正小标宋简体", "黑体", SimHei, "Noto Sans CJK SC", sans-serif; line-height: 1.4; }
h1 { text-align: center; font-size: 1.9rem; margin: 2rem 0; }
h2.part { text-align: center; font-size: 1.5rem; margin-top: 3rem; }
h2.part span { display: block; font-size: 1.1rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; }
h4 { font-size: 1.05rem; margin-top: 1.5rem; }
p { text-indent: 2em; margin: .4rem 0; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 2em; }
nav a { color: inherit; }
.table-block { margin: 2rem 0; overflow-x: auto; }
.table-block h3 { text-align: center; margin-bottom: .3rem; }
.table-meta { display: flex; justify-content: space-between; text-indent: 0; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; line-height: 1.4;
  font-family: "宋体", SimSun, "Noto Serif CJK SC", serif; }
th, td { border: 1px solid #444; padding: .2rem .35rem; }
th { background: #f1f1f1; font-weight: bold; text-align: center; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; }
.note { text-indent: 0; font-size: .85rem; }
figure { margin: 1rem auto; text-align: center; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: .9rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* 自评表: long text in every column (目标, 指标, 偏差原因) — share the width out and wrap anywhere */
table.text-table { table-layout: fixed; width: 100%; }
table.text-table th, table.text-table td { overflow-wrap: anywhere; white-space: normal; }
@page { size: A4; margin: 2cm 1.8cm 2.2cm; }
@page wide { size: A4 landscape; margin: 1.6cm 1.5cm 2cm; }
@media print {
  body { max-width: none; padding: 0; font-size: 12pt; }
  nav, .part { break-after: page; }
  .table-block { page: wide; break-before: page; overflow: visible; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; }
}`;

function tableHtml(t: GenTable, id: string): string {
  const amount = new Set(t.amountColumns);
  const head = t.header
    .map(
      (row) =>
        `<tr>${row
          .map((c) => {
            const span = `${(c.colSpan ?? 1) > 1 ? ` colspan="${String(c.colSpan)}"` : ''}${(c.rowSpan ?? 1) > 1 ? ` rowspan="${String(c.rowSpan)}"` : ''}`;
            const scope = (c.colSpan ?? 1) > 1 ? 'colgroup' : 'col';
            return `<th scope="${scope}"${span}>${esc(c.text)}</th>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  const body = t.rows
    .map(
      (r) =>
        `<tr${r.total ? ' class="total"' : ''}>${r.cells
          .map((c, i) => `<td${amount.has(i) ? ' class="num"' : ''}>${esc(c)}</td>`)
          .join('')}</tr>`,
    )
    .join('\n');
  return `<section class="table-block" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${esc(t.title)}</h3>
${t.plain ? '' : `<p class="table-meta"><span>公开${esc(t.number)}表</span><span>部门：${esc(t.department)}</span><span>单位：${esc(t.unit)}</span></p>\n`}<table${t.plain ? ' class="text-table"' : ''}>
<caption class="visually-hidden">${t.plain ? esc(t.title) : `公开${esc(t.number)}表 ${esc(t.title)}（单位：${esc(t.unit)}）`}</caption>
<thead>
${head}
</thead>
<tbody>
${body}
</tbody>
</table>
${t.notes.map((n) => `<p class="note">${esc(n)}</p>`).join('\n')}
</section>`;
}

/** A pie chart as inline SVG (ECharts server-side rendering), described in text for screen readers. */
function chartHtml(c: GenChart): string {
  const total = c.items.reduce((n, i) => n + i.value, 0);
  const description = c.items
    .map((i) => `${i.name}${formatHundredths(i.value)}万元，占${pct(i.value, total) ?? '0.00'}%`)
    .join('；');
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 640, height: 320 });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Noto Sans CJK SC, sans-serif' },
      series: [
        {
          type: 'pie',
          radius: ['30%', '60%'],
          label: { formatter: '{b}\n{d}%' },
          // shares only: the exact amounts are in the tables and in the description
          data: c.items.map((i) => ({ name: i.name, value: i.value })),
        },
      ],
    });
    const svg = chart.renderToSVGString();
    return `<figure role="group" aria-label="${esc(c.title)}">
<div role="img" aria-label="${esc(`${c.title}：${description}`)}">${svg}</div>
<figcaption>${esc(c.title)}（${esc(description)}）</figcaption>
</figure>`;
  } finally {
    chart.dispose();
  }
}

function blockHtml(b: Block, tableIds: Map<GenTable, string>): string {
  switch (b.kind) {
    case 'table':
      return tableHtml(b, tableIds.get(b) ?? 'table');
    case 'chart':
      return chartHtml(b);
    case 'heading':
      return b.level === 2 ? `<h3>${esc(b.text)}</h3>` : `<h4>${esc(b.text)}</h4>`;
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
  }
}

/** Render the whole disclosure as one HTML page. */
export function renderHtml(doc: GenDocument): string {
  const title = `${String(doc.year)}年度${doc.department}${doc.kindWord}决算`;
  const tableIds = new Map<GenTable, string>();
  let plainNo = 0;
  for (const part of doc.parts)
    for (const b of part.blocks)
      if (b.kind === 'table') tableIds.set(b, b.plain ? `perf${String((plainNo += 1))}` : `t${b.number}`);
  const toc = doc.parts
    .map((part, i) => {
      let tableNo = 0;
      // tables numbered as in the text 目录 ("一、收入支出决算总表"), so that a reader sees entries, not titles
      const items = part.blocks
        // the nine tables are listed; the 附件's 自评表 are not (the text 目录 lists the part only)
        .filter((b) => (b.kind === 'table' && !b.plain) || (b.kind === 'heading' && b.level === 2 && i !== 4))
        .map((b) =>
          b.kind === 'table'
            ? `<li><a href="#${tableIds.get(b) ?? ''}">${chineseNumber((tableNo += 1))}、${esc(b.title)}</a></li>`
            : b.kind === 'heading'
              ? `<li>${esc(b.text)}</li>`
              : '',
        )
        .join('');
      return `<li><a href="#part${String(i + 1)}">${esc(part.label)} ${esc(part.title)}</a>${items ? `<ol>${items}</ol>` : ''}</li>`;
    })
    .join('\n');
  const parts = doc.parts
    .map(
      (part, i) => `<section id="part${String(i + 1)}" aria-labelledby="part${String(i + 1)}-title">
<h2 class="part" id="part${String(i + 1)}-title">${esc(part.label)}<span>${esc(part.title)}</span></h2>
${part.blocks.map((b) => blockHtml(b, tableIds)).join('\n')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="juesuan">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(String(doc.year))}年度<br>${esc(doc.department)}<br>${esc(doc.kindWord)}决算</h1></header>
<nav aria-label="目录"><h2>目录</h2><ol>
${toc}
</ol></nav>
<main>
${parts}
</main>
</body>
</html>
`;
}
