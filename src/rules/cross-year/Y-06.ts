import { defineRule } from '../define-rule.ts';
import { checkSum, operand } from '../helpers.ts';
import { rowByCode, tableOfKind } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'Y-06',
    title: '政府性基金各科目本年年初等于上年年末',
    group: 'cross-year',
    severity: 'warning',
    formula: '基金表 每个科目 年初结转和结余（本年） = 年末结转和结余（上年）',
    rationale: '政府性基金按科目结转；本年年初数应承接上年年末数。',
    references: ['rules.md Y-06'],
    messages: { mismatch: '{{lhs}} 与上年公开文件中的 {{rhs}} 不一致（差 {{gap}}）' },
  },
  check(doc, ctx) {
    const prev = ctx.previous;
    const t = tableOfKind(doc, 'government-fund');
    const p = prev ? tableOfKind(prev, 'government-fund') : undefined;
    if (!t || !p) return;
    for (const row of t.rows.filter((r) => r.code !== null)) {
      const opening = operand(t, row, 'opening');
      const closing = operand(p, rowByCode(p, row.code ?? ''), 'closing');
      if (opening && closing) checkSum(ctx, 'mismatch', { total: opening, parts: [closing], exact: true });
    }
  },
});
