import { defineRule } from '../define-rule.ts';
import { checkSum, operand } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { fundOf, FUNDS, t04Lines } from '../within-table/t04.ts';

export default defineRule({
  meta: {
    id: 'Y-02',
    title: '本年年初财政拨款结转和结余（分资金）等于上年年末数',
    group: 'cross-year',
    severity: 'warning',
    formula:
      '04表 年初财政拨款结转和结余及其一般公共预算/政府性基金/国有资本经营子行（本年） = 04表 年末财政拨款结转和结余对应列（上年）',
    rationale: '财政拨款结转结余按资金性质逐年结转，本年年初应等于上年年末。',
    references: ['rules.md Y-02'],
    messages: { mismatch: '{{lhs}} 与上年公开文件中的 {{rhs}} 不一致（差 {{gap}}）' },
  },
  check(doc, ctx) {
    const prev = ctx.previous;
    const t = tableOfKind(doc, 'fiscal-summary');
    const p = prev ? tableOfKind(prev, 'fiscal-summary') : undefined;
    if (!t || !p) return;
    const now = t04Lines(t);
    const before = t04Lines(p);
    const total = operand(t, now.opening, 'amount');
    const prevTotal = operand(p, before.closing, 'total');
    if (total && prevTotal) checkSum(ctx, 'mismatch', { total, parts: [prevTotal], exact: true });
    for (const fund of FUNDS) {
      const sub = operand(
        t,
        now.openingSubs.find((r) => fundOf(r.label) === fund),
        'amount',
      );
      const last = operand(p, before.closing, fund);
      if (sub && last) checkSum(ctx, 'mismatch', { total: sub, parts: [last], exact: true });
    }
  },
});
