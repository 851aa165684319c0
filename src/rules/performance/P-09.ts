import { cmp } from '../../perf/rational.ts';
import { indicatorName, numberOf, perfName, indicatorRows } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-09',
    title: '扣分的指标须说明偏差原因',
    group: 'performance',
    severity: 'warning',
    formula: '三级指标 得分 < 分值 ⇒ 偏差原因分析及改进措施不为空',
    rationale: '自评扣分说明指标没有完全实现，自评表要求对每个扣分指标写明偏差原因和改进措施。',
    references: ['rules.md P-09'],
    messages: {
      missingReason:
        '{{table}} 指标“{{indicator}}”分值 {{weight}}、得分 {{score}}，已扣分但未填写偏差原因分析及改进措施',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      for (const r of indicatorRows(p)) {
        if (r.deviationReason.trim() !== '') continue;
        const score = numberOf(r.score);
        const weight = numberOf(r.weight);
        if (!score || !weight || cmp(score, weight) >= 0) continue;
        const name = indicatorName(r);
        ctx.report({
          messageId: 'missingReason',
          data: { table: perfName(p), indicator: name, weight: shown(r.weight), score: shown(r.score) },
          locations: [
            perfAt(doc, p, r.at, name, '偏差原因分析及改进措施'),
            perfAt(doc, p, r.score?.at, name, '得分'),
          ],
        });
      }
    }
  },
});
