/**
 * The PDF reader: pdfjs text layer and ruling lines → laid-out lines (tables on their grids) → the text reader.
 * Values keep their page and bounding box (points, origin top-left).
 */
import type { Disclosure } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import { continues, joinWrapped } from './page.ts';
import { MAX_WORKERS, readPagesInWorkers, workersUsable } from './pool.ts';
import { PdfPageReader, type PageResult, type PdfOptions } from './read-page.ts';

export type { PdfOptions } from './read-page.ts';

type Warning = LayoutDocument['warnings'][number];

function tooManyPages(file: string, pages: number, options: PdfOptions): void {
  const maxPages = options.maxPages ?? 1000;
  if (pages > maxPages)
    throw new InputError(file, `页数过多（${String(pages)} 页，上限 ${String(maxPages)} 页）`);
}

/** Read the pages in this thread; the time limit is checked between pages. */
async function readHere(bytes: Uint8Array, file: string, options: PdfOptions): Promise<PageResult[]> {
  const reader = await PdfPageReader.open(bytes, file, options);
  try {
    tooManyPages(file, reader.pages, options);
    const timeoutMs = options.timeoutMs ?? 300_000;
    const deadline = Date.now() + timeoutMs;
    const results: PageResult[] = [];
    for (let p = 1; p <= reader.pages; p++) {
      if (Date.now() > deadline) {
        throw new InputError(
          file,
          `读取超时（第 ${String(p)} 页时已超过 ${String(Math.round(timeoutMs / 100) / 10)} 秒上限）`,
        );
      }
      results.push(await reader.read(p));
    }
    return results;
  } finally {
    await reader.close();
  }
}

/** "合计  156,211,123  99,706,020  56,505,103": a total line, its label followed by figures only. */
const TOTAL_LINE = /^(合计|总计|小计)((?:\s+[-−]?[\d,]+(?:\.\d+)?)+)$/;

/**
 * A table's 合计 row that went alone to the top of the next page, outside any ruled frame, reads as a text line: when
 * the table ended the page before, it is that table's row — label first, its figures in the table's last columns.
 */
function trailingTotal(
  line: LayoutLine & { kind: 'text' },
  prev: LayoutLine & { kind: 'row' },
): LayoutLine | null {
  const m = TOTAL_LINE.exec(line.text.trim());
  if (!m) return null;
  const figures = (m[2] ?? '').trim().split(/\s+/);
  const width = prev.cells.length;
  if (figures.length + 1 > width) return null;
  const cell = (text: string): { text: string; at: typeof line.at } => ({ text, at: line.at });
  return {
    kind: 'row',
    cells: [
      cell(m[1] ?? ''),
      ...Array.from({ length: width - 1 - figures.length }, () => cell('')),
      ...figures.map(cell),
    ],
    at: line.at,
  };
}

/** The pages as one document: sentences running across pages joined, the readers' warnings summarised. */
export function stitch(file: string, pages: readonly PageResult[]): LayoutDocument {
  const lines: LayoutLine[] = [];
  const warnings: Warning[] = [];
  let openEnd = false;
  for (const page of pages) {
    for (const w of page.warnings) {
      // "No OCR here" is said once for the document.
      if (w.code !== 'pdf-ocr-unavailable' || !warnings.some((x) => x.code === w.code)) warnings.push(w);
    }
    const first = page.lines[0];
    const prev = lines[lines.length - 1];
    const total = first?.kind === 'text' && prev?.kind === 'row' ? trailingTotal(first, prev) : null;
    if (total) {
      lines.push(total, ...page.lines.slice(1));
    } else if (openEnd && prev?.kind === 'text' && first?.kind === 'text' && continues(first.text)) {
      // A sentence running on from the previous page: one line, located where it starts.
      lines[lines.length - 1] = { ...prev, text: joinWrapped(prev.text, first.text) };
      lines.push(...page.lines.slice(1));
    } else lines.push(...page.lines);
    openEnd = page.openEnd;
  }
  const ocr = pages.filter((p) => p.ocrConfidence !== undefined);
  if (ocr.length > 0) {
    const mean = Math.round(ocr.reduce((s, p) => s + (p.ocrConfidence ?? 0), 0) / ocr.length);
    warnings.push({
      code: 'pdf-ocr',
      message: `第 ${ocr.map((p) => p.page).join('、')} 页是扫描页，已用 OCR 识别（平均置信度 ${String(mean)}）；其上的数字可能有识别误差，相关问题会注明`,
      at: { page: ocr[0]?.page ?? 1 },
    });
  }
  const noText = pages.filter((p) => p.noText).map((p) => p.page);
  if (noText.length > 0 && noText.length < pages.length) {
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
  return {
    file,
    format: 'pdf',
    encoding: 'pdf',
    lines,
    pages: pages.length,
    warnings,
  };
}

/**
 * Read the pages of a PDF as laid-out lines: in a worker thread (hard time limit; see pool.ts) unless
 * `options.workers` is 0 or threads cannot start here.
 */
export async function layoutPdf(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions = {},
): Promise<LayoutDocument> {
  const workers = options.workers ?? MAX_WORKERS;
  if (workers > 0 && workersUsable()) {
    try {
      const pages = await readPagesInWorkers(bytes, file, options, workers, (n) => {
        tooManyPages(file, n, options);
      });
      return stitch(file, pages);
    } catch (err) {
      if (err instanceof InputError) throw err;
      // No worker could start here: read in this thread.
    }
  }
  return stitch(file, await readHere(bytes, file, options));
}

export async function parsePdf(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions = {},
): Promise<Disclosure> {
  return parseLayout(await layoutPdf(bytes, file, options));
}
