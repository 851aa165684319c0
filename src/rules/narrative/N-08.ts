import { defineRule } from '../define-rule.ts';
import { amountsIn, narrativeSections, sentencesOf } from './claims.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';
import { fiscalGrandTotal } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-08',
    title: '财政拨款收入支出决算总体情况说明与财政拨款收支总表一致',
    group: 'narrative',
    severity: 'error',
    formula: '【财拨】财政拨款收、支总计 = 04表 总计（不得引用 01表 总计）',
    rationale: '财政拨款总计只含三本预算财政拨款，与收支总表总计口径不同。',
    references: ['rules.md N-08', 'narrative.md §2.4'],
    messages: { quote: QUOTE_MESSAGES.quote, quoteRounded: QUOTE_MESSAGES.quoteRounded },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('fiscal');
    const total = fiscalGrandTotal(doc);
    if (!section || !total) return;
    for (const s of sentencesOf(section)) {
      const a = amountsIn(s.text).find((x) => /总计$/.test(x.label));
      if (a) checkQuote(ctx, s, a, total);
    }
  },
});
