/**
 * Reading PDFs in worker threads: the same lines as reading in this thread, documents side by side, pages of one
 * document split over workers, a hard time limit that terminates the worker, and refusals worded as in this thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../generate/build.ts';
import { chromiumPath, renderPdf } from '../../generate/pdf.ts';
import { InputError } from '../errors.ts';
import { layoutPdf } from './index.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'examples', 'data');
const hasChromium = chromiumPath() !== null;

let cached: Promise<Buffer> | null = null;
function examplePdf(): Promise<Buffer> {
  cached ??= renderPdf(build(JSON.parse(readFileSync(join(DATA, '青山县林业局-2023.json'), 'utf8'))).layout);
  return cached;
}

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err.reason;
    throw err;
  }
  return '(read)';
}

describe.skipIf(!hasChromium)('PDF page workers', () => {
  it('read the same lines as this thread, with one worker, two, or documents side by side', async () => {
    const pdf = await examplePdf();
    const here = await layoutPdf(pdf, 'a.pdf', { workers: 0 });
    expect(here.pages).toBeGreaterThan(5);
    expect(await layoutPdf(pdf, 'a.pdf', { workers: 1 })).toEqual(here);
    expect(await layoutPdf(pdf, 'a.pdf', { workers: 2 })).toEqual(here);
    const batch = await Promise.all([1, 2, 3].map(() => layoutPdf(pdf, 'a.pdf')));
    for (const doc of batch) expect(doc).toEqual(here);
  }, 120_000);

  it('stop a document at its time limit, and read the next one normally', async () => {
    const pdf = await examplePdf();
    expect(await refusal(layoutPdf(pdf, 'slow.pdf', { timeoutMs: 1 }))).toMatch(/^读取超时/);
    expect((await layoutPdf(pdf, 'next.pdf')).lines.length).toBeGreaterThan(50);
  }, 120_000);

  it('refuse damaged and oversized files with the same reason as this thread', async () => {
    const pdf = await examplePdf();
    const truncated = pdf.subarray(0, 200);
    expect(await refusal(layoutPdf(truncated, 'cut.pdf'))).toBe(
      await refusal(layoutPdf(truncated, 'cut.pdf', { workers: 0 })),
    );
    expect(await refusal(layoutPdf(pdf, 'long.pdf', { maxPages: 2 }))).toMatch(/^页数过多/);
    expect(await refusal(layoutPdf(pdf, 'long.pdf', { maxPages: 2, workers: 0 }))).toMatch(/^页数过多/);
  }, 120_000);
});
