/**
 * Build speed: one department's data → the complete disclosure in all five formats (txt, html, xlsx, docx, pdf),
 * per bundled example (goal ≤ 2 s for the five together). The build step includes reading the text back and
 * auditing it. PDF needs Chromium; without it the PDF column is left out. Not a test: nothing here fails a build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from '../src/generate/build.ts';
import { renderDocx } from '../src/generate/docx.ts';
import { renderHtml } from '../src/generate/html.ts';
import { chromiumPath, renderPdf } from '../src/generate/pdf.ts';
import { renderText } from '../src/generate/text.ts';
import { renderXlsx } from '../src/generate/xlsx.ts';

const DATA = join(import.meta.dirname, '..', 'examples', 'data');
const files = readdirSync(DATA).filter((f) => f.endsWith('.json'));
const withPdf = chromiumPath() !== null;

async function timed<T>(f: () => T | Promise<T>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

// warm-up (module loading, first Chromium launch)
const first = files[0];
if (first) {
  const b = build(JSON.parse(readFileSync(join(DATA, first), 'utf8')));
  await renderDocx(b.layout);
  await renderXlsx(b.layout);
  if (withPdf) await renderPdf(b.layout);
}

for (const f of files) {
  const data: unknown = JSON.parse(readFileSync(join(DATA, f), 'utf8'));
  let built = build(data);
  const t = {
    build: await timed(() => {
      built = build(data);
    }),
    txt: await timed(() => renderText(built.layout)),
    html: await timed(() => renderHtml(built.layout)),
    xlsx: await timed(() => renderXlsx(built.layout)),
    docx: await timed(() => renderDocx(built.layout)),
    pdf: withPdf ? await timed(() => renderPdf(built.layout)) : 0,
  };
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  console.log(
    `${f.replace(/\.json$/, '')}: build+check ${t.build.toFixed(0)} ms, txt ${t.txt.toFixed(0)}, html ${t.html.toFixed(0)}, xlsx ${t.xlsx.toFixed(0)}, docx ${t.docx.toFixed(0)}` +
      (withPdf ? `, pdf ${t.pdf.toFixed(0)}` : ', pdf —（未安装 Chromium）') +
      ` ms; all formats ${(total / 1000).toFixed(2)} s (goal ≤ 2 s)`,
  );
}
