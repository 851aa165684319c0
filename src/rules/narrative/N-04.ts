import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { allNarrativeParagraphs, budgetPairsIn, sentenceLocation, type BudgetRelation } from './claims.ts';

const WORDS: Record<BudgetRelation, string> = { above: '大于', below: '小于', equal: '等于' };

export default defineRule({
  meta: {
    id: 'N-04',
    title: '决算与预算的大小关系用词正确',
    group: 'narrative',
    severity: 'error',
    formula: '“决算数大于/小于/与预算数一致” 与 决算 − 预算 的符号一致',
    rationale: '说明中“大于”“小于”“一致”是对前面两个数字的判断，必须与数字相符。',
    references: ['rules.md N-04'],
    messages: {
      relation:
        '“{{section}}” 预算 {{budget}}万元、决算 {{actual}}万元，决算{{truth}}预算，文中却写“{{text}}”',
    },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      for (const pair of budgetPairsIn(p.text)) {
        if (!pair.relation) continue;
        const d = pair.actual.value - pair.budget.value;
        const truth: BudgetRelation = d > 0 ? 'above' : d < 0 ? 'below' : 'equal';
        if (truth === pair.relation.word) continue;
        ctx.report({
          messageId: 'relation',
          data: {
            section: p.section.heading,
            budget: formatHundredths(pair.budget.value),
            actual: formatHundredths(pair.actual.value),
            truth: WORDS[truth],
            text: pair.relation.text,
          },
          locations: [sentenceLocation(p, pair.relation.start)],
        });
      }
    }
  },
});
