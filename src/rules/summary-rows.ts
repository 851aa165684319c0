/** Locating the standard lines of the two-sided tables (01 收入支出决算总表, 04 财政拨款收入支出决算总表). */
import type { Row, Side, Table } from '../model/document.ts';
import { rowsOfSide, sameLabel } from '../model/query.ts';

export const INCOME_TOTAL = /^本年收入合计$/;
export const EXPENDITURE_TOTAL = /^本年支出合计$/;
export const GRAND_TOTAL = /^总计$/;
export const NON_FISCAL_BALANCE = /^(使用非财政拨款结余(（含专用结余）)?|用事业基金弥补收支差额)$/;
export const OPENING = /^年初(财政拨款)?结转和结余$/;
export const CLOSING = /^年末(财政拨款)?结转和结余$/;
export const DISTRIBUTION = /^结余分配$/;

const norm = (s: string): string => s.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]+、/, '');

export function findLine(t: Table, side: Side, re: RegExp): Row | undefined {
  return rowsOfSide(t, side).find((r) => re.test(norm(r.label)));
}

/** The labelled lines printed above a side's 本年…合计 line (the income sources or the 类 lines). */
export function linesAbove(t: Table, side: Side, totalRe: RegExp): { total: Row | undefined; parts: Row[] } {
  const rows = rowsOfSide(t, side);
  const idx = rows.findIndex((r) => totalRe.test(norm(r.label)));
  if (idx < 0) return { total: undefined, parts: [] };
  return { total: rows[idx], parts: rows.slice(0, idx).filter((r) => r.label !== '') };
}

/** The rows between a line and the next labelled 总计/… line (the unlabelled fund sub-rows of 04 年末). */
export function subRowsAfter(t: Table, side: Side, anchor: Row): Row[] {
  const rows = rowsOfSide(t, side);
  const idx = rows.indexOf(anchor);
  const out: Row[] = [];
  for (const r of rows.slice(idx + 1)) {
    if (GRAND_TOTAL.test(norm(r.label))) break;
    out.push(r);
  }
  return out;
}

export function isLabel(r: Row, label: string): boolean {
  return sameLabel(r.label, label);
}
