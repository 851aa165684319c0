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
  /** Header and 栏次 lines repeated after a page break (skipped as data). */
  readonly repeatedHeaderLines: readonly SourceLine[];
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
  // A code opens the data; a year ("2023年“三公”经费预算数", a header cell) does not.
  if (CODE_RE.test(first) || (/^\d{3,7}\D/.test(first) && !/^(?:19|20)\d\d年/.test(first))) return true;
  // 合计 opens the data unless other labels stand beside it (a header row of 合计 | 基本支出 | 项目支出).
  if (/^(合计|总计)$/.test(first)) {
    const rest = texts.slice(texts.indexOf(first) + 1).filter((t) => t !== '');
    return rest.every((t) => parseNumber(t).kind !== 'text');
  }
  // An enumerated item (一、一般公共预算财政拨款收入) opens the data even with its amounts blank, as in a template,
  // when the cells beside it are blank, amounts, or items too (the expenditure side of a 收支总表).
  if (ENUMERATED.test(first)) {
    const rest = texts.slice(texts.indexOf(first) + 1).filter((t) => t !== '');
    if (rest.every((t) => parseNumber(t).kind !== 'text' || ENUMERATED.test(t))) return true;
  }
  return texts.slice(1).some((t) => parseNumber(t).kind === 'number' && !/^\d{1,2}$/.test(t));
}

const ENUMERATED = /^[一二三四五六七八九十]+、/;

/**
 * Resolve multi-row header labels into column paths. A label spans the empty cells to its right while they stay
 * under the same parent span in the row above and some lower header row still has a label in that column.
 */
export function resolveHeader(rows: readonly (readonly string[])[], width: number): string[][] {
  const labels = rows.map((r) => Array.from({ length: width }, (_, c) => compactCell(r[c] ?? '')));
  const filled = labels.map((r) => [...r]);
  const spans = labels.map(() => Array.from({ length: width }, () => -1));
  let nextId = 0;
  const labelledBelow = (r: number, c: number): boolean =>
    labels.slice(r + 1).some((row) => (row[c] ?? '') !== '');
  labels.forEach((row, r) => {
    let run: { id: number; label: string; parent: number } | null = null;
    const parentRow = r > 0 ? spans[r - 1] : undefined;
    const mine = spans[r] ?? [];
    const out = filled[r] ?? [];
    for (let c = 0; c < width; c++) {
      const parent = parentRow?.[c] ?? -1;
      const label = row[c] ?? '';
      if (label !== '') {
        run = { id: nextId++, label, parent };
        mine[c] = run.id;
      } else if (run && run.parent === parent && labelledBelow(r, c)) {
        mine[c] = run.id;
        out[c] = run.label;
      } else {
        run = null;
      }
    }
  });
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
  const isRepeat = (l: SourceLine): boolean =>
    headerKeys.has(l.compact) || (columnNoLine !== null && isColumnNoLine(l));
  const body = dataLines.filter((l) => !isRepeat(l));
  const repeatedHeaderLines = dataLines.filter(isRepeat);

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
      return {
        path,
        columnNo: isNo ? no : null,
        columnNoLine: isNo ? (columnNoLine?.no ?? null) : null,
        anchor: null,
      };
    });
    const rows = body.map((line) => ({
      line,
      cells: Array.from(
        { length: width },
        (_, c) => line.cells[c] ?? emptyToken(Array.from(line.raw).length + 1),
      ),
    }));
    return { columns, headerLines, repeatedHeaderLines, columnNoLine, rows, mode };
  }
  return { ...buildSpaceGrid(headerLines, columnNoLine, body), repeatedHeaderLines };
}

function trimTrailing(cells: readonly Token[]): readonly Token[] {
  let n = cells.length;
  while (n > 0 && (cells[n - 1]?.text ?? '') === '') n--;
  return cells.slice(0, n);
}

interface Anchor {
  start: number;
  end: number;
  /** Visual centre of the column (the 栏次 number), when known. */
  mid?: number;
}

const centre = (a: { start: number; end: number; mid?: number }): number => a.mid ?? (a.start + a.end) / 2;

function mergeIntervals(tokens: readonly { start: number; end: number }[]): Anchor[] {
  const sorted = [...tokens].filter((t) => t.end >= t.start).sort((a, b) => a.start - b.start);
  const out: Anchor[] = [];
  for (const t of sorted) {
    const prev = out[out.length - 1];
    if (prev && t.start <= prev.end + 1) prev.end = Math.max(prev.end, t.end);
    else out.push({ start: t.start, end: t.end });
  }
  return out;
}

/**
 * Column anchors of a space-aligned table. With a 栏次 line, the amount columns tile the line between the centres
 * of consecutive 栏次 numbers and the label columns come from the header tokens to their left; otherwise the last
 * header row's tokens are the anchors.
 */
function spaceAnchors(
  headerLines: readonly SourceLine[],
  columnNoLine: SourceLine | null,
  body: readonly SourceLine[],
): Anchor[] {
  const numbers = (columnNoLine?.cells ?? []).filter((t) => /^\d{1,2}$/.test(compactCell(t.text)));
  if (numbers.length > 0) {
    const firstNumber = numbers[0]?.start ?? 0;
    const left = mergeIntervals(
      [...headerLines.flatMap((l) => l.cells), ...(columnNoLine?.cells ?? [])].filter(
        (t) => t.end < firstNumber - 1,
      ),
    );
    const amount: Anchor[] = numbers.map((n, i) => {
      const prev = numbers[i - 1];
      const next = numbers[i + 1];
      const lo = prev
        ? Math.floor((centre(prev) + centre(n)) / 2) + 1
        : (left[left.length - 1]?.end ?? 0) + 1;
      const hi = next ? Math.floor((centre(n) + centre(next)) / 2) : Number.MAX_SAFE_INTEGER;
      return { start: lo, end: hi, mid: centre(n) };
    });
    return [...left, ...amount];
  }
  const lastHeader = headerLines[headerLines.length - 1];
  const base = lastHeader?.cells ?? body[0]?.cells ?? [];
  const lower = mergeIntervals(base);
  const upper = headerLines
    .slice(0, -1)
    .flatMap((l) => l.cells)
    .filter((t) => !lower.some((a) => t.start <= a.end + 4 && a.start - 4 <= t.end));
  return mergeIntervals([...lower, ...upper]);
}

/** Group labels of upper header rows sit over their span: attach them to the leftmost anchor under them. */
function upperAnchor(anchors: readonly Anchor[], t: Token): number {
  const lo = t.start - 12;
  const hi = t.end + 12;
  const idx = anchors.findIndex((a) => centre(a) >= lo && centre(a) <= hi);
  return idx >= 0 ? idx : nearestAnchor(anchors, t);
}

/** Space-aligned layout: cells are assigned to columns by horizontal position. */
function buildSpaceGrid(
  headerLines: SourceLine[],
  columnNoLine: SourceLine | null,
  body: SourceLine[],
): Omit<Grid, 'repeatedHeaderLines'> {
  const anchors = spaceAnchors(headerLines, columnNoLine, body);
  const assign = (
    tokens: readonly Token[],
    pick: (t: Token) => number = (t) => nearestAnchor(anchors, t),
  ): Token[] => {
    const out: Token[] = anchors.map((a) => emptyToken(a.start));
    for (const t of tokens) {
      if (t.text === '') continue;
      const c = pick(t);
      const prev = out[c];
      if (prev && prev.text !== '') {
        out[c] = { text: `${prev.text}${t.text}`, start: prev.start, end: t.end };
      } else {
        out[c] = t;
      }
    }
    return out;
  };
  const headerRows = headerLines.map((l, i) =>
    assign(l.cells, i < headerLines.length - 1 ? (t) => upperAnchor(anchors, t) : undefined).map(
      (t) => t.text,
    ),
  );
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

function nearestAnchor(anchors: readonly Anchor[], t: Token): number {
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
