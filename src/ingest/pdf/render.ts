/**
 * PDF pages as PNG images (pdfjs on @napi-rs/canvas, both from npm): for OCR of pages without a text layer and for
 * the page crops that show a reviewer where a finding is.
 */
import { loadPdfJs, openPdf, type PdfDocument } from './open.ts';

export interface PageImage {
  readonly page: number;
  readonly png: Buffer;
  /** Page size in points (the unit of every bbox). */
  readonly width: number;
  readonly height: number;
  /** Pixels per point. */
  readonly scale: number;
}

interface CanvasLike {
  toBuffer(mime: 'image/png'): Buffer;
}

/** Can pages be rendered here (is the optional canvas package installed)? */
export async function canRender(): Promise<boolean> {
  try {
    await import('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
}

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface RenderedPage {
  readonly png: Buffer;
  /** RGBA pixels (for finding table lines in a scan). */
  readonly rgba: Uint8ClampedArray;
  readonly pixelWidth: number;
  readonly pixelHeight: number;
}

/** Draw one page at `scale` pixels per point; null when rendering is unavailable here. */
export async function renderPage(page: PdfPage, scale: number): Promise<RenderedPage | null> {
  if (!(await canRender())) return null;
  const { createCanvas } = await import('@napi-rs/canvas');
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  // pdfjs types its canvas as the DOM's; @napi-rs/canvas implements the same drawing API.
  const params = { canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0];
  await page.render(params).promise;
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  return {
    png: (canvas as unknown as CanvasLike).toBuffer('image/png'),
    rgba: pixels.data,
    pixelWidth: canvas.width,
    pixelHeight: canvas.height,
  };
}

/** PNG of RGBA pixels (after table lines were erased for OCR). */
export async function encodePng(rgba: Uint8ClampedArray, width: number, height: number): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  const image = context.createImageData(width, height);
  image.data.set(rgba);
  context.putImageData(image, 0, 0);
  return (canvas as unknown as CanvasLike).toBuffer('image/png');
}

/** Render the given pages (1-based) at `scale` pixels per point; pages that fail are left out. */
export async function renderPages(
  bytes: Uint8Array,
  file: string,
  pages: readonly number[],
  scale = 2,
): Promise<PageImage[]> {
  if (!(await canRender())) return [];
  await loadPdfJs();
  const doc = await openPdf(bytes, file);
  const out: PageImage[] = [];
  try {
    for (const p of pages) {
      if (p < 1 || p > doc.numPages) continue;
      try {
        const page = await doc.getPage(p);
        const base = page.getViewport({ scale: 1 });
        const drawn = await renderPage(page, scale);
        if (drawn) out.push({ page: p, png: drawn.png, width: base.width, height: base.height, scale });
        page.cleanup();
      } catch {
        // a page that cannot be drawn has no image; the finding still names the page
      }
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }
  return out;
}
