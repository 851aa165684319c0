/**
 * The 决算 a 自评表 or a 自评报告 is compared with (P-13 … P-18): the document's own nine tables and 情况说明, or —
 * for a stand-alone 绩效自评报告 checked together with the same department's 决算 of the same year — the companion's.
 * Figures taken from the companion are named with its file in messages and not located (their lines are in the
 * other file).
 */
import type { Disclosure, TableKind } from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';
import { tableOfKind } from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import { describe, operand, type Operand } from '../helpers.ts';
import { findLine, EXPENDITURE_TOTAL } from '../summary-rows.ts';
import { totalFigure } from '../narrative/table-figures.ts';

const fileName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

const isAccounts = (d: Disclosure): boolean =>
  (d.meta.kind === 'final-accounts' || d.meta.kind === 'unit-final-accounts') && d.tables.length > 0;

export interface Accounts {
  readonly doc: Disclosure;
  /** The figures are in the audited document itself (false: in the companion 决算). */
  readonly own: boolean;
}

/** The 决算 whose tables the audited document's 自评表 and report figures are compared with, if any. */
export function accountsOf(doc: Disclosure, ctx: RuleContext): Accounts | null {
  if (isAccounts(doc)) return { doc, own: true };
  if (ctx.companion && isAccounts(ctx.companion)) return { doc: ctx.companion, own: false };
  return null;
}

export function tableOf(acc: Accounts, kind: TableKind): ReturnType<typeof tableOfKind> {
  return tableOfKind(acc.doc, kind);
}

/** "05表 合计·项目支出 132.97", prefixed with the companion's file name when the figure is there. */
export function figureName(acc: Accounts, op: Operand): string {
  const text = describe(op, true);
  return acc.own ? text : `另附决算《${fileName(acc.doc.source.file)}》${text}`;
}

/** The figure's cell as a location, when it is in the audited document. */
export function figureAt(ctx: RuleContext, acc: Accounts, op: Operand): Location[] {
  return acc.own ? [ctx.cellAt(op.table, op.row, op.cell)] : [];
}

/** The spending totals of the three scopes: 04表 本年支出合计 (财政拨款), 05表 合计 (一般公共预算), 03表 本年支出合计 (全部资金). */
export function spendingTotals(acc: Accounts): { scope: string; op: Operand }[] {
  const t04 = tableOf(acc, 'fiscal-summary');
  const out: { scope: string; op: Operand | null }[] = [
    {
      scope: '财政拨款',
      op: t04 ? operand(t04, findLine(t04, 'expenditure', EXPENDITURE_TOTAL), 'total') : null,
    },
    { scope: '一般公共预算财政拨款', op: totalFigure(tableOf(acc, 'general-budget-expenditure'), 'total') },
    { scope: '全部资金', op: totalFigure(tableOf(acc, 'expenditure'), 'total') },
  ];
  return out.flatMap((x) => (x.op?.value != null ? [{ scope: x.scope, op: x.op }] : []));
}
