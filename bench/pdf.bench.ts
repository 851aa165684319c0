/**
 * PDF ingest speed: juesuan's PDF reader (text layer → tables → model) per page, against `pdftotext -layout` on the
 * same files (poppler, the baseline; goal ≤ 1.5×), and OCR seconds per scanned page (tesseract chi_sim).
 * Inputs: the bundled examples printed to PDF (when Chromium is installed) and ../shared/corpus PDFs (when present).
 * Not a test: nothing here fails a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from '../src/generate/build.ts';
import { chromiumPath, renderPdf } from '../src/generate/pdf.ts';
import { layoutPdf, parsePdf } from '../src/ingest/pdf/index.ts';
import { ocrAvailable, ocrImage } from '../src/ingest/pdf/ocr.ts';
import { renderPages } from '../src/ingest/pdf/render.ts';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = [
  join(ROOT, '..', 'shared', 'corpus', 'peer-gov'),
  join(ROOT, '..', 'shared', 'corpus', 'found'),
];

function pdfsUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pdfsUnder(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : [],
  );
}

const inputs: { name: string; bytes: Uint8Array }[] = [];
if (chromiumPath()) {
  for (const f of readdirSync(join(ROOT, 'examples', 'data')).filter((x) => x.endsWith('.json'))) {
    const built = build(JSON.parse(readFileSync(join(ROOT, 'examples', 'data', f), 'utf8')));
    inputs.push({ name: `examples/${f.replace(/\.json$/, '.pdf')}`, bytes: await renderPdf(built.layout) });
  }
}
for (const f of CORPUS.flatMap(pdfsUnder))
  inputs.push({ name: f.replace(/^.*corpus\//, 'corpus/'), bytes: readFileSync(f) });
if (inputs.length === 0) {
  console.log('no PDF inputs (install chromium, or put ../shared/corpus next to the project)');
  process.exit(0);
}

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
let pages = 0;
let oursMs = 0;
let layoutMs = 0;
let popplerMs = 0;
let peakRss = process.memoryUsage().rss;
await parsePdf(inputs[0]?.bytes ?? new Uint8Array(), 'warm-up.pdf').catch(() => undefined);
for (const x of inputs) {
  const t0 = performance.now();
  const laid = await layoutPdf(x.bytes, x.name).catch(() => null);
  const t1 = performance.now();
  await parsePdf(x.bytes, x.name).catch(() => null);
  const t2 = performance.now();
  let poppler = 0;
  if (hasPdftotext) {
    const p0 = performance.now();
    spawnSync('pdftotext', ['-layout', '-', '-'], { input: x.bytes, maxBuffer: 1 << 28 });
    poppler = performance.now() - p0;
  }
  const n = laid?.pages ?? 0;
  pages += n;
  layoutMs += t1 - t0;
  oursMs += t2 - t1;
  popplerMs += poppler;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `${x.name}: ${String(n)} pages, read ${(t2 - t1).toFixed(0)} ms (${(n ? (t2 - t1) / n : 0).toFixed(1)} ms/page)` +
      (hasPdftotext
        ? `, pdftotext -layout ${poppler.toFixed(0)} ms, ratio ${(poppler ? (t2 - t1) / poppler : 0).toFixed(2)}×`
        : ''),
  );
}
console.log('');
console.log(`PDF inputs: ${String(inputs.length)} files, ${String(pages)} pages`);
console.log(`PDF layout (text layer, rulings, grids): ${(layoutMs / pages).toFixed(1)} ms/page`);
console.log(`PDF read to the model: ${(oursMs / pages).toFixed(1)} ms/page`);
if (hasPdftotext) {
  console.log(
    `pdftotext -layout (baseline): ${(popplerMs / pages).toFixed(1)} ms/page; ratio ${(oursMs / popplerMs).toFixed(2)}× (goal ≤ 1.5×)`,
  );
}
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);

// OCR: two rendered pages of the first input, read by tesseract.
if (await ocrAvailable()) {
  const scale = 200 / 72;
  const images = await renderPages(inputs[0]?.bytes ?? new Uint8Array(), 'ocr.pdf', [1, 2], scale);
  const t0 = performance.now();
  for (const img of images) await ocrImage(img.png, scale);
  const seconds = (performance.now() - t0) / 1000 / Math.max(1, images.length);
  console.log(
    `OCR (tesseract chi_sim, 200 dpi, one thread): ${seconds.toFixed(2)} s/page over ${String(images.length)} pages`,
  );
} else {
  console.log('OCR: tesseract with chi_sim not installed; skipped');
}
