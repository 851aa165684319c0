import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';

export default defineRule({
  meta: {
    id: 'I-18',
    title: '政府性基金表各科目结转结余关系',
    group: 'within-table',
    severity: 'warning',
    formula: '基金表 每个科目行 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出',
    rationale: '科目层面的结转也应平衡；年内调整科目可能造成合理差异，故为警告。',
    references: ['rules.md I-18'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    for (const t of doc.tables.filter((x) => x.kind === 'government-fund' || x.kind === 'state-capital')) {
      for (const row of t.rows.filter((r) => r.code !== null)) {
        const closing = operand(t, row, 'closing');
        const opening = operand(t, row, 'opening');
        const income = operand(t, row, 'income');
        const spent = operand(t, row, 'total');
        if (closing && opening && income && spent) {
          checkSum(ctx, 'mismatch', { total: closing, parts: [opening, income, spent], signs: [1, 1, -1] });
        }
      }
    }
  },
});
