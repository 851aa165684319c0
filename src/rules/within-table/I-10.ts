import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { rowsOfSide, tableOfKind } from '../../model/query.ts';
import { FUNDS } from './t04.ts';

export default defineRule({
  meta: {
    id: 'I-10',
    title: '财政拨款收入支出决算总表支出方各行合计等于三本预算之和',
    group: 'within-table',
    severity: 'error',
    formula:
      '04表 支出方每行 合计 = 一般公共预算财政拨款 + 政府性基金预算财政拨款 + 国有资本经营预算财政拨款',
    rationale: '支出方逐行按资金来源分列，三列之和即该行合计。',
    references: ['rules.md I-10'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'fiscal-summary');
    if (!t) return;
    for (const row of rowsOfSide(t, 'expenditure')) {
      const total = operand(t, row, 'total');
      const parts = FUNDS.map((f) => operand(t, row, f)).filter((o) => o !== null);
      if (total && parts.length > 0) checkSum(ctx, 'mismatch', { total, parts });
    }
  },
});
