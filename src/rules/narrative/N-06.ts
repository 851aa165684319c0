import { defineRule } from '../define-rule.ts';
import { tableOfKind } from '../../model/query.ts';
import { checkBreakdown } from './breakdown.ts';
import { narrativeSections } from './claims.ts';
import { QUOTE_MESSAGES } from './compare.ts';
import { INCOME_SOURCES, totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-06',
    title: '收入决算情况说明与收入决算表一致（金额与占比）',
    group: 'narrative',
    severity: 'error',
    formula: '【收入】本年收入合计 = 02表 合计；各来源金额 = 02表 合计行对应列；占比 = 来源 ÷ 本年收入合计',
    rationale: '收入说明逐项复述收入决算表合计行，并计算各来源占比。',
    references: ['rules.md N-06', 'narrative.md §2.2'],
    messages: { ...QUOTE_MESSAGES },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('income');
    const t = tableOfKind(doc, 'income');
    if (!section || !t) return;
    checkBreakdown(ctx, section, t, INCOME_SOURCES, totalFigure(t, 'total'));
  },
});
