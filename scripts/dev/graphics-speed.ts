/**
 * Milliseconds per page for reading table rulings: the content-stream reader (src/ingest/pdf/content.ts) against
 * pdfjs's `getOperatorList`, over the PDFs of ../shared/corpus (or the files and folders given).
 *
 *   npx tsx scripts/dev/graphics-speed.ts [file.pdf | folder]…
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openGraphics } from '../../src/ingest/pdf/content.ts';
import { openPdf } from '../../src/ingest/pdf/open.ts';

function pdfsUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort()
    .map((f) => join(path, f));
}

const args = process.argv.slice(2);
const roots = args.length > 0 ? args : [join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus')];
const files = roots.flatMap(pdfsUnder);
if (files.length === 0) {
  console.error('no PDF found');
  process.exit(2);
}

interface Page {
  readonly transform: number[];
  readonly width: number;
  readonly height: number;
}

/** pdfjs: open each file, then time getOperatorList alone, page by page. Keeps the viewports for the reader. */
async function timePdfjs(bytes: Uint8Array, file: string): Promise<{ ms: number; pages: Page[] }> {
  const doc = await openPdf(bytes, file);
  const pages: Page[] = [];
  let ms = 0;
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      pages.push({ transform: vp.transform, width: vp.width, height: vp.height });
      const t = performance.now();
      await page.getOperatorList();
      ms += performance.now() - t;
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  return { ms, pages };
}

/** The reader: opening the file (xref, page tree) and every page, all timed. Null pages are counted. */
function timeReader(bytes: Uint8Array, pages: readonly Page[]): { ms: number; nulls: number } {
  const t = performance.now();
  const reader = openGraphics(bytes);
  let nulls = reader ? 0 : pages.length;
  pages.forEach((vp, k) => {
    if (reader?.page(k + 1, vp.transform, vp.width, vp.height) === null) nulls++;
  });
  return { ms: performance.now() - t, nulls };
}

const corpus: { file: string; bytes: Uint8Array; pages: Page[] }[] = [];
let pdfjsMs = 0;
let pageCount = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  const { ms, pages } = await timePdfjs(bytes, file);
  pdfjsMs += ms;
  pageCount += pages.length;
  corpus.push({ file, bytes, pages });
}

// The reader is fast enough for its first pass to be dominated by JIT warm-up: report the first and the best pass.
const passes: number[] = [];
let nulls = 0;
for (let pass = 0; pass < 5; pass++) {
  let ms = 0;
  nulls = 0;
  for (const { bytes, pages } of corpus) {
    const r = timeReader(bytes, pages);
    ms += r.ms;
    nulls += r.nulls;
  }
  passes.push(ms);
}

const perPage = (ms: number): string => (ms / pageCount).toFixed(3);
console.log(`${String(files.length)} files, ${String(pageCount)} pages`);
console.log(`pdfjs getOperatorList: ${perPage(pdfjsMs)} ms/page`);
console.log(
  `content reader:        ${perPage(passes[0] ?? 0)} ms/page first pass, ${perPage(Math.min(...passes))} ms/page best of ${String(passes.length)}` +
    ` (${String(nulls)} pages left to pdfjs)`,
);
