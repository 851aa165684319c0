/**
 * Reading one page of a PDF: pdfjs text layer and ruling lines (scanned pages through OCR) → laid-out lines. The same
 * code runs in this thread and in the page workers (pool.ts); what it returns is plain data that crosses threads.
 */
import type { LayoutDocument, LayoutLine } from '../layout.ts';
import { openGraphics, type GraphicsReader, type PageGraphics } from './content.ts';
import { textLayerBytes } from './fonts.ts';
import { openFile } from './objects.ts';
import { pageRulings, type Ruling } from './graphics.ts';
import { eraseRulings, imageRulings, ocrAvailable, ocrImage, splitAtRulings } from './ocr.ts';
import { loadPdfJs, openPdf, type PdfDocument, type PdfJs } from './open.ts';
import { layoutPage, normalizeRadicals, type TextRun } from './page.ts';
import { encodePng, renderPage } from './render.ts';

export interface PdfOptions {
  /** Refuse documents with more pages than this (default 1000). */
  readonly maxPages?: number;
  /** Read scanned pages with OCR when tesseract is installed (default true). */
  readonly ocr?: boolean;
  /** Give up (InputError) when reading takes longer than this (default 300 s). */
  readonly timeoutMs?: number;
  /**
   * Worker threads reading this document's pages, at most (default: one per core, at most 4; a document gets those
   * free and waits only when none is). 0 reads in the calling thread. In a worker the time limit holds even on a page
   * that never finishes; more than one read pages in parallel (see pool.ts). A batch gives each file one.
   */
  readonly workers?: number;
}

type Warning = LayoutDocument['warnings'][number];

/** What reading one page gives. */
export interface PageResult {
  readonly page: number;
  readonly lines: LayoutLine[];
  /** The page ends inside a sentence (it may run on to the next page). */
  readonly openEnd: boolean;
  /** No text layer and nothing read by OCR. */
  readonly noText: boolean;
  /** Mean OCR confidence when the page was read by OCR. */
  readonly ocrConfidence?: number;
  readonly warnings: Warning[];
}

const unreadable = (p: number): Warning => ({
  code: 'pdf-page-unreadable',
  message: `第 ${String(p)} 页无法读取`,
  at: { page: p },
});

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

interface TextItemLike {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function isTextItem(v: unknown): v is TextItemLike {
  return typeof v === 'object' && v !== null && 'str' in v && 'transform' in v;
}

/** OCR one scanned page: its words (with confidence) and the table lines in its picture. */
async function readScan(
  page: PdfPage,
  p: number,
  warnings: Warning[],
): Promise<{ runs: TextRun[]; rulings: Ruling[]; confidence: number } | null> {
  if (!(await ocrAvailable())) {
    warnings.push({
      code: 'pdf-ocr-unavailable',
      message:
        'PDF 含扫描页，但本机没有 OCR（tesseract 及其中文数据 tesseract-ocr-chi-sim），扫描页未读取；安装后可识别',
      at: { page: p },
    });
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

/** The text runs of a page's text layer, in page space (points, y down). */
async function textRuns(page: PdfPage): Promise<TextRun[]> {
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
  return runs;
}

/** An open PDF whose pages are read one by one, in any order. */
export class PdfPageReader {
  /** The document opened again with its images, for scanned pages (opened on first need). */
  #pictures: Promise<PdfDocument> | null = null;

  private constructor(
    private readonly pdfjs: PdfJs,
    private readonly doc: PdfDocument,
    /** The page graphics read from the content streams (null: ask pdfjs for its operator list). */
    private readonly graphics: GraphicsReader | null,
    private readonly bytes: Uint8Array,
    private readonly file: string,
    private readonly options: PdfOptions,
  ) {}

  /** Open `bytes`; refusals (encrypted, corrupt) are InputErrors naming the file. */
  static async open(bytes: Uint8Array, file: string, options: PdfOptions = {}): Promise<PdfPageReader> {
    const pdfjs = await loadPdfJs();
    const objects = openFile(bytes);
    // Text and table lines never need the pictures (pdfjs would decode every seal and logo), nor the font programs
    // that text is read without (see fonts.ts).
    const text = objects ? textLayerBytes(objects) : bytes;
    const doc = await openPdf(text, file, { textOnly: true }).catch((err: unknown) => {
      if (text === bytes) throw err;
      return openPdf(bytes, file, { textOnly: true });
    });
    // Table lines straight from the content streams, ~40× cheaper than pdfjs's operator list; trusted only when it
    // sees the same pages as pdfjs.
    const graphics = objects ? openGraphics(objects) : null;
    return new PdfPageReader(
      pdfjs,
      doc,
      graphics?.pageCount === doc.numPages ? graphics : null,
      bytes,
      file,
      options,
    );
  }

  get pages(): number {
    return this.doc.numPages;
  }

  async read(p: number): Promise<PageResult> {
    const warnings: Warning[] = [];
    let page: PdfPage;
    try {
      page = await this.doc.getPage(p);
    } catch {
      warnings.push(unreadable(p));
      return { page: p, lines: [], openEnd: false, noText: false, warnings };
    }
    try {
      return await this.readOpen(page, p, warnings);
    } finally {
      page.cleanup();
    }
  }

  private async readOpen(page: PdfPage, p: number, warnings: Warning[]): Promise<PageResult> {
    const vp = page.getViewport({ scale: 1 });
    let runs: TextRun[];
    try {
      runs = await textRuns(page);
    } catch {
      // A damaged content stream: the page is reported, the rest of the document is read.
      warnings.push(unreadable(p));
      return { page: p, lines: [], openEnd: false, noText: false, warnings };
    }
    let rulings: Ruling[] = [];
    let ocrConfidence: number | undefined;
    if (runs.length === 0) {
      const drawn = this.graphics?.page(p, vp.transform, vp.width, vp.height) ?? null;
      // A page with no text and no picture is blank; one with a picture is a scan.
      const scanned =
        this.options.ocr === false || drawn?.pictured === false
          ? null
          : await this.readScanned(p, drawn, warnings).catch(() => {
              warnings.push(unreadable(p));
              return null;
            });
      if (scanned) {
        runs.push(...scanned.runs);
        rulings = scanned.rulings;
        ocrConfidence = scanned.confidence;
      }
    } else if (this.mayHoldTable(runs)) {
      // The table lines are only needed on a page that may hold a table — figures on it, or table words; a page
      // of prose is read from its text alone.
      rulings =
        this.graphics?.page(p, vp.transform, vp.width, vp.height)?.rulings ?? (await this.pdfjsRulings(page));
    }
    const laid = layoutPage({ page: p, width: vp.width, height: vp.height, runs, rulings });
    return {
      page: p,
      lines: laid.lines,
      openEnd: laid.openEnd,
      noText: runs.length === 0,
      ...(ocrConfidence === undefined ? {} : { ocrConfidence }),
      warnings,
    };
  }

  /**
   * The rulings of a page from pdfjs's operator list (when the content streams cannot be read here); none when pdfjs
   * cannot draw the page either (its text is still read, as lines).
   */
  private async pdfjsRulings(page: PdfPage): Promise<Ruling[]> {
    const vp = page.getViewport({ scale: 1 });
    try {
      const ops = await page.getOperatorList();
      return pageRulings(ops.fnArray, ops.argsArray, this.pdfjs.OPS, vp.transform, vp.width, vp.height);
    } catch {
      return [];
    }
  }

  private mayHoldTable(runs: readonly TextRun[]): boolean {
    return runs.some((r) => FIGURE.test(r.text.trim()) || TABLE_WORDS.test(r.text.replace(/\s+/g, '')));
  }

  /** A page without a text layer: when it shows a picture (a scan), read it by OCR. */
  private async readScanned(
    p: number,
    known: PageGraphics | null,
    warnings: Warning[],
  ): Promise<{ runs: TextRun[]; rulings: Ruling[]; confidence: number } | null> {
    this.#pictures ??= openPdf(this.bytes, this.file);
    const doc = await this.#pictures;
    const page = await doc.getPage(p);
    try {
      const vp = page.getViewport({ scale: 1 });
      let drawn = known;
      if (!drawn) {
        const ops = await page.getOperatorList();
        const { OPS } = this.pdfjs;
        const painted = new Set([
          OPS.paintImageXObject,
          OPS.paintInlineImageXObject,
          OPS.paintImageXObjectRepeat,
          OPS.paintInlineImageXObjectGroup,
        ]);
        drawn = {
          rulings: pageRulings(ops.fnArray, ops.argsArray, OPS, vp.transform, vp.width, vp.height),
          pictured: ops.fnArray.some((fn) => painted.has(fn)),
        };
      }
      if (!drawn.pictured) return null;
      const scanned = await readScan(page, p, warnings);
      if (!scanned) return null;
      return { ...scanned, rulings: [...drawn.rulings, ...scanned.rulings] };
    } finally {
      page.cleanup();
    }
  }

  async close(): Promise<void> {
    await this.doc.destroy().catch(() => undefined);
    if (this.#pictures) await (await this.#pictures.catch(() => null))?.destroy().catch(() => undefined);
  }
}
