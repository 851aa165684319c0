import { attainment, parseIndicatorValue } from '../../perf/indicator.ts';
import { cmp } from '../../perf/rational.ts';
import { quantitativeScore } from '../../perf/score.ts';
import { indicatorName, numberOf, perfName, indicatorRows } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, print, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-10',
    title: '指标得分与完成情况一致',
    group: 'performance',
    severity: 'warning',
    formula:
      '量化或日期指标：已达到指标值却扣分 → 提示；未达到指标值却得满分 → 警告（正向 得分 = 分值 × 实际/目标，反向 得分 = 分值 × 目标/实际，均以分值为限）',
    rationale:
      '得分应反映指标完成程度。只对能精确判断是否达到的数量和日期指标作比较；定性指标的评分档次各地规定不一，不作判断。',
    references: ['rules.md P-10', 'performance-eval.md §2（正向/反向指标）'],
    messages: {
      metDeducted:
        '{{table}} 指标“{{indicator}}”年度指标值 {{target}}，实际完成值 {{actualValue}}，已达到指标值，得分 {{score}} 却低于分值 {{weight}}',
      unmetFull:
        '{{table}} 指标“{{indicator}}”年度指标值 {{target}}，实际完成值 {{actualValue}}，未达到指标值却得满分 {{weight}}{{suggested}}',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      for (const r of indicatorRows(p)) {
        const score = numberOf(r.score);
        const weight = numberOf(r.weight);
        if (!score || !weight || !r.score) continue;
        const target = parseIndicatorValue(r.target);
        const actual = parseIndicatorValue(r.actual);
        const verdict = attainment(target, actual);
        if (verdict.basis !== 'quantity' && verdict.basis !== 'date') continue;
        const name = indicatorName(r);
        const data = {
          table: perfName(p),
          indicator: name,
          target: r.target,
          actualValue: r.actual,
          score: shown(r.score),
          weight: shown(r.weight),
        };
        const locations = [
          perfAt(doc, p, r.score.at, name, '得分'),
          perfAt(doc, p, r.at, name, '实际完成值'),
        ];
        if (verdict.verdict === 'met' && cmp(score, weight) < 0) {
          ctx.report({
            messageId: 'metDeducted',
            severity: 'note',
            data,
            expected: { text: shown(r.weight) },
            actual: { text: shown(r.score) },
            locations,
          });
        } else if (verdict.verdict === 'unmet' && cmp(score, weight) >= 0) {
          const q = quantitativeScore(target, actual, weight);
          ctx.report({
            messageId: 'unmetFull',
            data: { ...data, suggested: q ? `；按完成比例应为 ${print(q)} 分` : '' },
            ...(q ? { expected: { text: print(q) } } : {}),
            actual: { text: shown(r.score) },
            locations,
          });
        }
      }
    }
  },
});
