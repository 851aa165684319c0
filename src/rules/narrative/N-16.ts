import { defineRule } from '../define-rule.ts';
import { tableOfKind } from '../../model/query.ts';
import { operand } from '../helpers.ts';
import { amountsIn, narrativeSections, paragraphsOf } from './claims.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';
import { threePublicRef } from './three-public.ts';

export default defineRule({
  meta: {
    id: 'N-16',
    title: '“三公”经费说明的预算数、决算数与“三公”表一致',
    group: 'narrative',
    severity: 'error',
    formula:
      '【三公】合计及因公出国（境）费、公务用车购置及运行（维护）费（购置费、运行维护费）、公务接待费的预算数、决算数 = 三公表对应栏',
    rationale: '“三公”经费说明逐项复述三公表的预算数和决算数，是公开检查的必查项。',
    references: ['rules.md N-16', 'narrative.md §2.7'],
    messages: { quote: QUOTE_MESSAGES.quote, quoteRounded: QUOTE_MESSAGES.quoteRounded },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('threePublic');
    const t = tableOfKind(doc, 'three-public');
    const row = t?.rows[0];
    if (!section || !t) return;
    for (const p of paragraphsOf(section)) {
      for (const a of amountsIn(p.text)) {
        if (a.unit !== '万元' || /(增加|减少|增长|下降|上升|降低)$/.test(a.label)) continue;
        const ref = threePublicRef(p.text, a);
        if (!ref) continue;
        // An empty 三公 table (no data row, C-04/X-19 own it) means every figure is 0.
        if (!row) continue;
        const op = operand(t, row, ref.key);
        if (op) checkQuote(ctx, p, a, op);
      }
    }
  },
});
