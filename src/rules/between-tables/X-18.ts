import { defineRule } from '../define-rule.ts';
import type { Disclosure, Table } from '../../model/document.ts';
import { formatHundredths } from '../../model/amount.ts';
import { hasNoFigures, rowName, rowsOfSide, tableName } from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import { describe, operand, type Operand } from '../helpers.ts';
import { CLOSING, findLine, GRAND_TOTAL, subRowsAfter } from '../summary-rows.ts';
import {
  at,
  finalTable,
  FUND_TABLE,
  incomeFundLine,
  nonZero,
  noteAt,
  openingFundRow,
  reportFiguresUnderStatement,
  rowOperands,
  type Fund,
} from './shared.ts';

type Id = 'statementWithFigures' | 'summaryHasFunds';

const FUND_NAME: Record<Exclude<Fund, 'general'>, string> = {
  govFund: '政府性基金预算财政拨款',
  stateCapital: '国有资本经营预算财政拨款',
};

/** "01表 二、政府性基金预算财政拨款收入 60.00、…" (at most three figures, then a count). */
function listFigures(ops: readonly Operand[]): string {
  const shown = ops.slice(0, 3).map((o) => describe(o, true));
  return ops.length > 3 ? `${shown.join('、')} 等 ${ops.length} 处` : shown.join('、');
}

/** "合计行 本年支出·小计 75.10": the row named once for consecutive figures of one row. */
function cellName(ops: readonly Operand[]): (op: Operand, i: number) => string {
  return (o, i) =>
    `${i === 0 || ops[i - 1]?.row !== o.row ? `${rowName(o.row)}行 ` : ''}${o.cell.column} ${formatHundredths(o.value ?? 0)}`;
}

export default defineRule({
  meta: {
    id: 'X-18',
    title: '政府性基金、国有资本经营空表与总表一致',
    group: 'between-tables',
    severity: 'error',
    formula:
      '基金表无数 ⇔ 01表 二、政府性基金预算财政拨款收入 = 0 且 04表 政府性基金收入行、年初子行及政府性基金列各行 = 0（国资表与 三、国有资本经营… 同理）；注明“本表无数据”的表不得出现非零数字（含合计行）',
    rationale:
      '空的基金表、国资表表示部门当年没有这项资金；总表却列出该项收支或结转结余，或空表说明下仍印有数字，说明有一处填错或照抄了别表数字。',
    references: ['rules.md X-18', 'V33-109', 'V33-122', '部门决算公开表样 01、04表及基金、国资表'],
    messages: {
      statementWithFigures: '{{table}}注明本表无数据，却列有 {{figures}}；注明无数据的表不应出现非零数字',
      summaryHasFunds: '{{table}}{{state}}，但 {{figures}}；{{fund}}收支在总表与{{table}}中应一致',
    },
  },
  check(doc, ctx) {
    for (const fund of ['govFund', 'stateCapital'] as const) checkFund(doc, ctx, fund);
  },
});

function checkFund(doc: Disclosure, ctx: RuleContext<Id>, fund: Exclude<Fund, 'general'>): void {
  const tf = finalTable(doc, FUND_TABLE[fund]);
  if (!tf) return;
  if (!hasNoFigures(tf)) {
    // Figures under a 无数据 statement are reported here; without a statement X-09/X-10 compare them.
    const figures = nonZero(tf.rows.flatMap((r) => rowOperands(tf, r)));
    reportFiguresUnderStatement(ctx, 'statementWithFigures', tf, figures, cellName(figures));
    return;
  }
  const t01 = finalTable(doc, 'income-expenditure-summary');
  const t04 = finalTable(doc, 'fiscal-summary');
  // Only figures the table could show: the Hunan 国资表 prints 本年支出 alone, so unspent income or balances
  // of that fund leave it legitimately empty.
  const keys = new Set(tf.columns.map((c) => c.key));
  const has = { income: keys.has('income'), opening: keys.has('opening'), closing: keys.has('closing') };
  const summary = nonZero([
    ...(has.income && t01 ? [operand(t01, incomeFundLine(t01, fund), 'amount')] : []),
    ...(t04 ? summaryFigures(t04, fund, has) : []),
  ]);
  const first = summary[0];
  if (!first) return;
  ctx.report({
    messageId: 'summaryHasFunds',
    data: {
      table: tableName(tf),
      state: tf.emptyStatement ? '注明本表无数据' : '没有数字',
      figures: listFigures(summary),
      fund: FUND_NAME[fund],
    },
    expected: { amount: 0 },
    actual: { amount: first.value ?? 0 },
    locations: [
      ...summary.map((o) => at(ctx, o)),
      tf.emptyStatement ? noteAt(ctx, tf, tf.emptyStatement) : ctx.tableAt(tf),
    ],
  });
}

/** The 04 figures of a fund that the fund table would repeat: its 本年支出 always, the rest as its columns go. */
function summaryFigures(
  t04: Table,
  fund: Exclude<Fund, 'general'>,
  has: { income: boolean; opening: boolean; closing: boolean },
): (Operand | null)[] {
  const grand = findLine(t04, 'expenditure', GRAND_TOTAL);
  const closing = findLine(t04, 'expenditure', CLOSING);
  // 年末 and the unlabelled rows printed under it (up to 总计) are balances, not 本年支出.
  const balances = new Set(closing ? [closing, ...subRowsAfter(t04, 'expenditure', closing)] : []);
  const rows = rowsOfSide(t04, 'expenditure').filter((r) => r !== grand && (has.closing || !balances.has(r)));
  return [
    ...(has.income ? [operand(t04, incomeFundLine(t04, fund), 'amount')] : []),
    ...(has.opening ? [operand(t04, openingFundRow(t04, fund), 'amount')] : []),
    ...rows.map((r) => operand(t04, r, fund)),
    ...(has.income || has.opening ? [operand(t04, grand, fund)] : []),
  ];
}
