/**
 * The reading order shared by every non-text reader. A PDF, DOCX, workbook or HTML page is laid out as lines — a
 * table row as its cells, any other line as its text — each with its origin (page + bbox, or sheet!cell). The lines
 * go through the text reader, so every format gives the same model and the same rules apply unchanged; then each
 * source reference is mapped back from the laid-out line and column to the page region or cell it came from.
 */
import type { Disclosure, SourceFormat, SourceRef } from '../model/document.ts';
import { InputError } from './errors.ts';
import { parseDecodedText } from './text/index.ts';

export interface LayoutCell {
  readonly text: string;
  readonly at: SourceRef;
}

export type LayoutLine =
  | { readonly kind: 'text'; readonly text: string; readonly at: SourceRef }
  | { readonly kind: 'row'; readonly cells: readonly LayoutCell[]; readonly at: SourceRef };

export interface LayoutDocument {
  readonly file: string;
  readonly format: SourceFormat;
  /** Text encoding of the source (HTML charset), or the container format ("pdf", "ooxml"). */
  readonly encoding: string;
  readonly lines: readonly LayoutLine[];
  /** Pages or sheets read. */
  readonly pages: number;
  /** What the reader could not read (a page without text and no OCR, an unreadable sheet…). */
  readonly warnings: readonly {
    readonly code: string;
    readonly message: string;
    readonly at: SourceRef | null;
  }[];
  /** Further files merged into this document. */
  readonly files?: readonly string[];
}

interface PlacedCell {
  readonly start: number;
  readonly end: number;
  readonly at: SourceRef;
}

interface PlacedLine {
  readonly text: string;
  readonly at: SourceRef;
  readonly cells: readonly PlacedCell[];
}

const clean = (s: string): string => s.replace(/[\t\r\n\f\v]+/g, ' ').trim();

const CODE_HEADER = /^[类款项]$/;

/**
 * A row that carries the 类/款/项 header cells beside the first data row (the 合计 line of the Shanghai layout, where
 * the header cells are drawn in the same band) reads as two rows: the header, then the data.
 */
function splitCodeHeader(lines: readonly LayoutLine[]): LayoutLine[] {
  return lines.flatMap((line): LayoutLine[] => {
    if (line.kind !== 'row') return [line];
    const header = line.cells.filter((c) => CODE_HEADER.test(c.text.trim()));
    const rest = line.cells.filter((c) => c.text.trim() !== '' && !CODE_HEADER.test(c.text.trim()));
    if (header.length < 2 || rest.length === 0) return [line];
    const blank = (c: LayoutCell): LayoutCell => ({ text: '', at: c.at });
    return [
      { ...line, cells: line.cells.map((c) => (CODE_HEADER.test(c.text.trim()) ? c : blank(c))) },
      { ...line, cells: line.cells.map((c) => (CODE_HEADER.test(c.text.trim()) ? blank(c) : c)) },
    ];
  });
}

/** Lay the lines out as text: cells joined by tabs, with each cell's code-point column range. */
export function placeLines(input: readonly LayoutLine[]): PlacedLine[] {
  const lines = splitCodeHeader(input);
  return lines.map((line) => {
    if (line.kind === 'text') return { text: clean(line.text), at: line.at, cells: [] };
    const cells: PlacedCell[] = [];
    let text = '';
    let col = 1;
    line.cells.forEach((c, i) => {
      if (i > 0) {
        text += '\t';
        col += 1;
      }
      const t = clean(c.text);
      const len = Array.from(t).length;
      cells.push({ start: col, end: col + len - 1, at: c.at });
      text += t;
      col += len;
    });
    // A row of one cell still reads as a table row.
    if (line.cells.length === 1) text += '\t';
    return { text, at: line.at, cells };
  });
}

function isRef(v: unknown): v is SourceRef & { line: number } {
  return typeof v === 'object' && v !== null && typeof (v as { line?: unknown }).line === 'number';
}

/** The origin of a laid-out position: the cell holding the column, else the whole line. */
export function originOf(
  placed: readonly PlacedLine[],
  line: number,
  column?: number,
  endColumn?: number,
): SourceRef | null {
  const p = placed[line - 1];
  if (!p) return null;
  const whole = column === undefined || (column <= 1 && (endColumn ?? 0) >= Array.from(p.text).length);
  if (!whole) {
    const c = p.cells.find((x) => column >= x.start && column <= Math.max(x.start, x.end));
    if (c) return c.at;
  }
  return p.at;
}

/** Add the origin (page + bbox, sheet + cell) to every source reference of the model, in place. */
function mapReferences(value: unknown, placed: readonly PlacedLine[], seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) mapReferences(v, placed, seen);
    return;
  }
  if (
    isRef(value) &&
    (value as { page?: unknown }).page === undefined &&
    (value as { sheet?: unknown }).sheet === undefined
  ) {
    const origin = originOf(placed, value.line, value.column, value.endColumn);
    if (origin) Object.assign(value, origin, { line: value.line });
  }
  for (const v of Object.values(value)) mapReferences(v, placed, seen);
}

/** Parse a laid-out document into the model; references keep the laid-out line and gain the original position. */
export function parseLayout(doc: LayoutDocument): Disclosure {
  const placed = placeLines(doc.lines);
  if (!placed.some((p) => p.text.replace(/\t/g, '').trim() !== '')) {
    throw new InputError(doc.file, doc.warnings[0]?.message ?? '没有可读取的文字');
  }
  const text = placed.map((p) => p.text).join('\n');
  const parsed = parseDecodedText(text, doc.file, doc.encoding);
  const result: Disclosure = {
    ...parsed,
    source: {
      ...parsed.source,
      format: doc.format,
      lines: placed.map((p) => p.text),
      origins: placed.map((p) => p.at),
      pages: doc.pages,
      ...(doc.files && doc.files.length > 0 ? { files: [...doc.files] } : {}),
    },
    warnings: [...doc.warnings, ...parsed.warnings],
  };
  // Everything but `source` holds references into the laid-out lines.
  mapReferences({ ...result, source: null }, placed, new Set());
  return result;
}
