/**
 * Reading published files into the document model: one file (the reader chosen by content), or several — a
 * disclosure published in two files is read as one document.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Disclosure, SourceRef } from './model/document.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from './ingest/layout.ts';
import { decodeText } from './ingest/text/decode.ts';
import { InputError } from './ingest/errors.ts';
import { parseTextDisclosure, type ParseOptions } from './ingest/text/index.ts';
import { layoutPdf, type PdfOptions } from './ingest/pdf/index.ts';
import { isPdf } from './ingest/pdf/open.ts';
import { MAX_WORKERS } from './ingest/pdf/pool.ts';
import { layoutDocx } from './ingest/docx/index.ts';
import { layoutHtml, looksLikeHtml } from './ingest/html/index.ts';
import { officePackage } from './ingest/ooxml.ts';
import type { RowLimits } from './ingest/table-rows.ts';
import { isZip, openZip, type ZipLimits } from './ingest/zip.ts';

/** Reader options: the size cap of the file, and the caps on ZIP packages and on table rows and cells. */
export type FileOptions = ParseOptions & ZipLimits & RowLimits & PdfOptions;

/** Read a file and parse it into the document model. Throws `InputError` for unreadable or unsupported input. */
export async function parseFile(file: string, options: FileOptions = {}): Promise<Disclosure> {
  return parseBytes(await readChecked(file, options), file, options);
}

/** A file's bytes, refused (InputError) when missing, a directory or over the size limit. */
async function readChecked(file: string, options: FileOptions): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(file, '文件不存在或无法读取');
  }
  if (info.isDirectory()) throw new InputError(file, '是目录，不是文件');
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (info.size > maxBytes) {
    throw new InputError(
      file,
      `文件过大（${Math.ceil(info.size / 1048576)} MiB，上限 ${Math.floor(maxBytes / 1048576)} MiB）`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(file, '文件无法读取');
  }
  return bytes;
}

/** The workbook readers (exceljs, SheetJS) are loaded when a workbook is read: they are large, and most input is not. */
const workbookReader = (): Promise<typeof import('./ingest/workbook/index.ts')> =>
  import('./ingest/workbook/index.ts');

/**
 * The laid-out lines of a PDF, DOCX, workbook or HTML file, the reader chosen by content, never by extension; null
 * for plain text, which the text reader reads itself.
 */
async function layoutBytes(
  bytes: Uint8Array,
  file: string,
  options: FileOptions,
): Promise<LayoutDocument | null> {
  if (isPdf(bytes)) return layoutPdf(bytes, file, options);
  if (isZip(bytes)) {
    const pkg = officePackage(openZip(bytes, file, options), file);
    if (pkg.kind === 'docx') return layoutDocx(bytes, file, options);
    return (await workbookReader()).layoutWorkbook(bytes, file, options);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return (await workbookReader()).layoutXls(bytes, file, options);
  if (looksLikeHtml(bytes)) return layoutHtml(bytes, file, options);
  return null;
}

/** Plain text as laid-out lines (table rows split at tabs), for reading it together with another file. */
function textLayout(bytes: Uint8Array, file: string): LayoutDocument {
  const { text, encoding } = decodeText(bytes, file);
  const lines = text.split(/\r\n|\r|\n/).map((raw, i): LayoutLine => {
    const at: SourceRef = { line: i + 1 };
    return raw.includes('\t')
      ? { kind: 'row', cells: raw.split('\t').map((c) => ({ text: c, at })), at }
      : { kind: 'text', text: raw, at };
  });
  return { file, format: 'text', encoding, lines, pages: 0, warnings: [] };
}

/** One result of `parseFiles`: a document (perhaps read from several files) or the reason a file was refused. */
export type ParsedFile =
  | {
      readonly file: string;
      readonly files: readonly string[];
      readonly doc: Disclosure;
      readonly error?: undefined;
    }
  | {
      readonly file: string;
      readonly files: readonly string[];
      readonly doc: null;
      readonly error: InputError;
    };

const norm = (s: string): string => s.replace(/\s+/g, '');

/** `fn` over `items` with at most `limit` calls running at once; results in the order of `items`. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
  return out;
}

/**
 * Parse several files. A disclosure published in two files — the tables in one, the text in the other (as Jiangsu
 * does) — is read as one document: two files of the same department and year, one with tables and no text
 * sections, the other with text and no tables, are laid out one after the other and read together.
 */
export async function parseFiles(files: readonly string[], options: FileOptions = {}): Promise<ParsedFile[]> {
  // Files are read side by side (a PDF in a worker thread each, up to one per core), results in the given order; a
  // single PDF has the pages of its own split over the workers.
  const each: FileOptions = files.length > 1 ? { ...options, workers: options.workers ?? 1 } : options;
  interface Read {
    readonly file: string;
    readonly bytes: Uint8Array | null;
    /** The laid-out lines (null for plain text), kept to merge two files without reading them again. */
    readonly laid: LayoutDocument | null;
    readonly doc: Disclosure | null;
    readonly error: InputError | null;
  }
  const read = await mapLimit(files, MAX_WORKERS, async (file): Promise<Read> => {
    try {
      const bytes = await readChecked(file, each);
      return { file, bytes, ...(await readBytes(bytes, file, each)), error: null };
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      return { file, bytes: null, laid: null, doc: null, error: err };
    }
  });
  const tablesOnly = (d: Disclosure): boolean =>
    d.tables.length >= 3 && !d.parts.some((p) => p.kind === 'narrative' && p.sections.length > 0);
  const textOnly = (d: Disclosure): boolean =>
    d.tables.length === 0 && d.parts.some((p) => p.sections.length > 0);
  const sameDocument = (a: Disclosure, b: Disclosure): boolean =>
    a.meta.year !== null &&
    a.meta.year === b.meta.year &&
    (a.meta.department === '' ||
      b.meta.department === '' ||
      norm(a.meta.department) === norm(b.meta.department)) &&
    // a text part alone may not say what it is (no title, no tables)
    (a.meta.kind === b.meta.kind || a.meta.kind === 'unknown' || b.meta.kind === 'unknown');
  const out: ParsedFile[] = [];
  const used = new Set<number>();
  for (let i = 0; i < read.length; i++) {
    if (used.has(i)) continue;
    const a = read[i];
    if (!a) continue;
    if (!a.doc) {
      out.push({
        file: a.file,
        files: [a.file],
        doc: null,
        error: a.error ?? new InputError(a.file, '文件无法读取'),
      });
      continue;
    }
    const j = read.findIndex((b, k) => {
      if (k === i || used.has(k) || !b.doc || !a.doc) return false;
      const pair = (tablesOnly(a.doc) && textOnly(b.doc)) || (textOnly(a.doc) && tablesOnly(b.doc));
      return pair && sameDocument(a.doc, b.doc);
    });
    const b = j >= 0 ? read[j] : undefined;
    if (b?.bytes && a.bytes) {
      const first = i < j ? a : b;
      const second = i < j ? b : a;
      const layout = (x: Read): LayoutDocument | null =>
        x.laid ?? (x.bytes ? textLayout(x.bytes, x.file) : null);
      const la = layout(first);
      const lb = layout(second);
      if (la && lb) {
        used.add(j);
        // every place in the second file says which file it is in
        const tag = <T extends { at: SourceRef }>(x: T): T => ({ ...x, at: { ...x.at, file: second.file } });
        const lines = [
          ...la.lines,
          ...lb.lines.map((l) => (l.kind === 'row' ? { ...tag(l), cells: l.cells.map(tag) } : tag(l))),
        ];
        const name = `${first.file} + ${second.file}`;
        const doc = parseLayout({
          ...la,
          file: name,
          lines,
          pages: la.pages + lb.pages,
          warnings: [...la.warnings, ...lb.warnings],
          files: [first.file, second.file],
        });
        out.push({ file: name, files: [first.file, second.file], doc });
        continue;
      }
    }
    out.push({ file: a.file, files: [a.file], doc: a.doc });
  }
  return out;
}

/**
 * Parse a file's bytes, choosing the reader by content, never by extension: PDF; a ZIP package holding a Word
 * document (DOCX) or a workbook (XLSX); an OLE compound file holding a workbook (XLS; a .doc is refused); an HTML
 * page; else text.
 */
export async function parseBytes(
  bytes: Uint8Array,
  file: string,
  options: FileOptions = {},
): Promise<Disclosure> {
  return (await readBytes(bytes, file, options)).doc;
}

/** The document of a file's bytes, and its laid-out lines when a layout reader read it (null for plain text). */
async function readBytes(
  bytes: Uint8Array,
  file: string,
  options: FileOptions,
): Promise<{ laid: LayoutDocument | null; doc: Disclosure }> {
  const laid = await layoutBytes(bytes, file, options);
  return { laid, doc: laid ? parseLayout(laid) : parseTextDisclosure(bytes, file, options) };
}
