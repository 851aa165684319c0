/**
 * A disclosure published as two files — the tables in one, the text in the other — is read as one document, and
 * places in the second file say which file they are in. Other files stay separate documents.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { build } from '../src/generate/build.ts';
import { chromiumPath, renderPdf } from '../src/generate/pdf.ts';
import { audit, parseFiles } from '../src/index.ts';

const BIN = join(import.meta.dirname, '..', 'bin', 'juesuan.js');

function run(...args: string[]): { code: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout };
}

const BASE = join(import.meta.dirname, 'fixtures', 'clean', 'base-2021.txt');

/** A clean disclosure cut in two: cover, 目录, 概况 and the tables in one file; 情况说明 onwards in the other. */
function split(): { tables: string; text: string; tableCount: number } {
  const lines = readFileSync(BASE, 'utf8').split('\n');
  const at = lines.findIndex((l, i) => i > 40 && /^第三部分/.test(l));
  return { tables: lines.slice(0, at).join('\n'), text: lines.slice(at).join('\n'), tableCount: 9 };
}

describe('a disclosure split over two files', () => {
  it('reads the tables file and the text file as one document, in the order given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-split-'));
    const { tables, text, tableCount } = split();
    writeFileSync(join(dir, 'tables.txt'), tables);
    writeFileSync(join(dir, 'text.txt'), text);
    writeFileSync(
      join(dir, 'other.txt'),
      readFileSync(join(import.meta.dirname, 'fixtures', 'clean', 'base-2023.txt')),
    );
    const read = await parseFiles([join(dir, 'tables.txt'), join(dir, 'text.txt'), join(dir, 'other.txt')]);
    expect(read).toHaveLength(2);
    const [merged, other] = read;
    expect(merged?.files).toEqual([join(dir, 'tables.txt'), join(dir, 'text.txt')]);
    expect(merged?.doc?.tables).toHaveLength(tableCount);
    expect(merged?.doc?.parts.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['overview', 'tables', 'narrative', 'glossary']),
    );
    expect(other?.files).toEqual([join(dir, 'other.txt')]);
    // Findings on the text part name the second file.
    const doc = merged?.doc;
    if (!doc) return;
    const narrativeLine = doc.parts.find((p) => p.kind === 'narrative')?.startLine ?? 0;
    expect(doc.source.origins?.[narrativeLine - 1]?.file).toBe(join(dir, 'text.txt'));
    const blocking = audit(doc).findings.filter((f) => f.severity !== 'note');
    expect(blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  }, 120_000);

  it('keeps two complete documents apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-split-'));
    const base = readFileSync(join(import.meta.dirname, 'fixtures', 'clean', 'base-2021.txt'));
    writeFileSync(join(dir, 'a.txt'), base);
    writeFileSync(join(dir, 'b.txt'), base);
    expect(await parseFiles([join(dir, 'a.txt'), join(dir, 'b.txt')])).toHaveLength(2);
  });
});

describe.skipIf(chromiumPath() === null)(
  'a disclosure split over two PDFs, checked from the command line',
  () => {
    it('shows each finding with a crop of the page of the file it is in', async () => {
      const data = join(import.meta.dirname, '..', 'examples', 'data', '青山县林业局-2023.json');
      const { layout } = build(JSON.parse(readFileSync(data, 'utf8')));
      const at = layout.parts.findIndex((p) => p.label === '第三部分');
      expect(at).toBeGreaterThan(0);
      // The text file states one figure wrongly: the first amount of the first paragraph with one.
      let changed = false;
      const text = layout.parts.slice(at).map((part) => ({
        ...part,
        blocks: part.blocks.map((b) => {
          if (changed || b.kind !== 'paragraph' || !/\d+\.\d\d万元/.test(b.text)) return b;
          changed = true;
          return {
            ...b,
            text: b.text.replace(
              /(\d+)\.(\d\d)万元/,
              (_, i: string, f: string) => `${String(Number(i) + 100)}.${f}万元`,
            ),
          };
        }),
      }));
      expect(changed).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'juesuan-split-pdf-'));
      const tablesPdf = join(dir, '决算表.pdf');
      const textPdf = join(dir, '情况说明.pdf');
      writeFileSync(tablesPdf, await renderPdf({ ...layout, parts: layout.parts.slice(0, at) }));
      writeFileSync(textPdf, await renderPdf({ ...layout, toc: [], parts: text }));

      const json = run('check', tablesPdf, textPdf, '--format', 'json');
      const report = JSON.parse(json.stdout) as {
        documents: {
          file: string;
          findings: { ruleId: string; locations: { file?: string; page?: number }[] }[];
        }[];
      };
      expect(report.documents).toHaveLength(1);
      const inText =
        report.documents[0]?.findings.filter((f) => f.locations.some((l) => l.file === textPdf)) ?? [];
      expect(inText.length).toBeGreaterThan(0);

      const html = run('check', tablesPdf, textPdf, '--format', 'html').stdout;
      expect(html).toContain('<figure class="crop">');
      expect(html).toContain(`<figcaption>《${textPdf}》第`);
    }, 180_000);
  },
);
