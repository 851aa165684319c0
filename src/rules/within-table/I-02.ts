import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { findLine, GRAND_TOTAL, INCOME_TOTAL, NON_FISCAL_BALANCE, OPENING } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'I-02',
    title: '收入支出决算总表收入总计等于本年收入合计加结余和结转',
    group: 'within-table',
    severity: 'error',
    formula: '01表 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
    rationale: '收入方总计由本年收入和以前年度资金构成，三者之和必须等于总计。',
    references: ['rules.md I-02'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!t) return;
    const total = operand(t, findLine(t, 'income', GRAND_TOTAL), 'amount');
    const income = operand(t, findLine(t, 'income', INCOME_TOTAL), 'amount');
    if (!total || !income) return;
    const extra = [findLine(t, 'income', NON_FISCAL_BALANCE), findLine(t, 'income', OPENING)]
      .map((r) => operand(t, r, 'amount'))
      .filter((o) => o !== null);
    checkSum(ctx, 'mismatch', { total, parts: [income, ...extra] });
  },
});
