/**
 * Table grids of the DOCX, workbook and HTML readers → laid-out lines, the way the text reader expects them: one
 * cell per grid column, empty cells kept, a merged cell's text at its first (top-left) position and blanks for the
 * rest of its span; empty rows dropped; a row that only carries a table's title, its 公开NN表 number, its
 * "部门：…" / "单位：万元" line or a note ("注：…") becomes text lines, as printed above or below the table.
 */
import type { SourceRef } from '../model/document.ts';
import { InputError } from './errors.ts';
import type { LayoutCell, LayoutLine } from './layout.ts';

/** One grid position of a row. */
export interface GridSlot {
  readonly text: string;
  readonly at: SourceRef;
  /** Columns the cell spans when this is its first position; 0 for the other positions of a merged cell. */
  readonly span: number;
  /** Part of a cell merged from a row above (the text is there). */
  readonly fromAbove?: boolean;
}

export interface GridRow {
  readonly at: SourceRef;
  readonly slots: readonly GridSlot[];
}

export interface RowLimits {
  /** Cap on the table rows of one document (default 200 000). */
  readonly maxRows?: number;
  /** Cap on the table cells of one document (default 5 000 000). */
  readonly maxCells?: number;
}

export const DEFAULT_ROW_LIMITS = { maxRows: 200_000, maxCells: 5_000_000 } as const;

/** Counts rows and cells against the caps of one document. */
export class RowBudget {
  private rows = 0;
  private cells = 0;
  private readonly maxRows: number;
  private readonly maxCells: number;
  constructor(
    private readonly file: string,
    limits: RowLimits = {},
  ) {
    this.maxRows = limits.maxRows ?? DEFAULT_ROW_LIMITS.maxRows;
    this.maxCells = limits.maxCells ?? DEFAULT_ROW_LIMITS.maxCells;
  }
  /** Count one row of `cells` grid positions; throws once past a cap. */
  take(cells: number): void {
    this.rows += 1;
    this.cells += cells;
    if (this.rows > this.maxRows)
      throw new InputError(this.file, `表格行数过多（超过 ${this.maxRows} 行），不予读取`);
    if (this.cells > this.maxCells)
      throw new InputError(this.file, `表格单元格过多（超过 ${this.maxCells} 个），不予读取`);
  }
}

const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** A table number on its own: 公开01表, 公开 01 表, 公开表一. */
const NUMBER_ONLY =
  /^公开(?:\d{1,2}|[一二三四五六七八九十]{1,3})表$|^公开表(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/;
const DEPARTMENT = /^(?:部门|单位名称|编制单位|部门名称|预算单位|填报单位)\s*[:：]/;
const UNIT = /^(?:金额)?单位\s*[:：]\s*(?:万元|元|亿元|千元)$/;

/** Lines printed around a table rather than in it. */
function isMeta(text: string): boolean {
  const t = squeeze(text);
  return NUMBER_ONLY.test(t) || DEPARTMENT.test(t) || UNIT.test(t);
}

/** A title or note line: a table title, a note, an empty-table statement. */
const TITLE_OR_NOTE =
  /(?:决算表|总表|明细表|情况表|自评表)$|^(?:注|备注|说明)\s*\d*\s*[:：]|^注\s*\d+[.、．]|本表无|无数据|故本表|为空表/;

const NUMERIC = /^[-−–+]?[\d,，]+(?:\.\d+)?%?$/;

/**
 * Split a line that carries several of the table's meta items ("公开01表 部门：某局 单位：万元") into one line per
 * item, so that each reads as the text reader expects; any other line is returned whole.
 */
export function splitMetaText(text: string): string[] {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return [];
  const out: string[] = [];
  let rest = t;
  const number =
    /^(公开\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*表|公开表\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2}))\s*(.*)$/.exec(
      rest,
    );
  if (number?.[1] && number[2] !== undefined && number[2] !== '' && isMetaStart(number[2])) {
    out.push(number[1]);
    rest = number[2];
  }
  const unit = /^(.*?)\s*((?:金额)?单位\s*[:：]\s*(?:万元|元|亿元|千元))$/.exec(rest);
  if (unit?.[1] && unit[2] && (DEPARTMENT.test(unit[1]) || NUMBER_ONLY.test(squeeze(unit[1])))) {
    out.push(...splitMetaText(unit[1]), unit[2]);
    return out;
  }
  out.push(rest);
  return out;
}

function isMetaStart(text: string): boolean {
  return DEPARTMENT.test(text) || /^(?:金额)?单位\s*[:：]/.test(text);
}

/** The text lines a row stands for, or null when it is a table row. */
function rowAsText(row: GridRow, width: number): LayoutLine[] | null {
  const filled = row.slots.filter((s) => s.text.trim() !== '');
  if (filled.length === 0) return [];
  const asText = (s: GridSlot): LayoutLine[] =>
    splitMetaText(s.text).map((text) => ({ kind: 'text' as const, text, at: s.at }));
  if (filled.every((s) => isMeta(s.text) || splitMetaText(s.text).length > 1)) return filled.flatMap(asText);
  const only = filled.length === 1 ? filled[0] : undefined;
  if (!only) return null;
  const t = squeeze(only.text);
  if (NUMERIC.test(t)) return null;
  if (TITLE_OR_NOTE.test(t) && !row.slots.some((s) => s.fromAbove)) return asText(only);
  // a cell across the whole table width (a title, a note, a caption row) reads as text
  if (only.span >= width && width > 0) return asText(only);
  return null;
}

/** Lay out the rows of one grid (a table, a sheet) as lines. */
export function gridLines(rows: readonly GridRow[]): LayoutLine[] {
  const width = Math.max(0, ...rows.map((r) => r.slots.length));
  const out: LayoutLine[] = [];
  let block: GridRow[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    // the block's columns: from the first to the last position holding text (or a merged span of it)
    let min = Infinity;
    let max = -1;
    for (const r of block) {
      r.slots.forEach((s, c) => {
        if (s.text.trim() === '') return;
        min = Math.min(min, c);
        max = Math.max(max, c + Math.max(1, s.span) - 1);
      });
    }
    for (const r of block) {
      const cells: LayoutCell[] = [];
      for (let c = min; c <= max; c++) {
        const s = r.slots[c];
        cells.push({ text: s?.text.trim() ?? '', at: s?.at ?? r.at });
      }
      out.push({ kind: 'row', cells, at: r.at });
    }
    block = [];
  };
  for (const r of rows) {
    const text = rowAsText(r, width);
    if (text === null) {
      block.push(r);
      continue;
    }
    if (text.length === 0) continue;
    flush();
    out.push(...text);
  }
  flush();
  return out;
}

/** Text lines of a paragraph: split where it carries several meta items; nothing for an empty paragraph. */
export function textLines(text: string, at: SourceRef): LayoutLine[] {
  return splitMetaText(text).map((t) => ({ kind: 'text' as const, text: t, at }));
}

/** Join the text pieces of one cell: no space between CJK pieces, one between two Latin/digit pieces. */
export function joinPieces(pieces: readonly string[]): string {
  let out = '';
  for (const raw of pieces) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (p === '') continue;
    if (out !== '' && /[A-Za-z0-9.,%)]$/.test(out) && /^[A-Za-z0-9(]/.test(p)) out += ' ';
    out += p;
  }
  return out;
}
