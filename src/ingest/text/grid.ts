/**
 * Table grids from text lines: header rows → column paths (multi-row headers with spans resolved), the 栏次 row,
 * and data rows as positioned cells aligned to those columns. Works on tab-separated lines (cells by index) and on
 * space-aligned lines (cells by horizontal position against the header or 栏次 anchors).
 */
import { parseNumber } from '../../model/amount.ts';
import { compactCell, type SourceLine, type Token } from './lines.ts';

export interface GridColumn {
  /** Header labels top-down, whitespace removed, spans filled. */
  readonly path: readonly string[];
  /** 栏次 printed under this column. */
  readonly columnNo: Token | null;
  readonly columnNoLine: number | null;
  /** Horizontal anchor (code-point column range) for space-aligned lines. */
  readonly anchor: { start: number; end: number } | null;
}

export interface GridRow {
  readonly line: SourceLine;
  /** Cells aligned to the columns (missing trailing cells padded as empty tokens). */
  readonly cells: readonly Token[];
}

export interface Grid {
  readonly columns: readonly GridColumn[];
  readonly headerLines: readonly SourceLine[];
  readonly columnNoLine: SourceLine | null;
  readonly rows: readonly GridRow[];
  readonly mode: 'tab' | 'space';
}

const CODE_RE = /^\d{3}(?:\d{2}){0,2}$/;

export function isColumnNoLine(line: SourceLine): boolean {
  const cells = line.cells.map((c) => compactCell(c.text)).filter((t) => t !== '');
  if (cells.some((c) => c === '栏次')) return true;
  if (cells.length < 2) return false;
  if (!cells.every((c) => /^\d{1,2}$/.test(c))) return false;
  const nums = cells.map(Number);
  return nums.every((n, i) => i === 0 || n === (nums[i - 1] ?? 0) + 1) && (nums[0] === 1 || nums[0] === 0);
}

/** A line that starts the data part: a code, 合计/总计, or an amount after the label columns. */
export function looksLikeDataLine(line: SourceLine): boolean {
  if (isColumnNoLine(line)) return false;
  const texts = line.cells.map((c) => compactCell(c.text));
  const first = texts.find((t) => t !== '') ?? '';
  if (CODE_RE.test(first) || /^\d{3,7}\D/.test(first)) return true;
  if (/^(合计|总计)$/.test(first)) return true;
  return texts.slice(1).some((t) => parseNumber(t).kind === 'number' && !/^\d{1,2}$/.test(t))
    || texts.some((t, i) => i > 0 && parseNumber(t).kind === 'number' && /^[一二三四五六七八九十]+、/.test(first));
}

/** Resolve multi-row header labels into column paths (spans filled bottom-up). */
export function resolveHeader(rows: readonly (readonly string[])[], width: number): string[][] {
  const labels = rows.map((r) => Array.from({ length: width }, (_, c) => compactCell(r[c] ?? '')));
  const filled = labels.map((r) => [...r]);
  for (let r = labels.length - 2; r >= 0; r--) {
    const row = labels[r] ?? [];
    const below = filled[r + 1] ?? [];
    const out = filled[r] ?? [];
    let run = '';
    for (let c = 0; c < width; c++) {
      const label = row[c] ?? '';
      if (label !== '') run = label;
      else if (run !== '' && (below[c] ?? '') !== '') out[c] = run;
      else run = '';
    }
  }
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (const row of filled) {
      const label = row[c] ?? '';
      if (label !== '' && path[path.length - 1] !== label) path.push(label);
    }
    return path;
  });
}

function emptyToken(at: number): Token {
  return { text: '', start: at, end: at - 1 };
}

/** Split grid lines into header, 栏次 and data lines and align cells to columns. */
export function buildGrid(lines: readonly SourceLine[]): Grid {
  const nonEmpty = lines.filter((l) => l.text !== '');
  const mode: 'tab' | 'space' = nonEmpty.some((l) => l.hasTabs) ? 'tab' : 'space';
  const headerLines: SourceLine[] = [];
  let columnNoLine: SourceLine | null = null;
  let dataStart = 0;
  // The 栏次 line, when printed near the top, is the definitive end of the header.
  const noIdx = nonEmpty.findIndex((l) => isColumnNoLine(l));
  const firstData = nonEmpty.findIndex((l) => looksLikeDataLine(l));
  if (noIdx >= 0 && (firstData < 0 || noIdx <= firstData + 3)) {
    headerLines.push(...nonEmpty.slice(0, noIdx));
    columnNoLine = nonEmpty[noIdx] ?? null;
    dataStart = noIdx + 1;
  } else {
    dataStart = firstData < 0 ? nonEmpty.length : firstData;
    headerLines.push(...nonEmpty.slice(0, dataStart));
  }
  const dataLines = nonEmpty.slice(dataStart);
  const headerKeys = new Set(headerLines.map((l) => l.compact));
  const body = dataLines.filter((l) => !headerKeys.has(l.compact) && !(columnNoLine && isColumnNoLine(l)));

  if (mode === 'tab') {
    const width = Math.max(
      ...headerLines.map((l) => l.cells.length),
      columnNoLine?.cells.length ?? 0,
      ...body.map((l) => trimTrailing(l.cells).length),
      1,
    );
    const paths = resolveHeader(
      headerLines.map((l) => l.cells.map((c) => c.text)),
      width,
    );
    const columns: GridColumn[] = paths.map((path, c) => {
      const no = columnNoLine?.cells[c];
      const isNo = no !== undefined && /^\d{1,2}$/.test(compactCell(no.text));
      return { path, columnNo: isNo ? no : null, columnNoLine: isNo ? (columnNoLine?.no ?? null) : null, anchor: null };
    });
    const rows = body.map((line) => ({
      line,
      cells: Array.from({ length: width }, (_, c) => line.cells[c] ?? emptyToken(Array.from(line.raw).length + 1)),
    }));
    return { columns, headerLines, columnNoLine, rows, mode };
  }
  return buildSpaceGrid(headerLines, columnNoLine, body);
}

function trimTrailing(cells: readonly Token[]): readonly Token[] {
  let n = cells.length;
  while (n > 0 && (cells[n - 1]?.text ?? '') === '') n--;
  return cells.slice(0, n);
}

/**
 * Space-aligned layout: columns come from the header line with the most cells (or the 栏次 line); each data token
 * goes to the column whose anchor overlaps it most, else the nearest by centre.
 */
function buildSpaceGrid(headerLines: SourceLine[], columnNoLine: SourceLine | null, body: SourceLine[]): Grid {
  const widest = [...headerLines].sort((a, b) => b.cells.length - a.cells.length)[0];
  const anchorsFrom = widest?.cells ?? columnNoLine?.cells ?? body[0]?.cells ?? [];
  const anchors = anchorsFrom.map((t) => ({ start: t.start, end: t.end }));
  const assign = (tokens: readonly Token[]): Token[] => {
    const out: Token[] = anchors.map((a) => emptyToken(a.start));
    for (const t of tokens) {
      const c = nearestAnchor(anchors, t);
      const prev = out[c];
      if (prev && prev.text !== '') {
        out[c] = { text: `${prev.text} ${t.text}`, start: prev.start, end: t.end };
      } else {
        out[c] = t;
      }
    }
    return out;
  };
  const headerRows = headerLines.map((l) => assign(l.cells).map((t) => t.text));
  const paths = resolveHeader(headerRows, anchors.length);
  const noCells = columnNoLine ? assign(columnNoLine.cells) : [];
  const columns: GridColumn[] = paths.map((path, c) => {
    const no = noCells[c];
    const isNo = no !== undefined && /^\d{1,2}$/.test(compactCell(no.text));
    return {
      path,
      columnNo: isNo ? no : null,
      columnNoLine: isNo ? (columnNoLine?.no ?? null) : null,
      anchor: anchors[c] ?? null,
    };
  });
  const rows = body.map((line) => ({ line, cells: assign(splitCodeLabel(line.cells)) }));
  return { columns, headerLines, columnNoLine, rows, mode: 'space' };
}

/** In space-aligned text a code and its name are often one token ("2013701 行政运行"): split them. */
function splitCodeLabel(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const m = /^(\d{3,7})\s+(\S.*)$/.exec(t.text);
    if (m?.[1] && m[2] && out.length === 0) {
      out.push({ text: m[1], start: t.start, end: t.start + m[1].length - 1 });
      const labelStart = t.end - Array.from(m[2]).length + 1;
      out.push({ text: m[2], start: labelStart, end: t.end });
    } else {
      out.push(t);
    }
  }
  return out;
}

function nearestAnchor(anchors: readonly { start: number; end: number }[], t: Token): number {
  let best = 0;
  let bestScore = -Infinity;
  anchors.forEach((a, i) => {
    const overlap = Math.min(a.end, t.end) - Math.max(a.start, t.start) + 1;
    const centre = Math.abs((a.start + a.end) / 2 - (t.start + t.end) / 2);
    const score = overlap > 0 ? 1000 + overlap : -centre;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  return best;
}
