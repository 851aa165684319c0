import { perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-12',
    title: '绩效自评表年度总体目标',
    group: 'performance',
    severity: 'warning',
    formula: '年度总体目标：预期目标与实际完成情况均须填写',
    rationale: '年度总体目标是评价的依据；只写目标不写完成情况（或相反），读者无法判断目标是否实现。',
    references: ['rules.md P-12', 'performance-eval.md §1.1'],
    messages: {
      empty: '{{table}} 年度总体目标的“{{missing}}”未填写',
      missing: '{{table}} 没有“年度总体目标”（预期目标与实际完成情况）',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      if (p.indicators.length === 0 && p.money.length === 0) continue; // not a 自评表 layout we read
      if (!p.objective) {
        ctx.report({
          messageId: 'missing',
          data: { table: perfName(p) },
          locations: [perfAt(doc, p, p.at, '年度总体目标')],
        });
        continue;
      }
      const missing = [
        p.objective.planned.trim() === '' ? '预期目标' : null,
        p.objective.achieved.trim() === '' ? '实际完成情况' : null,
      ].filter((x): x is string => x !== null);
      if (missing.length === 0) continue;
      ctx.report({
        messageId: 'empty',
        data: { table: perfName(p), missing: missing.join('”和“') },
        locations: [perfAt(doc, p, p.at, '年度总体目标', missing[0] ?? null)],
      });
    }
  },
});
