import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { codedRows, tableOfKind } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-14',
    title: '基本支出决算表各款合计等于其下各项之和',
    group: 'within-table',
    severity: 'error',
    formula: '06表 301/302/303/307/309/310/399 各款 = Σ 其下 5 位经济分类项',
    rationale: '经济分类款级数字是其下各项的汇总。',
    references: ['rules.md I-14'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!t) return;
    const rows = codedRows(t);
    for (const head of rows.filter((r) => r.code?.length === 3)) {
      const items = rows.filter((r) => r.code?.length === 5 && r.code.startsWith(head.code ?? ''));
      const total = operand(t, head, 'amount');
      const parts = items.map((r) => operand(t, r, 'amount')).filter((o) => o !== null);
      if (total && parts.length > 0) checkSum(ctx, 'mismatch', { total, parts });
    }
  },
});
