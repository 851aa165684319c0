import { cmp, ZERO } from '../../perf/rational.ts';
import { indicatorName, numberOf, perfName, indicatorRows } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-04',
    title: '绩效指标得分不超过分值',
    group: 'performance',
    severity: 'error',
    formula: '每个三级指标：0 ≤ 得分 ≤ 分值',
    rationale: '指标得分按完成程度在 0 与该指标分值之间评定；超过分值或为负数都会使总分失真。',
    references: ['rules.md P-04'],
    messages: {
      overWeight: '{{table}} 指标“{{indicator}}”得分 {{actual}} 超过分值 {{expected}}',
      negative: '{{table}} 指标“{{indicator}}”得分 {{actual}} 为负数',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      for (const r of indicatorRows(p)) {
        const score = numberOf(r.score);
        if (!score || !r.score) continue;
        const weight = numberOf(r.weight);
        const name = indicatorName(r);
        const locations = [
          perfAt(doc, p, r.score.at, name, '得分'),
          perfAt(doc, p, r.weight?.at ?? r.at, name, '分值'),
        ];
        const data = { table: perfName(p), indicator: name };
        if (cmp(score, ZERO) < 0) {
          ctx.report({ messageId: 'negative', data, actual: { text: shown(r.score) }, locations });
        } else if (weight && cmp(score, weight) > 0) {
          ctx.report({
            messageId: 'overWeight',
            data,
            expected: { text: shown(r.weight) },
            actual: { text: shown(r.score) },
            locations,
          });
        }
      }
    }
  },
});
