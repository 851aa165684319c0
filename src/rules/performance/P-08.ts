import { attainment, parseIndicatorValue } from '../../perf/indicator.ts';
import { cmp } from '../../perf/rational.ts';
import { indicatorName, numberOf, perfName, indicatorRows } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-08',
    title: '未完成的量化指标须说明偏差原因',
    group: 'performance',
    severity: 'warning',
    formula:
      '年度指标值与实际完成值同为数量（单位相同）或日期，且按指标值的方向（≥、≤、=、>、<）未达到 ⇒ 偏差原因分析及改进措施不为空',
    rationale:
      '未达到年度指标值时，自评表要求写明偏差原因和改进措施。只比较能精确判断的数量和日期：单位不同、没有方向符号或定性表述不作判断。已扣分且未写原因的由 P-09 报告。',
    references: ['rules.md P-08', 'performance-eval.md §2（Indicator values）'],
    messages: {
      missingReason:
        '{{table}} 指标“{{indicator}}”年度指标值 {{target}}，实际完成值 {{actual}}，未达到指标值，但未填写偏差原因分析及改进措施',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      for (const r of indicatorRows(p)) {
        if (r.deviationReason.trim() !== '') continue;
        const verdict = attainment(parseIndicatorValue(r.target), parseIndicatorValue(r.actual));
        if (verdict.verdict !== 'unmet' || verdict.basis === 'qualitative') continue;
        const score = numberOf(r.score);
        const weight = numberOf(r.weight);
        if (score && weight && cmp(score, weight) < 0) continue; // P-09 reports the deducted row
        const name = indicatorName(r);
        ctx.report({
          messageId: 'missingReason',
          data: { table: perfName(p), indicator: name, target: r.target, actual: r.actual },
          locations: [perfAt(doc, p, r.at, name, '偏差原因分析及改进措施')],
        });
      }
    }
  },
});
