/**
 * The disclosure as PDF: the HTML page printed by headless Chromium (Debian's chromium, driven by playwright-core) —
 * A4, tables on landscape pages with their header rows repeated, CJK fonts embedded, a real text layer, "— n —" page
 * numbers. Chromium is a system package: when it is missing, PDF output is refused with one line saying so.
 */
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { renderHtml } from './html.ts';
import type { GenDocument } from './layout.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium executable to print with (JUESUAN_CHROMIUM overrides), or null when none is installed. */
export function chromiumPath(): string | null {
  const fromEnv = process.env.JUESUAN_CHROMIUM;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export class PdfUnavailable extends Error {
  constructor() {
    super('生成 PDF 需要 Chromium（Debian 包 chromium，可用环境变量 JUESUAN_CHROMIUM 指定），本机未安装');
  }
}

/** Headless Chromium as this machine allows it: no GPU and no background connections (the network is closed). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Charts go into the PDF as pictures: their SVG labels would otherwise join the text layer and read as words of the
 * narrative ("其他收入" printed beside a paragraph). Their content stays in the text as the caption's description.
 */
async function rasterizeCharts(page: Page): Promise<void> {
  // A script string: it runs in the page (this project is not type-checked against the DOM).
  await page.evaluate(`(async () => {
    for (const svg of Array.from(document.querySelectorAll('figure div[role="img"] > svg'))) {
      const box = svg.getBoundingClientRect();
      const image = new Image();
      image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(box.width * 3);
      canvas.height = Math.ceil(box.height * 3);
      const context = canvas.getContext('2d');
      if (!context) continue;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const picture = document.createElement('img');
      picture.src = canvas.toDataURL('image/png');
      picture.alt = '';
      picture.style.width = box.width + 'px';
      picture.style.height = box.height + 'px';
      svg.replaceWith(picture);
    }
  })()`);
}

/** Print the document to PDF bytes. */
export async function renderPdf(doc: GenDocument): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new PdfUnavailable();
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    // the page is self-contained: refuse any request it might still try to make
    await page.route('**/*', (route) => route.abort());
    await page.setContent(renderHtml(doc), { waitUntil: 'load' });
    await rasterizeCharts(page);
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate:
        '<div style="width:100%;text-align:center;font-size:10pt;font-family:serif">— <span class="pageNumber"></span> —</div>',
      tagged: true,
      outline: true,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
}
