import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { CLOSING, DISTRIBUTION, EXPENDITURE_TOTAL, findLine, GRAND_TOTAL } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'I-04',
    title: '收入支出决算总表支出总计等于本年支出合计加结余分配和年末结转',
    group: 'within-table',
    severity: 'error',
    formula: '01表 支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
    rationale: '支出方总计由本年支出、结余分配和留待以后年度使用的资金构成。',
    references: ['rules.md I-04'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!t) return;
    const total = operand(t, findLine(t, 'expenditure', GRAND_TOTAL), 'amount');
    const spent = operand(t, findLine(t, 'expenditure', EXPENDITURE_TOTAL), 'amount');
    if (!total || !spent) return;
    const extra = [findLine(t, 'expenditure', DISTRIBUTION), findLine(t, 'expenditure', CLOSING)]
      .map((r) => operand(t, r, 'amount'))
      .filter((o) => o !== null);
    checkSum(ctx, 'mismatch', { total, parts: [spent, ...extra] });
  },
});
