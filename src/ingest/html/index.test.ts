/** The HTML reader: charsets, colspan/rowspan, blocks, dropped content, origins, routing, fuzz, round trip. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { audit, parseBytes, parseFile } from '../../index.ts';
import { build } from '../../generate/build.ts';
import { renderHtml } from '../../generate/html.ts';
import { parseTextDisclosure } from '../text/index.ts';
import { decodeHtml, layoutHtml, looksLikeHtml, parseHtml } from './index.ts';
import {
  figures,
  MINI,
  miniText,
  survivesMutation,
  tableFacts,
} from '../../../test/helpers/ingest-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, 'examples', 'data');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'found');

function tableHtml(rows: readonly (readonly string[])[]): string {
  const head = MINI.header
    .map(
      (cells) =>
        `<tr>${cells
          .map(
            (c) =>
              `<th${c.colSpan ? ` colspan="${String(c.colSpan)}"` : ''}${c.rowSpan ? ` rowspan=${String(c.rowSpan)}` : ''}>${c.text}</th>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  // body cells left unclosed, as old portal pages do: the parser closes them
  const body = rows.map((r) => `<tr>${r.map((t) => `<td>${t === '' ? '&nbsp;' : t}`).join('')}`).join('\n');
  return `<table border=1><thead>${head}</thead>\n${body}\n</table>`;
}

function miniHtml(charset = 'utf-8', edit = (s: string): string => s): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>门户网站</title><style>td { color: red }</style><script>var x = "支出决算表";</script></head>
<body>
<div class="nav" style="display: none">首页 支出决算表</div>
<div class="info">发布时间：2022-09-01 来源：示例局 浏览次数：12</div>
<h1>${MINI.title}</h1>
<h3>${MINI.tableTitle}</h3>
<p><span>${MINI.number}</span><span>${MINI.department}</span>&nbsp;&nbsp;<span>${MINI.unit}</span></p>
${edit(tableHtml(MINI.first))}
${tableHtml(MINI.second)}
<p>${MINI.note}</p>
<button>打印本页</button>
</body></html>`;
}

const expected = parseTextDisclosure(Buffer.from(miniText()), 'mini.txt');

describe('HTML reader', () => {
  it('reads tables with colspan/rowspan and unclosed cells as the text version', () => {
    const doc = parseHtml(Buffer.from(miniHtml()), 'mini.html');
    expect(figures(doc)).toEqual(figures(expected));
    expect(tableFacts(doc)).toEqual(tableFacts(expected));
    expect(doc.source.format).toBe('html');
    // scripts, styles, hidden elements, buttons and the portal's 发布时间 line are not content
    expect(doc.source.lines.join('\n')).not.toMatch(/var x|color|首页|打印|发布时间|门户网站/);
  });

  it('places values at table, row and column, and text at its paragraph', () => {
    const doc = parseHtml(Buffer.from(miniHtml()), 'mini.html');
    const rows = doc.tables[0]?.rows ?? [];
    expect(rows[0]?.cells[0]?.at).toMatchObject({ table: 1, row: 4, col: 3 });
    expect(rows[6]?.codeAt).toMatchObject({ table: 2, row: 6, col: 1 });
    expect(doc.meta.titleAt).toMatchObject({ paragraph: 1 });
    const bad = parseHtml(
      Buffer.from(miniHtml('utf-8', (t) => t.replace('<td>1,234.50', '<td>1,234.60'))),
      'bad.html',
    );
    const cells = audit(bad).findings.flatMap((f) => f.locations.map((l) => l.cell));
    expect(cells).toContain('第1个表格第4行第3列');
  });

  it('decodes GBK pages, declared or not', () => {
    const declared = iconv.encode(miniHtml('gb2312'), 'gb18030');
    const undeclared = iconv.encode(miniHtml('').replace(/<meta[^>]*>/, ''), 'gb18030');
    for (const bytes of [declared, undeclared]) {
      expect(decodeHtml(bytes, 'x.html').encoding).toBe('gb18030');
      expect(figures(parseHtml(bytes, 'gbk.html'))).toEqual(figures(expected));
    }
    // a page that says UTF-8 but is GBK is decoded as GBK
    const mislabelled = iconv.encode(miniHtml('utf-8'), 'gb18030');
    expect(decodeHtml(mislabelled, 'x.html').encoding).toBe('gb18030');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(miniHtml('gbk'))]);
    expect(decodeHtml(bom, 'x.html').encoding).toBe('utf-8');
  });

  it('is chosen by content, whatever the extension', async () => {
    expect(looksLikeHtml(Buffer.from('\uFEFF  <!doctype html><p>x'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('<table><tr><td>1</td></tr></table>'))).toBe(true);
    expect(looksLikeHtml(Buffer.from('收入决算表\n<p>不是网页</p>'))).toBe(false);
    const doc = await parseBytes(Buffer.from(miniHtml()), 'page.pdf.txt');
    expect(doc.source.format).toBe('html');
  });

  it('reads a page-layout frame (tables inside cells) as the blocks inside it', () => {
    const framed = miniHtml().replace(
      /<body>([\s\S]*)<\/body>/,
      (_, inner: string) => `<body><table><tr><td>导航</td><td>${inner}</td></tr></table></body>`,
    );
    const doc = parseHtml(Buffer.from(framed), 'framed.html');
    expect(figures(doc)).toEqual(figures(expected));
  });

  it('caps rows and cells, refuses empty pages', () => {
    expect(() => layoutHtml(Buffer.from(miniHtml()), 'x.html', { maxRows: 4 })).toThrow(/表格行数过多/);
    const wide = `<table><tr><td colspan=1000 rowspan=1000>x</td></tr>${'<tr><td>1</td></tr>'.repeat(999)}</table>`;
    expect(() => layoutHtml(Buffer.from(wide), 'x.html', { maxCells: 100_000 })).toThrow(/单元格过多/);
    expect(() => layoutHtml(Buffer.from('<html><script>x</script></html>'), 'x.html')).toThrow(
      /没有可读取的文字/,
    );
  });

  it.each(['青山县农业农村局-2021.json', '青山县林业局-2023.json', '泓江区城市管理局-2024.json'])(
    'round trip %s: the generated HTML reads as the generated text, and audits clean',
    (file) => {
      const built = build(JSON.parse(readFileSync(join(DATA, file), 'utf8')));
      const doc = parseHtml(Buffer.from(renderHtml(built.layout)), 'x.html');
      expect(figures(doc)).toEqual(figures(built.document));
      expect(tableFacts(doc)).toEqual(tableFacts(built.document));
      expect(doc.parts.map((p) => p.sections.length)).toEqual(
        built.document.parts.map((p) => p.sections.length),
      );
      const blocking = audit(doc).findings.filter((f) => f.severity !== 'note');
      expect(blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!existsSync(join(CORPUS, 'cq-transport-commission-2018-dept-budget-narrative.html')))(
    'reads the corpus 部门预算 page as a budget',
    async () => {
      const doc = await parseFile(join(CORPUS, 'cq-transport-commission-2018-dept-budget-narrative.html'));
      expect(doc.meta.kind).toBe('budget');
      expect(doc.meta.year).toBe(2018);
      expect(doc.meta.title).toBe('重庆市交通委员会2018年部门预算情况说明');
    },
    60_000,
  );

  it('never throws anything but InputError on mutated bytes', async () => {
    const bytes = Buffer.from(miniHtml());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 16,
        }),
        async (flips) => {
          await survivesMutation((b) => parseBytes(b, 'fuzz.html'), bytes, flips);
        },
      ),
      { numRuns: 80 },
    );
  }, 120_000);
});
