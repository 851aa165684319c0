import { defineRule } from '../define-rule.ts';
import { operand } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { findLine, GRAND_TOTAL } from '../summary-rows.ts';
import { amountsIn, narrativeSections, sentencesOf } from './claims.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';

export default defineRule({
  meta: {
    id: 'N-01',
    title: '总体情况说明的收入总计、支出总计与收支总表一致',
    group: 'narrative',
    severity: 'error',
    formula: '情况说明【总体】收入总计 / 支出总计 / 收、支总计 = 01表 总计',
    rationale: '总体情况说明开篇复述收支总表的总计，必须与表中数字完全相同。',
    references: ['rules.md N-01', 'narrative.md §2.1'],
    messages: { quote: QUOTE_MESSAGES.quote, quoteRounded: QUOTE_MESSAGES.quoteRounded },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('overall');
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!section || !t) return;
    const income = operand(t, findLine(t, 'income', GRAND_TOTAL), 'amount');
    const spent = operand(t, findLine(t, 'expenditure', GRAND_TOTAL), 'amount');
    for (const s of sentencesOf(section)) {
      for (const a of amountsIn(s.text)) {
        if (/财政拨款/.test(a.label)) continue;
        if (/(收入支出|收、?支)总计$/.test(a.label)) {
          // One figure for both sides: it must equal at least one printed 总计 (a table whose two sides differ
          // is reported by I-05).
          const sides = [income, spent].filter((o) => o !== null);
          if (sides.some((o) => o.value === a.value)) continue;
          const first = sides[0];
          if (first) checkQuote(ctx, s, a, first);
        } else if (/收入总计$/.test(a.label) && income) checkQuote(ctx, s, a, income);
        else if (/支出总计$/.test(a.label) && spent) checkQuote(ctx, s, a, spent);
      }
    }
  },
});
