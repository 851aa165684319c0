/**
 * Scanned pages: a generated table page rendered to a picture and printed again without a text layer reads back
 * through OCR with the same figures, and findings on it carry OCR's confidence. Unit tests of the TSV reader, the
 * line finder and the splitting at borders need no tesseract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../index.ts';
import { build } from '../../generate/build.ts';
import { chromiumPath, renderPdf } from '../../generate/pdf.ts';
import { scanOf } from '../../../test/helpers/scan.ts';
import { parsePdf } from './index.ts';
import { imageRulings, ocrAvailable, parseTsv, splitAtRulings } from './ocr.ts';

describe('OCR helpers', () => {
  it('reads tesseract TSV words into runs in points, joining touching characters of a line', () => {
    const tsv = [
      'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
      '5\t1\t1\t1\t1\t1\t100\t50\t30\t30\t95.5\t收',
      '5\t1\t1\t1\t1\t2\t131\t50\t30\t30\t90\t入',
      '5\t1\t1\t1\t1\t3\t400\t50\t60\t30\t80\t12.30',
      '4\t1\t1\t1\t1\t0\t100\t50\t360\t30\t-1\t',
    ].join('\n');
    const { runs, confidence } = parseTsv(tsv, 2);
    expect(runs.map((r) => [r.text, r.x0, r.confidence])).toEqual([
      ['收入', 50, 90],
      ['12.30', 200, 80],
    ]);
    expect(confidence).toBeCloseTo((95.5 + 90 + 80) / 3, 5);
  });

  it('finds table lines in a picture and ignores short strokes', () => {
    const w = 200;
    const h = 100;
    const rgba = new Uint8ClampedArray(w * h * 4).fill(255);
    const ink = (x: number, y: number): void => {
      const i = (y * w + x) * 4;
      rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
    };
    for (let x = 10; x < 190; x++) ink(x, 20); // a border
    for (let y = 10; y < 90; y++) ink(100, y); // a column line
    for (let y = 40; y < 46; y++) ink(50, y); // a character stroke
    const lines = imageRulings(rgba, w, h, 1, 30, 14);
    expect(lines.filter((l) => l.dir === 'h')).toHaveLength(1);
    expect(lines.filter((l) => l.dir === 'v').map((l) => l.x0)).toEqual([100.5]);
  });

  it('splits a run read across an erased border, dropping border remnants', () => {
    const run = { text: '财政拨款收入”上级补助收入', x0: 0, x1: 130, top: 0, bottom: 10, size: 10 };
    const pieces = splitAtRulings([run], [{ x0: 60, x1: 60, y0: -5, y1: 15, dir: 'v' }]);
    expect(pieces.map((p) => p.text)).toEqual(['财政拨款收入', '上级补助收入']);
  });
});

const ready = chromiumPath() !== null && (await ocrAvailable());

describe.skipIf(!ready)('scanned table page (tesseract chi_sim)', () => {
  it('reads the 收入决算表 figures from a picture of the page, with OCR confidence on findings', async () => {
    const file = join(
      import.meta.dirname,
      '..',
      '..',
      '..',
      'examples',
      'data',
      '青山县农业农村局-2021.json',
    );
    const built = build(JSON.parse(readFileSync(file, 'utf8')));
    const pdf = await renderPdf(built.layout);
    const born = await parsePdf(pdf, 'born.pdf');
    const income = born.tables.find((t) => t.kind === 'income');
    const page = income?.titleAt.page;
    expect(page).toBeGreaterThan(0);
    const scan = await scanOf(pdf, [page ?? 1]);
    const doc = await parsePdf(scan, 'scan.pdf');
    expect(doc.warnings.map((w) => w.code)).toContain('pdf-ocr');
    const read = doc.tables.find((t) => t.kind === 'income');
    const amounts = (t: typeof read): string[] =>
      (t?.rows ?? []).map((r) => `${r.code ?? r.label}:${r.cells.map((c) => String(c.amount)).join(',')}`);
    expect(amounts(read)).toEqual(amounts(income));
    const cell = read?.rows[0]?.cells.find((c) => c.kind === 'number');
    expect(cell?.at.confidence).toBeGreaterThan(50);
    // A misread figure (off by 100.00, beyond any rounding) is reported at its cell with OCR's confidence.
    if (cell) cell.amount = (cell.amount ?? 0) + 10000;
    const f = audit(doc).findings.find((x) =>
      x.locations.some(
        (l) => l.line === cell?.at.line && l.confidence !== null && l.confidence !== undefined,
      ),
    );
    expect(f).toBeDefined();
  }, 300_000);
});
