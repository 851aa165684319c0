/** Building blocks shared by arithmetic rules: operands, sums under the tolerance policy, uniform messages. */
import { formatHundredths, sumHundredths } from '../model/amount.ts';
import type { Cell, Row, Side, Table } from '../model/document.ts';
import { cellByKey, rowByLabel, rowName, tableName, valueOf } from '../model/query.ts';
import type { RuleContext } from './context.ts';

/** One printed figure: a cell of a row of a table. */
export interface Operand {
  readonly table: Table;
  readonly row: Row;
  readonly cell: Cell;
  /** Value with blank/dash/0 as 0; null when the cell holds text. */
  readonly value: number | null;
}

export function operand(table: Table | undefined, row: Row | undefined, key: string): Operand | null {
  if (!table || !row) return null;
  const cell = cellByKey(row, key);
  if (!cell) return null;
  return { table, row, cell, value: valueOf(cell) };
}

export function operandByLabel(
  table: Table | undefined,
  labels: readonly (string | RegExp)[],
  key: string,
  side: Side | null = null,
): Operand | null {
  if (!table) return null;
  return operand(table, rowByLabel(table, labels, side), key);
}

function columnLeaf(cell: Cell): string {
  const parts = cell.column.split('·');
  return parts[parts.length - 1] ?? cell.column;
}

/** "05表 合计·基本支出 52.30" (the table name only when asked). */
export function describe(op: Operand, withTable: boolean): string {
  const name = rowName(op.row).replace(/^(收入|支出)·/, '');
  const leaf = columnLeaf(op.cell);
  const showColumn = !/^(决算数|金额|合计)$/.test(leaf) || op.row.cells.length > 1;
  const where = showColumn ? `${name}·${leaf}` : name;
  const shown = op.cell.kind === 'blank' ? '（空白）' : formatHundredths(op.value ?? 0);
  return `${withTable ? `${tableName(op.table)} ` : ''}${where} ${shown}`;
}

export interface SumCheck {
  readonly total: Operand;
  readonly parts: readonly Operand[];
  /** Signs of the parts (default all +1), for identities such as 年末 = 年初 + 收入 − 支出. */
  readonly signs?: readonly (1 | -1)[];
  /** Copies of one figure must match exactly; sums of rounded parts get the §9.2 tolerance. */
  readonly exact?: boolean;
}

export interface SumResult {
  readonly ok: boolean;
  readonly sum: number;
  readonly data: { lhs: string; rhs: string; gap: string; tolerance: string };
}

/** 0.005·(n+1) of the unit, printed exactly ("0.015"). */
export function roundingTolerance(parts: number): string {
  const thousandths = 5 * (parts + 1);
  return `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`.replace(/0$/, '');
}

/** Evaluate total ≈ Σ parts; parts and total whose cell holds text are skipped (I-23 reports those). */
export function evaluateSum(ctx: RuleContext, check: SumCheck): SumResult | null {
  const { total, parts } = check;
  if (total.value === null || parts.some((p) => p.value === null)) return null;
  const signs = check.signs ?? parts.map(() => 1 as const);
  const sum = sumHundredths(parts.map((p, i) => (p.value ?? 0) * (signs[i] ?? 1)));
  // Only non-zero printed parts carry a rounding error: blank and 0 are exact.
  const rounded = parts.filter((p) => p.value !== 0).length;
  const ok = check.exact ? ctx.sameAmount(total.value, sum) : ctx.withinRounding(total.value, sum, rounded);
  const sameTable = parts.every((p) => p.table === total.table);
  // Long sums list only their non-zero parts.
  const shown =
    parts.length > 3
      ? parts.map((p, i) => ({ p, i })).filter(({ p }) => p.value !== 0)
      : parts.map((p, i) => ({ p, i }));
  const omitted = parts.length - shown.length;
  const terms =
    shown
      .map(
        ({ p, i }, k) =>
          `${k === 0 ? (signs[i] === -1 ? '−' : '') : signs[i] === -1 ? ' − ' : ' + '}${describe(p, !sameTable)}`,
      )
      .join('') || '各项均为 0';
  const rhs =
    parts.length === 1
      ? terms
      : `${terms}${omitted > 0 && shown.length > 0 ? '（其余各项为 0）' : ''} = ${formatHundredths(sum)}`;
  const gap = Math.abs(total.value - sum);
  return {
    ok,
    sum,
    data: {
      lhs: describe(total, true),
      rhs,
      gap: formatHundredths(gap),
      tolerance: check.exact ? '0' : roundingTolerance(rounded),
    },
  };
}

/** Check and report total ≈ Σ parts with the standard `mismatch` message; returns false when reported. */
export function checkSum<Id extends string>(ctx: RuleContext<Id>, messageId: Id, check: SumCheck): boolean {
  const r = evaluateSum(ctx, check);
  if (!r) return true;
  const locations = [
    ctx.cellAt(check.total.table, check.total.row, check.total.cell),
    ...check.parts.map((p) => ctx.cellAt(p.table, p.row, p.cell)),
  ];
  if (r.ok) {
    if (!check.exact) {
      ctx.roundingNote({
        ...r.data,
        total: check.total.value ?? 0,
        sum: r.sum,
        locations,
      });
    }
    return true;
  }
  ctx.report({
    messageId,
    data: r.data,
    expected: { amount: r.sum },
    actual: { amount: check.total.value ?? 0 },
    locations,
  });
  return false;
}

/** Standard wording for sum identities (rules.md §10). */
export const SUM_MESSAGE = '{{lhs}} ≠ {{rhs}}（差 {{gap}}，超出尾数容差 {{tolerance}}）';
export const COPY_MESSAGE = '{{lhs}} 与 {{rhs}} 不一致（差 {{gap}}；同一数字两处列示应完全相同）';
