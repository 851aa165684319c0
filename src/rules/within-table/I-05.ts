import { defineRule } from '../define-rule.ts';
import { checkSum, COPY_MESSAGE, operand } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { findLine, GRAND_TOTAL } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'I-05',
    title: '收入支出决算总表收入总计等于支出总计',
    group: 'within-table',
    severity: 'error',
    formula: '01表 收入总计 = 支出总计',
    rationale: '收支总表两方平衡，同一总数在两方列示，必须完全相同。',
    references: ['rules.md I-05'],
    messages: { mismatch: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!t) return;
    const income = operand(t, findLine(t, 'income', GRAND_TOTAL), 'amount');
    const spent = operand(t, findLine(t, 'expenditure', GRAND_TOTAL), 'amount');
    if (!income || !spent) return;
    checkSum(ctx, 'mismatch', { total: income, parts: [spent], exact: true });
  },
});
