/**
 * The generated PDF, read back through its text layer (poppler's pdftotext): every table figure and the narrative.
 * Needs Chromium and poppler-utils (.ci/run installs both); skipped without them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import type { GenTable } from './layout.ts';
import { chromiumPath, renderPdf } from './pdf.ts';

const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');
const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

describe.skipIf(!chromiumPath() || !POPPLER)('build --format pdf', () => {
  it('has a text layer with every figure and sentence, A4 pages, tagged', async () => {
    const built = build(JSON.parse(readFileSync(join(DATA, '青山县林业局-2023.json'), 'utf8')));
    const file = join(mkdtempSync(join(tmpdir(), 'juesuan-pdf-')), 'out.pdf');
    writeFileSync(file, await renderPdf(built.layout));
    const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = execFileSync('/usr/bin/pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    const tables = built.layout.parts
      .flatMap((p) => p.blocks)
      .filter((b): b is GenTable => b.kind === 'table');
    let at = 0;
    for (const t of tables)
      for (const r of t.rows)
        for (const c of t.amountColumns.map((i) => r.cells[i] ?? '').filter((x) => x !== '')) {
          const next = flat.indexOf(c, at);
          expect(next, `${t.number} ${c}`).toBeGreaterThanOrEqual(0);
          at = next;
        }
    expect(flat).toContain(
      '2023年度收、支总计350.43万元。与2022年相比，收、支总计各减少21.75万元，下降5.84%。',
    );
  }, 60_000);
});
