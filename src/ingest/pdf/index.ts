/**
 * The PDF reader: pdfjs text layer and ruling lines → laid-out lines (tables on their grids) → the text reader.
 * Values keep their page and bounding box (points, origin top-left).
 */
import type { Disclosure } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import { pageRulings, type Ruling } from './graphics.ts';
import { eraseRulings, imageRulings, ocrAvailable, ocrImage, splitAtRulings } from './ocr.ts';
import { loadPdfJs, openPdf, type PdfDocument } from './open.ts';
import { encodePng, renderPage } from './render.ts';
import { continues, joinWrapped, layoutPage, normalizeRadicals, type TextRun } from './page.ts';

export interface PdfOptions {
  /** Refuse documents with more pages than this (default 1000). */
  readonly maxPages?: number;
  /** Read scanned pages with OCR when tesseract is installed (default true). */
  readonly ocr?: boolean;
  /** Give up (InputError) when reading takes longer than this, checked page by page (default 300 s). */
  readonly timeoutMs?: number;
}

/** OCR's usual slips on the labels the reader keys on: "单位;万元" → "单位：万元". */
function ocrPunctuation(text: string): string {
  return text.replace(/(单位|部门|注)\s*[;；:]/g, '$1：');
}

/** A printed figure: "1,234.56", "0", "12.3%" (possibly inside a longer run). */
const FIGURE = /(?:^|\s)[-−]?\d[\d,]*(?:\.\d+)?%?(?:\s|$)/;

/** Words of table headers: a page with one may hold a table even without figures (an empty table). */
const TABLE_WORDS =
  /^(?:合计|小计|总计|决算数|预算数|项目|科目编码|科目名称|栏次|单位[:：].*)$|决算表$|预算表$/;

/** Pixels per point for OCR: about 200 dpi. */
const OCR_SCALE = 200 / 72;

type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** OCR one scanned page: its words (with confidence) and the table lines in its picture. */
async function readScan(
  page: PdfPage,
  p: number,
  warnings: LayoutDocument['warnings'][number][],
): Promise<{ runs: TextRun[]; rulings: Ruling[]; confidence: number } | null> {
  if (!(await ocrAvailable())) {
    if (!warnings.some((w) => w.code === 'pdf-ocr-unavailable')) {
      warnings.push({
        code: 'pdf-ocr-unavailable',
        message:
          'PDF 含扫描页，但本机没有 OCR（tesseract 及其中文数据 tesseract-ocr-chi-sim），扫描页未读取；安装后可识别',
        at: { page: p },
      });
    }
    return null;
  }
  const drawn = await renderPage(page, OCR_SCALE);
  if (!drawn) return null;
  try {
    const rulings = imageRulings(drawn.rgba, drawn.pixelWidth, drawn.pixelHeight, OCR_SCALE);
    // Borders confuse OCR: erase them, read the text, and keep them as the table grid.
    eraseRulings(drawn.rgba, drawn.pixelWidth, drawn.pixelHeight, rulings, OCR_SCALE);
    const png = await encodePng(drawn.rgba, drawn.pixelWidth, drawn.pixelHeight);
    const { runs, confidence } = await ocrImage(png, OCR_SCALE);
    const cut = splitAtRulings(runs, rulings).map((r) => ({
      ...r,
      text: ocrPunctuation(normalizeRadicals(r.text)),
    }));
    return { runs: cut, rulings, confidence };
  } catch {
    warnings.push({
      code: 'pdf-ocr-failed',
      message: `第 ${String(p)} 页 OCR 识别失败，未读取`,
      at: { page: p },
    });
    return null;
  }
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
    const ocrPages: { page: number; confidence: number }[] = [];
    let openEnd = false;
    const deadline = Date.now() + (options.timeoutMs ?? 300_000);
    for (let p = 1; p <= doc.numPages; p++) {
      if (Date.now() > deadline) {
        throw new InputError(
          file,
          `读取超时（第 ${String(p)} 页时已超过 ${String(Math.round((options.timeoutMs ?? 300_000) / 1000))} 秒上限）`,
        );
      }
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
      // The drawing operators (table lines, pictures) are only needed for a page that may hold a table — figures on
      // it — or that has no text (a scan); a page of prose is read from its text alone, which is most of the cost saved.
      const figures = runs.filter((r) => FIGURE.test(r.text.trim())).length;
      const needsDrawing =
        runs.length === 0 || figures >= 1 || runs.some((r) => TABLE_WORDS.test(r.text.replace(/\s+/g, '')));
      const ops = needsDrawing ? await page.getOperatorList() : { fnArray: [], argsArray: [] };
      let rulings = pageRulings(ops.fnArray, ops.argsArray, pdfjs.OPS, vp.transform, vp.width, vp.height);
      const pictured = ops.fnArray.some(
        (fn) => fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject,
      );
      if (runs.length === 0 && pictured && options.ocr !== false) {
        // A scanned page: read the picture.
        const scanned = await readScan(page, p, warnings);
        if (scanned) {
          runs.push(...scanned.runs);
          rulings = [...rulings, ...scanned.rulings];
          ocrPages.push({ page: p, confidence: scanned.confidence });
        }
      }
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
    if (ocrPages.length > 0) {
      const mean = Math.round(ocrPages.reduce((s, o) => s + o.confidence, 0) / ocrPages.length);
      warnings.push({
        code: 'pdf-ocr',
        message: `第 ${ocrPages.map((o) => o.page).join('、')} 页是扫描页，已用 OCR 识别（平均置信度 ${String(mean)}）；其上的数字可能有识别误差，相关问题会注明`,
        at: { page: ocrPages[0]?.page ?? 1 },
      });
    }
    if (noText.length > 0 && noText.length < doc.numPages) {
      warnings.push({
        code: 'pdf-page-no-text',
        message: `第 ${noText.join('、')} 页没有文字层（可能是扫描页或空白页），未读取其内容`,
        at: { page: noText[0] ?? 1 },
      });
    }
    if (lines.length === 0) {
      throw new InputError(
        file,
        warnings.find((w) => w.code === 'pdf-ocr-unavailable')?.message ??
          'PDF 没有可读取的文字（扫描件 OCR 未识别出内容）',
      );
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
