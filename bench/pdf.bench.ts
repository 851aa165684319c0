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
import { parsePdf } from '../src/ingest/pdf/index.ts';
import { MAX_WORKERS } from '../src/ingest/pdf/pool.ts';
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
let hereMs = 0;
let oneMs = 0;
let popplerMs = 0;
let peakRss = process.memoryUsage().rss;
// Warm-up: start the workers and let every thread compile pdfjs.
const warm = inputs.slice(0, 3);
for (let round = 0; round < 2; round++) {
  await Promise.all(
    Array.from({ length: MAX_WORKERS }, () =>
      Promise.all(warm.map((x) => parsePdf(x.bytes, x.name).catch(() => undefined))),
    ),
  );
  for (const x of warm) await parsePdf(x.bytes, x.name, { workers: 0 }).catch(() => undefined);
}
for (const x of inputs) {
  const t0 = performance.now();
  const doc = await parsePdf(x.bytes, x.name).catch(() => null);
  const t1 = performance.now();
  await parsePdf(x.bytes, x.name, { workers: 0 }).catch(() => null);
  const t2 = performance.now();
  await parsePdf(x.bytes, x.name, { workers: 1 }).catch(() => null);
  oneMs += performance.now() - t2;
  let poppler = 0;
  if (hasPdftotext) {
    const p0 = performance.now();
    spawnSync('pdftotext', ['-layout', '-', '-'], { input: x.bytes, maxBuffer: 1 << 28 });
    poppler = performance.now() - p0;
  }
  const n = doc?.source.pages ?? 0;
  pages += n;
  oursMs += t1 - t0;
  hereMs += t2 - t1;
  popplerMs += poppler;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `${x.name}: ${String(n)} pages, read ${(t1 - t0).toFixed(0)} ms (${(n ? (t1 - t0) / n : 0).toFixed(1)} ms/page)` +
      (hasPdftotext
        ? `, pdftotext -layout ${poppler.toFixed(0)} ms, ratio ${(poppler ? (t1 - t0) / poppler : 0).toFixed(2)}×`
        : ''),
  );
}
// A batch: every file read side by side, one worker per core (as `juesuan check a.pdf b.pdf …` does).
const b0 = performance.now();
await Promise.all(
  Array.from({ length: MAX_WORKERS }, async (_, w) => {
    for (let i = w; i < inputs.length; i += MAX_WORKERS) {
      const x = inputs[i];
      if (x) await parsePdf(x.bytes, x.name, { workers: 1 }).catch(() => null);
    }
  }),
);
const batchMs = performance.now() - b0;
const perPage = (ms: number): string => `${(ms / Math.max(1, pages)).toFixed(1)} ms/page`;
const ratio = (ms: number): string => (popplerMs > 0 ? `, ${(ms / popplerMs).toFixed(2)}× pdftotext` : '');
console.log('');
console.log(`PDF inputs: ${String(inputs.length)} files, ${String(pages)} pages`);
console.log(
  `PDF read to the model, one file at a time (${String(MAX_WORKERS)} worker threads): ${perPage(oursMs)}${ratio(oursMs)}`,
);
console.log(`PDF read to the model, one file at a time (1 worker thread): ${perPage(oneMs)}${ratio(oneMs)}`);
console.log(`PDF read to the model, one file at a time (calling thread): ${perPage(hereMs)}${ratio(hereMs)}`);
console.log(
  `PDF read to the model, batch (${String(MAX_WORKERS)} files side by side, a worker each): ${perPage(batchMs)}${ratio(batchMs)}`,
);
if (hasPdftotext)
  console.log(`pdftotext -layout (baseline, one file at a time): ${perPage(popplerMs)}; goal ≤ 1.5×`);
console.log(`peak RSS (this thread and workers): ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);

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
