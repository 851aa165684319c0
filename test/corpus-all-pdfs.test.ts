/**
 * Every PDF of ../shared/corpus parses, is recognised as what it is (决算, 部门预算, 单位预算), and every figure read
 * into a table is printed on the page it is located on — checked against poppler's `pdftotext` of that page, an
 * independent reader. Skips when ../shared or pdftotext is absent.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../src/ingest/pdf/index.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

function pdfsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : [],
    )
    .sort();
}

const files = pdfsUnder(CORPUS);
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

function pageText(file: string, page: number): string {
  const out = spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return out.stdout.replace(/\s+/g, '');
}

describe.skipIf(files.length === 0 || !hasPdftotext)('every corpus PDF (../shared/corpus)', () => {
  it.each(files.map((f) => [f.replace(/^.*corpus\//, ''), f]))(
    '%s: recognised, and each figure read is printed on its page',
    async (_name, file) => {
      const doc = await parsePdf(readFileSync(file), file);
      const isTemplate = /模板/.test(file);
      expect(doc.meta.kind, file).toMatch(/final-accounts|budget/);
      if (/budget/.test(file)) expect(doc.meta.kind).toMatch(/budget/);
      if (/决算/.test(file) && !isTemplate) expect(doc.meta.kind).toMatch(/final-accounts/);
      // a PDF of text only (Jiangsu publishes the tables apart) has sections; every other one has its tables
      if (/-text\.pdf$/.test(file)) expect(doc.parts.length).toBeGreaterThan(0);
      else expect(doc.tables.length, file).toBeGreaterThanOrEqual(isTemplate ? 9 : 8);
      const pages = new Map<number, string>();
      let checked = 0;
      for (const t of doc.tables) {
        for (const r of t.rows) {
          for (const c of r.cells) {
            if (c.kind !== 'number' || !c.at.page) continue;
            let text = pages.get(c.at.page);
            if (text === undefined) {
              text = pageText(file, c.at.page);
              pages.set(c.at.page, text);
            }
            expect(
              text.includes(c.raw.replace(/\s+/g, '')),
              `${t.title} ${r.label} ${c.column} “${c.raw}” p${String(c.at.page)}`,
            ).toBe(true);
            checked++;
          }
        }
      }
      if (!/-text\.pdf$/.test(file) && !isTemplate) expect(checked).toBeGreaterThan(10);
    },
    120_000,
  );
});
