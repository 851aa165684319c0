/** Scanned-PDF fixtures: pages of a PDF rendered to pictures and printed again, with no text layer (Chromium). */
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../src/generate/pdf.ts';
import { renderPages } from '../../src/ingest/pdf/render.ts';

export async function scanOf(pdf: Uint8Array, pages: readonly number[], dpi = 200): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('chromium is needed to make a scanned fixture');
  const images = await renderPages(pdf, 'fixture.pdf', pages, dpi / 72);
  const first = images[0];
  if (!first) throw new Error('nothing rendered');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const size = `${String(first.width)}pt ${String(first.height)}pt`;
    const pictures = images
      .map((i) => `<img src="data:image/png;base64,${i.png.toString('base64')}">`)
      .join('');
    await page.setContent(
      `<style>@page{size:${size};margin:0}body{margin:0}img{width:${String(first.width)}pt;height:${String(first.height)}pt;display:block;break-after:page}</style>${pictures}`,
    );
    return Buffer.from(await page.pdf({ preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
