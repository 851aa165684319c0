/**
 * The PDF reader: pdfjs text layer and ruling lines → laid-out lines (tables on their grids) → the text reader.
 * Values keep their page and bounding box (points, origin top-left).
 */
import type { Disclosure } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import { pageRulings } from './graphics.ts';
import { loadPdfJs, openPdf } from './open.ts';
import { continues, joinWrapped, layoutPage, normalizeRadicals, type TextRun } from './page.ts';

export interface PdfOptions {
  /** Refuse documents with more pages than this (default 1000). */
  readonly maxPages?: number;
}

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(v: unknown): v is TextItemLike {
  return typeof v === 'object' && v !== null && 'str' in v && 'transform' in v;
}

/** Read the pages of a PDF as laid-out lines. */
export async function layoutPdf(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions = {},
): Promise<LayoutDocument> {
  const pdfjs = await loadPdfJs();
  const doc = await openPdf(bytes, file);
  const maxPages = options.maxPages ?? 1000;
  try {
    if (doc.numPages > maxPages)
      throw new InputError(file, `页数过多（${doc.numPages} 页，上限 ${maxPages} 页）`);
    const lines: LayoutLine[] = [];
    const warnings: LayoutDocument['warnings'][number][] = [];
    const noText: number[] = [];
    let openEnd = false;
    for (let p = 1; p <= doc.numPages; p++) {
      let page;
      try {
        page = await doc.getPage(p);
      } catch {
        warnings.push({ code: 'pdf-page-unreadable', message: `第 ${p} 页无法读取`, at: { page: p } });
        continue;
      }
      const vp = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!isTextItem(item) || item.str.trim() === '') continue;
        const t: readonly number[] = item.transform;
        const [c = 0, d = 0, e = 0, f = 0] = t.slice(2);
        const size = Math.hypot(c, d) || item.height || 10;
        const [x, y] = vp.convertToViewportPoint(e, f) as [number, number];
        const width = item.width > 0 ? item.width : size * Array.from(item.str).length;
        runs.push({
          text: normalizeRadicals(item.str),
          x0: x,
          x1: x + width,
          top: y - size * 0.85,
          bottom: y + size * 0.15,
          size,
        });
      }
      const ops = await page.getOperatorList();
      const rulings = pageRulings(ops.fnArray, ops.argsArray, pdfjs.OPS, vp.transform, vp.width, vp.height);
      if (runs.length === 0) noText.push(p);
      const laid = layoutPage({ page: p, width: vp.width, height: vp.height, runs, rulings });
      const first = laid.lines[0];
      const prev = lines[lines.length - 1];
      if (openEnd && prev?.kind === 'text' && first?.kind === 'text' && continues(first.text)) {
        // A sentence running on from the previous page: one line, located where it starts.
        lines[lines.length - 1] = { ...prev, text: joinWrapped(prev.text, first.text) };
        lines.push(...laid.lines.slice(1));
      } else lines.push(...laid.lines);
      openEnd = laid.openEnd;
      page.cleanup();
    }
    if (noText.length > 0 && noText.length < doc.numPages) {
      warnings.push({
        code: 'pdf-page-no-text',
        message: `第 ${noText.join('、')} 页没有文字层（可能是扫描页或空白页），未读取其内容`,
        at: { page: noText[0] ?? 1 },
      });
    }
    if (lines.length === 0) {
      throw new InputError(file, 'PDF 没有文字层（可能是扫描件），无法读取');
    }
    return { file, format: 'pdf', encoding: 'pdf', lines, pages: doc.numPages, warnings };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

export async function parsePdf(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions = {},
): Promise<Disclosure> {
  return parseLayout(await layoutPdf(bytes, file, options));
}
