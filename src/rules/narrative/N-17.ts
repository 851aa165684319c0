import { defineRule } from '../define-rule.ts';
import { tableOfKind } from '../../model/query.ts';
import { operand } from '../helpers.ts';
import { amountsIn, narrativeSections, paragraphsOf, sentenceLocation, shareAfter } from './claims.ts';
import { checkShare, QUOTE_MESSAGES } from './compare.ts';
import { threePublicRef } from './three-public.ts';

export default defineRule({
  meta: {
    id: 'N-17',
    title: '“三公”经费各项占比以决算合计为分母',
    group: 'narrative',
    severity: 'error',
    formula: '【三公】（二）各项占X% = 该项决算 ÷ “三公”经费决算合计；合计为 0 时不写占比',
    rationale: '“三公”经费具体情况按决算合计计算各项占比；合计为 0 时“占0%”没有意义。',
    references: ['rules.md N-17', 'narrative.md §2.7'],
    messages: {
      share: QUOTE_MESSAGES.share,
      zeroTotal: '“{{section}}” “三公”经费决算合计为 0，不应计算占比（本段写了 {{count}} 处“占0%”）',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('threePublic');
    const t = tableOfKind(doc, 'three-public');
    if (!section || !t) return;
    const row = t.rows[0];
    const total = operand(t, row, 'actual.total');
    const totalValue = total?.value ?? (row ? null : 0);
    for (const p of paragraphsOf(section)) {
      const zeros: number[] = [];
      for (const a of amountsIn(p.text)) {
        const pct = shareAfter(p.text, a);
        if (!pct) continue;
        const ref = threePublicRef(p.text, a);
        if (!ref || ref.block !== 'actual' || ref.item === 'total') continue;
        if (totalValue === 0) {
          if (pct.scaled === 0) zeros.push(pct.start);
          continue;
        }
        const op = operand(t, row, ref.key);
        if (!op?.value && op?.value !== 0) continue;
        if (!total?.value) continue;
        checkShare(
          ctx,
          p,
          pct,
          a.label || ref.item,
          { value: op.value, at: ctx.cellAt(t, op.row, op.cell) },
          {
            value: total.value,
            at: ctx.cellAt(t, total.row, total.cell),
          },
        );
      }
      const first = zeros[0];
      if (first !== undefined) {
        ctx.report({
          messageId: 'zeroTotal',
          severity: 'note',
          data: { section: section.heading, count: zeros.length },
          locations: [sentenceLocation(p, first)],
        });
      }
    }
  },
});
