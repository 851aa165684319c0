import { defineRule } from '../define-rule.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';
import { formatHundredths, sumHundredths } from '../../model/amount.ts';
import { tableOfKind } from '../../model/query.ts';
import { budgetPairsIn, narrativeSections, paragraphsOf, sentenceLocation, subsection } from './claims.ts';
import { totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-11',
    title: '一般公共预算财政拨款支出具体情况：总额与各项之和',
    group: 'narrative',
    severity: 'error',
    formula: '【一般公共】（三）支出决算数 = 05表 合计；Σ 各项年初预算 = 总的年初预算；Σ 各项决算 = 总的决算',
    rationale: '具体情况段先给出总的年初预算和决算，再逐项说明；各项加总必须回到总数。',
    references: ['rules.md N-11', 'narrative.md §2.5'],
    messages: {
      ...QUOTE_MESSAGES,
      sum: '“{{section}}” 各项{{what}}合计 {{sum}}万元（{{count}} 项） ≠ 开头所述{{what}} {{total}}万元',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('general');
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    if (!section || !t05) return;
    const part = subsection(section, '三');
    if (!part) return;
    const paragraphs = paragraphsOf(part);
    const pairs = paragraphs.flatMap((p) => budgetPairsIn(p.text).map((pair) => ({ p, pair })));
    const overall = pairs[0];
    if (!overall) return;
    const total = totalFigure(t05, 'total');
    if (total) checkQuote(ctx, overall.p, overall.pair.actual, total);
    const items = pairs.slice(1).filter(({ pair }) => pair.budget.unit === '万元');
    if (items.length === 0) return;
    for (const what of ['budget', 'actual'] as const) {
      const sum = sumHundredths(items.map(({ pair }) => pair[what].value));
      const stated = overall.pair[what].value;
      // Each item was rounded on its own: |gap| ≤ 0.005·(n+1)
      if (2 * Math.abs(sum - stated) <= items.length + 1) continue;
      ctx.report({
        messageId: 'sum',
        data: {
          section: part.heading,
          what: what === 'budget' ? '年初预算' : '决算',
          sum: formatHundredths(sum),
          count: items.length,
          total: formatHundredths(stated),
        },
        expected: { amount: sum },
        actual: { amount: stated },
        locations: [sentenceLocation(overall.p, overall.pair[what].start)],
      });
    }
  },
});
