/** The generated Word document, unzipped: A4, official fonts, repeated table headers, page numbers, every figure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { renderDocx } from './docx.ts';
import type { GenTable } from './layout.ts';

const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');

describe('build --format docx', () => {
  it('is an A4 document in the official fonts with repeated table headers and page numbers', async () => {
    const built = build(JSON.parse(readFileSync(join(DATA, '青山县农业农村局-2021.json'), 'utf8')));
    const files = unzipSync(new Uint8Array(await renderDocx(built.layout)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/w:orient="landscape"/);
    for (const font of ['仿宋_GB2312', '黑体', '方正小标宋简体'])
      expect(xml).toContain(`w:eastAsia="${font}"`);
    expect(xml.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThanOrEqual(9);
    const footers = Object.keys(files).filter((f) => /^word\/footer\d+\.xml$/.test(f));
    expect(footers.length).toBeGreaterThan(0);
    expect(footers.some((f) => strFromU8(files[f] ?? new Uint8Array()).includes('PAGE'))).toBe(true);

    // the text of the document, in order: every table figure and every sentence of the narrative
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
    const tables = built.layout.parts
      .flatMap((p) => p.blocks)
      .filter((b): b is GenTable => b.kind === 'table' && !b.plain); // the nine (绩效自评表 follow)
    expect(tables).toHaveLength(9);
    let at = 0;
    for (const t of tables)
      for (const r of t.rows)
        for (const c of r.cells.filter((x) => x !== '')) {
          const next = text.indexOf(c, at);
          expect(next, `${t.number} ${c}`).toBeGreaterThanOrEqual(0);
          at = next;
        }
    expect(text).toContain(
      '2021年度收、支总计450.50万元。与2020年相比，收、支总计各增加32.23万元，增长7.71%。',
    );
  });
});
