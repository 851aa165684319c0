/**
 * Helpers shared by the X rules (between tables): locating the standard lines of 01/04 by meaning, comparing
 * copies of one figure under §9.1, sums whose zero parts carry no rounding, ≤ relations, and keeping only the
 * deepest of nested 科目 mismatches so one wrong 项 is reported once, not again at its 款, 类 and 合计.
 */
import { formatHundredths, sumHundredths } from '../../model/amount.ts';
import type { Cell, Disclosure, Row, Table, TableKind } from '../../model/document.ts';
import type { Location, Severity } from '../../model/finding.ts';
import {
  cellByKey,
  codedRows,
  hasNoFigures,
  rowsOfSide,
  tableName,
  totalRow,
  valueOf,
} from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import { checkSum, describe, evaluateSum, operand, type Operand, type SumCheck } from '../helpers.ts';
import {
  CLOSING,
  EXPENDITURE_TOTAL,
  findLine,
  GRAND_TOTAL,
  INCOME_TOTAL,
  linesAbove,
  OPENING,
} from '../summary-rows.ts';

// ---- document and tables ----

/** X rules audit 部门决算 and 单位决算 only. */
export function isFinalAccounts(doc: Disclosure): boolean {
  return doc.meta.kind === 'final-accounts' || doc.meta.kind === 'unit-final-accounts';
}

/** The table of a kind, only when the document is a 决算. */
export function finalTable(doc: Disclosure, kind: TableKind): Table | undefined {
  return isFinalAccounts(doc) ? doc.tables.find((t) => t.kind === kind) : undefined;
}

/** The three 财政拨款 funds, as column keys of the 04 expenditure side. */
export type Fund = 'general' | 'govFund' | 'stateCapital';

const FUND_LABEL: Record<Fund, RegExp> = {
  general: /^一般公共预算财政拨款(收入)?$/,
  govFund: /^政府性基金预算财政拨款(收入)?$/,
  stateCapital: /^国有资本经营(预算)?财政拨款(收入)?$/,
};

const norm = (s: string): string => s.replace(/\s+/g, '').replace(/^[一二三四五六七八九十]+、/, '');

/** 01/04 income line 一/二/三 of a fund (printed above 本年收入合计). */
export function incomeFundLine(t: Table, fund: Fund): Row | undefined {
  return linesAbove(t, 'income', INCOME_TOTAL).parts.find((r) => FUND_LABEL[fund].test(norm(r.label)));
}

/** 01 income line by its name without ordinal (上级补助收入 …), printed above 本年收入合计. */
export function incomeLine(t: Table, re: RegExp): Row | undefined {
  return linesAbove(t, 'income', INCOME_TOTAL).parts.find((r) => re.test(norm(r.label)));
}

/** 04 年初财政拨款结转和结余 fund sub-row (printed between 年初… and 总计). */
export function openingFundRow(t: Table, fund: Fund): Row | undefined {
  const rows = rowsOfSide(t, 'income');
  const opening = findLine(t, 'income', OPENING);
  if (!opening) return undefined;
  const after = rows.slice(rows.indexOf(opening) + 1);
  const end = after.findIndex((r) => GRAND_TOTAL.test(norm(r.label)));
  return (end < 0 ? after : after.slice(0, end)).find((r) => FUND_LABEL[fund].test(norm(r.label)));
}

/** 01/04 expenditure lines printed above 本年支出合计 (the 类 lines). */
export function classLines(t: Table): Row[] {
  return linesAbove(t, 'expenditure', EXPENDITURE_TOTAL).parts;
}

/** 类 rows (3-digit codes) of a by-function table. */
export function classRows(t: Table): Row[] {
  return codedRows(t).filter((r) => r.code?.length === 3);
}

/** A detail table lists 科目 (not only its 合计 row). */
export function listsSubjects(t: Table): boolean {
  return codedRows(t).length > 0;
}

/** The fund tables: 基金表 for 政府性基金, 国资表 for 国有资本经营. */
export const FUND_TABLE: Record<Exclude<Fund, 'general'>, TableKind> = {
  govFund: 'government-fund',
  stateCapital: 'state-capital',
};

/** A fund table that says it is empty or shows no figure: X-18 owns it, X-09/X-10/X-13 treat it as zeros. */
export function declaredOrBlank(t: Table): boolean {
  return t.emptyStatement !== null || hasNoFigures(t);
}

/** Scope of the 三公表: 一般公共预算财政拨款 (old title) or all 财政拨款 (new title, Shanghai hybrid). */
export function threePublicScope(doc: Disclosure, t: Table): 'general' | 'fiscal' {
  const title = t.title.replace(/\s+/g, '');
  if (/一般公共预算/.test(title)) return 'general';
  if (/财政拨款/.test(title)) return 'fiscal';
  return doc.meta.tableOrder === 'old' ? 'general' : 'fiscal';
}

/** The single data row of the 三公表 (the row carrying 决算数·合计). */
export function threePublicRow(t: Table): Row | undefined {
  return t.rows.find((r) => cellByKey(r, 'actual.total') !== undefined);
}

/** 三公 决算 items and the 06 economic codes that record the same spending inside 基本支出. */
export const THREE_PUBLIC_ITEMS: readonly { readonly key: string; readonly codes: readonly string[] }[] = [
  { key: 'actual.overseas', codes: ['30212'] }, // 因公出国（境）费用
  { key: 'actual.reception', codes: ['30217'] }, // 公务接待费
  { key: 'actual.vehicleOperation', codes: ['30231'] }, // 公务用车运行维护费
  { key: 'actual.vehiclePurchase', codes: ['31013', '30913'] }, // 公务用车购置
];

/** "07表 决算数·公务接待费 2.84" (the 三公 row has no label, so name the block and the item). */
export function describeThreePublic(op: Operand, withTable = true): string {
  const path = op.cell.column.split('·');
  // "决算数·公务接待费"; a 小计 keeps its group ("决算数·公务用车购置及运行费·小计").
  const last = path[path.length - 1] ?? '';
  const label = path.length > 2 && last !== '小计' ? `${path[0] ?? ''}·${last}` : op.cell.column;
  return `${withTable ? `${tableName(op.table)} ` : ''}${label} ${formatHundredths(op.value ?? 0)}`;
}

/** "06表 31013 公务用车购置 1.00 + 30913 … 0.50 = 1.50" (one part: just the part). */
export function describeParts(parts: readonly Operand[]): string {
  const text = parts.map((p, i) => describe(p, i === 0)).join(' + ');
  return parts.length > 1 ? `${text} = ${formatHundredths(total(parts))}` : text;
}

// ---- locations ----

/** Where a note (e.g. the 无数据 statement) of a table is printed. */
export function noteAt(
  ctx: RuleContext,
  t: Table,
  note: { text: string; at: { line?: number | undefined } },
): Location {
  const text = note.text.replace(/\s+/g, ' ');
  return {
    ...ctx.tableAt(t),
    line: note.at.line ?? null,
    excerpt: text.length > 200 ? `${text.slice(0, 199)}…` : text,
  };
}

export function at(ctx: RuleContext, op: Operand): Location {
  return ctx.cellAt(op.table, op.row, op.cell);
}

// ---- comparisons ----

function roundTo(hundredths: number, decimals: number): number {
  const factor = 10 ** Math.max(0, 2 - decimals);
  const abs = Math.abs(hundredths);
  const rounded = Math.floor((abs + Math.floor(factor / 2)) / factor) * factor;
  return hundredths < 0 ? -rounded : rounded;
}

/**
 * §9.1: two prints of one figure that differ only because one was printed with fewer decimals ("62" for 62.40)
 * are a warning, not an error.
 */
function onlyPrecisionDiffers(a: Cell, b: Cell): boolean {
  if (a.kind !== 'number' || b.kind !== 'number' || a.amount === null || b.amount === null) return false;
  const [short, long] = a.decimals <= b.decimals ? [a, b] : [b, a];
  if (short.decimals >= 2 || short.decimals === long.decimals) return false;
  return roundTo(long.amount ?? 0, short.decimals) === short.amount;
}

/** The same figure printed in two tables must match exactly (§9.1); returns false when reported. */
export function checkCopy<Id extends string>(
  ctx: RuleContext<Id>,
  messageId: Id,
  a: Operand,
  b: Operand,
): boolean {
  const r = evaluateSum(ctx, { total: a, parts: [b], exact: true });
  if (!r || r.ok) return true;
  const severity: Severity | undefined = onlyPrecisionDiffers(a.cell, b.cell) ? 'warning' : undefined;
  ctx.report({
    messageId,
    data: r.data,
    expected: { amount: r.sum },
    actual: { amount: a.value ?? 0 },
    locations: [at(ctx, a), at(ctx, b)],
    ...(severity ? { severity } : {}),
  });
  return false;
}

/**
 * The identity total ≈ Σ parts when zero parts carry no rounding (§9.2): with one non-zero part the figure is a
 * copy and must match exactly; otherwise the tolerance counts the non-zero parts. Null when there is no part.
 */
export function sumOrCopy(total: Operand, parts: readonly Operand[]): SumCheck | null {
  const nonZero = parts.filter((p) => p.value !== 0);
  if (nonZero.length >= 2) return { total, parts: nonZero };
  const single = nonZero[0] ?? parts[0];
  return single ? { total, parts: [single], exact: true } : null;
}

/** Check and report {@link sumOrCopy}; returns false when reported. */
export function checkSumOrCopy<Id extends string>(
  ctx: RuleContext<Id>,
  ids: { readonly sum: Id; readonly copy: Id },
  total: Operand,
  parts: readonly Operand[],
): boolean {
  const c = sumOrCopy(total, parts);
  const single = c?.parts[0];
  if (!c || !single) return true;
  return c.exact ? checkCopy(ctx, ids.copy, total, single) : checkSum(ctx, ids.sum, c);
}

/** Data for a "part ≤ whole" message: lhs/rhs described with their tables, and the excess. */
function atMostData(part: Operand, whole: Operand): { lhs: string; rhs: string; gap: string } {
  return {
    lhs: describe(part, true),
    rhs: describe(whole, true),
    gap: formatHundredths((part.value ?? 0) - (whole.value ?? 0)),
  };
}

/** Report part > whole (both single printed figures, so no tolerance); returns false when reported. */
export function checkAtMost<Id extends string>(
  ctx: RuleContext<Id>,
  messageId: Id,
  part: Operand,
  whole: Operand,
): boolean {
  if (part.value === null || whole.value === null || part.value <= whole.value) return true;
  ctx.report({
    messageId,
    data: atMostData(part, whole),
    expected: { amount: whole.value },
    actual: { amount: part.value },
    locations: [at(ctx, part), at(ctx, whole)],
  });
  return false;
}

/** Σ of the values of operands (text cells count as 0; callers skip those first). */
export function total(ops: readonly Operand[]): number {
  return sumHundredths(ops.map((o) => o.value ?? 0));
}

// ---- 科目 rows across two tables ----

/** Code → row for the coded rows of a table (first print wins). */
export function rowsByCode(t: Table): Map<string, Row> {
  const map = new Map<string, Row>();
  for (const r of codedRows(t)) if (r.code !== null && !map.has(r.code)) map.set(r.code, r);
  return map;
}

/** The 合计 row and every coded row, each with its code (null for 合计). */
export function subjectRows(t: Table): { code: string | null; row: Row }[] {
  const tot = totalRow(t);
  return [
    ...(tot ? [{ code: null, row: tot }] : []),
    ...codedRows(t).map((row) => ({ code: row.code, row })),
  ];
}

/**
 * Keep only the deepest problems of a 科目 tree: a problem at a code is dropped when one of its descendants
 * (a longer code starting with it) also has one; a problem at 合计 (code null) is dropped when any 科目 has one.
 */
export function deepestOnly<T extends { readonly code: string | null }>(items: readonly T[]): T[] {
  return items.filter(
    (it) =>
      !items.some(
        (other) =>
          other !== it &&
          other.code !== null &&
          (it.code === null || (other.code.length > it.code.length && other.code.startsWith(it.code))),
      ),
  );
}

/** The name of a 类 line or row without ordinal and trailing 支出, for matching 01/04 lines to detail rows. */
export function className(label: string): string {
  return norm(label)
    .replace(/[（(]类[)）]$/, '')
    .replace(/支出$/, '');
}

/** The value of a cell of a row (blank = 0), or null. */
export function valueAt(row: Row | undefined, key: string): number | null {
  return valueOf(cellByKey(row, key));
}

/**
 * Each 类 line of a summary table (01 or 04, expenditure side) against the 类 row of a detail table (03 or 05):
 * copies of one figure, and a 类 with money on one side but not listed on the other. Skipped when the detail table
 * lists no 科目 at all (I-19 reports that table).
 */
export function compareClassLines<Id extends string>(
  ctx: RuleContext<Id>,
  ids: { readonly copy: Id; readonly absent: Id },
  summary: { readonly table: Table; readonly key: string },
  detail: { readonly table: Table; readonly key: string },
): void {
  if (!listsSubjects(detail.table)) return;
  const lines = classLines(summary.table);
  const matched = new Set<Row>();
  for (const row of classRows(detail.table)) {
    const d = operand(detail.table, row, detail.key);
    if (!d) continue;
    const line = lines.find(
      (l) => !matched.has(l) && (l.classCode === row.code || className(l.label) === className(row.label)),
    );
    if (line) matched.add(line);
    const s = operand(summary.table, line, summary.key);
    if (s) checkCopy(ctx, ids.copy, s, d);
    else if (d.value !== null && d.value !== 0) reportAbsent(ctx, ids.absent, d, summary.table);
  }
  for (const line of lines) {
    if (matched.has(line)) continue;
    const s = operand(summary.table, line, summary.key);
    if (s && s.value !== null && s.value !== 0) reportAbsent(ctx, ids.absent, s, detail.table);
  }
}

/** A figure whose 科目 is not listed in the other table (counted there as 0). */
export function reportAbsent<Id extends string>(
  ctx: RuleContext<Id>,
  messageId: Id,
  op: Operand,
  other: Table,
): void {
  ctx.report({
    messageId,
    data: { lhs: describe(op, true), other: tableName(other) },
    expected: { amount: 0 },
    actual: { amount: op.value ?? 0 },
    locations: [at(ctx, op), ctx.tableAt(other)],
  });
}

/**
 * X-09/X-10: the 04 fund column, income line and 年初 sub-row against the fund table's 合计 row (本年收入, 年初,
 * 本年支出, 年末), each a copy of one figure. Skipped when the fund table says it is empty or shows no figure
 * (X-18 owns those).
 */
export function checkFundTable<Id extends string>(
  doc: Disclosure,
  ctx: RuleContext<Id>,
  messageId: Id,
  fund: Exclude<Fund, 'general'>,
): void {
  const t04 = finalTable(doc, 'fiscal-summary');
  const tf = finalTable(doc, FUND_TABLE[fund]);
  if (!t04 || !tf || declaredOrBlank(tf)) return;
  const tot = totalRow(tf);
  if (!tot) return;
  const pairs: readonly (readonly [Row | undefined, string, string])[] = [
    [incomeFundLine(t04, fund), 'amount', 'income'],
    [openingFundRow(t04, fund), 'amount', 'opening'],
    [findLine(t04, 'expenditure', EXPENDITURE_TOTAL), fund, 'total'],
    [findLine(t04, 'expenditure', CLOSING), fund, 'closing'],
  ];
  for (const [row, key04, keyF] of pairs) {
    const a = operand(t04, row, key04);
    const b = operand(tf, tot, keyF);
    if (a && b) checkCopy(ctx, messageId, a, b);
  }
}

// ---- part ≤ whole over 科目 rows (X-12, X-14) ----

export interface AtMostProblem {
  readonly code: string | null;
  readonly part: Operand;
  /** null: the 科目 is not listed in the whole's table. */
  readonly whole: Operand | null;
}

/**
 * A part > whole problem, or null. `whole` is undefined when the 科目 is not listed in the whole's table (a
 * non-zero part is then a problem) and null when the row is listed but the cell is missing (skipped).
 */
export function atMostProblem(
  code: string | null,
  part: Operand | null,
  whole: Operand | null | undefined,
): AtMostProblem | null {
  if (!part || part.value === null || part.value <= 0) return null;
  if (whole === undefined) return { code, part, whole: null };
  if (!whole || whole.value === null || part.value <= whole.value) return null;
  return { code, part, whole };
}

/** Report the deepest of the problems (one per nested chain): `exceeds` or `absent` (科目 not listed). */
export function reportAtMost<Id extends string>(
  ctx: RuleContext<Id>,
  ids: { readonly exceeds: Id; readonly absent: Id },
  problems: readonly (AtMostProblem | null)[],
  wholeTable: Table,
): void {
  for (const p of deepestOnly(problems.filter((x) => x !== null))) {
    if (p.whole) checkAtMost(ctx, ids.exceeds, p.part, p.whole);
    else reportAbsent(ctx, ids.absent, p.part, wholeTable);
  }
}

// ---- empty-table statements (X-18, X-19) ----

/**
 * A table that says "本表无数据" but prints non-zero figures: one finding naming up to three of them, located at
 * the first figure and at the statement.
 */
export function reportFiguresUnderStatement<Id extends string>(
  ctx: RuleContext<Id>,
  messageId: Id,
  t: Table,
  figures: readonly Operand[],
  name: (op: Operand, index: number) => string,
): void {
  const first = figures[0];
  if (!first || !t.emptyStatement) return;
  const shown = figures.slice(0, 3).map(name).join('、');
  ctx.report({
    messageId,
    data: { table: tableName(t), figures: figures.length > 3 ? `${shown} 等 ${figures.length} 处` : shown },
    expected: { amount: 0 },
    actual: { amount: first.value ?? 0 },
    locations: [at(ctx, first), noteAt(ctx, t, t.emptyStatement), ...figures.slice(1).map((o) => at(ctx, o))],
  });
}

/** The non-zero figures among operands (text cells skipped). */
export function nonZero(ops: readonly (Operand | null)[]): Operand[] {
  return ops.filter((o): o is Operand => o !== null && o.value !== null && o.value !== 0);
}

/** Every amount cell of a row, as operands. */
export function rowOperands(t: Table, row: Row): (Operand | null)[] {
  return row.cells.map((c) => (c.key === null ? null : operand(t, row, c.key)));
}
