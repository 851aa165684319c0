import { defineRule } from '../define-rule.ts';
import { tableOfKind } from '../../model/query.ts';
import { checkBreakdown } from './breakdown.ts';
import { narrativeSections } from './claims.ts';
import { QUOTE_MESSAGES } from './compare.ts';
import { EXPENDITURE_PARTS, totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-07',
    title: '支出决算情况说明与支出决算表一致（金额与占比）',
    group: 'narrative',
    severity: 'error',
    formula:
      '【支出】本年支出合计 = 03表 合计；基本/项目/上缴上级/经营/对附属单位补助支出 = 03表 合计行对应列；占比分母为本年支出合计',
    rationale: '支出说明逐项复述支出决算表合计行，并计算各部分占比。',
    references: ['rules.md N-07', 'narrative.md §2.3'],
    messages: { ...QUOTE_MESSAGES },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('expenditure');
    const t = tableOfKind(doc, 'expenditure');
    if (!section || !t) return;
    checkBreakdown(ctx, section, t, EXPENDITURE_PARTS, totalFigure(t, 'total'));
  },
});
