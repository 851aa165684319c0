import { defineRule } from '../define-rule.ts';
import { checkSum, COPY_MESSAGE, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { fundOf, t04Lines } from './t04.ts';

export default defineRule({
  meta: {
    id: 'I-12',
    title: '财政拨款收入支出决算总表收支平衡（总计及分资金）',
    group: 'within-table',
    severity: 'error',
    formula: '04表 收入总计 = 支出总计（合计列）；每本预算：收入行 + 年初结转子行 = 该资金列总计',
    rationale: '财政拨款收支总表两方平衡，且每本预算自身收支平衡。',
    references: ['rules.md I-12'],
    messages: { copy: COPY_MESSAGE, mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'fiscal-summary');
    if (!t) return;
    const l = t04Lines(t);
    const incomeGrand = operand(t, l.incomeGrand, 'amount');
    const spendGrand = operand(t, l.spendGrand, 'total');
    if (incomeGrand && spendGrand)
      checkSum(ctx, 'copy', { total: incomeGrand, parts: [spendGrand], exact: true });
    for (const line of l.fundLines) {
      const fund = fundOf(line.label);
      if (!fund) continue;
      const total = operand(t, l.spendGrand, fund);
      const income = operand(t, line, 'amount');
      const sub = l.openingSubs.find((r) => fundOf(r.label) === fund);
      const opening = operand(t, sub, 'amount');
      if (total && income)
        checkSum(ctx, 'mismatch', { total, parts: opening ? [income, opening] : [income] });
    }
  },
});
