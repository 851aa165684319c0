/**
 * PDF pages as PNG images (pdfjs on @napi-rs/canvas, both from npm): for OCR of pages without a text layer and for
 * the page crops that show a reviewer where a finding is.
 */
import { loadPdfJs, openPdf } from './open.ts';

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

/** Render the given pages (1-based) at `scale` pixels per point; pages that fail are left out. */
export async function renderPages(
  bytes: Uint8Array,
  file: string,
  pages: readonly number[],
  scale = 2,
): Promise<PageImage[]> {
  if (!(await canRender())) return [];
  const { createCanvas } = await import('@napi-rs/canvas');
  await loadPdfJs();
  const doc = await openPdf(bytes, file);
  const out: PageImage[] = [];
  try {
    for (const p of pages) {
      if (p < 1 || p > doc.numPages) continue;
      try {
        const page = await doc.getPage(p);
        const base = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale });
        const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
        const context = canvas.getContext('2d');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, canvas.width, canvas.height);
        // pdfjs types its canvas as the DOM's; @napi-rs/canvas implements the same drawing API.
        const params = { canvas, canvasContext: context, viewport } as unknown as Parameters<
          typeof page.render
        >[0];
        await page.render(params).promise;
        out.push({
          page: p,
          png: (canvas as unknown as CanvasLike).toBuffer('image/png'),
          width: base.width,
          height: base.height,
          scale,
        });
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
