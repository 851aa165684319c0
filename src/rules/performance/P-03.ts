import { budgetExecutionScore, executionRate } from '../../perf/score.ts';
import {
  add,
  cmp,
  div,
  HUNDRED,
  halfUnit,
  max,
  mul,
  ONE,
  rat,
  sub,
  ZERO,
  type Rational,
} from '../../perf/rational.ts';
import { moneyRow, numberOf, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { halfOf, perfAt, print, printedPercent, shown } from './shared.ts';

/** Half a hundredth: the interval of a printed 2-decimal amount. */
const HALF_CENT = rat(1, 200);

/** The 执行率 range (fractions) of printed 执行数 and 预算数, each ± 0.005. */
function rateRange(executed: Rational, budget: Rational): [Rational, Rational] | null {
  const blo = sub(budget, HALF_CENT);
  if (cmp(blo, ZERO) <= 0) return null;
  const elo = max(sub(executed, HALF_CENT), ZERO);
  return [div(elo, add(budget, HALF_CENT)), div(add(executed, HALF_CENT), blo)];
}

export default defineRule({
  meta: {
    id: 'P-03',
    title: '绩效自评表预算执行得分',
    group: 'performance',
    severity: 'error',
    formula: '预算执行 得分 = 分值 × min(执行率, 100%)；得分 ≤ 分值',
    rationale:
      '自评表表头写明“得分（分值×执行率）”。执行率取执行数与预算数复算的区间或表中打印的执行率，得分按其打印精度允许半个末位单位的差。执行率超过 100% 时按 100% 计（该上限为通行做法，未见湖南原文）。',
    references: ['rules.md P-03', 'performance-eval.md §2'],
    messages: {
      mismatch:
        '{{table}} 预算执行得分 {{actual}} ≠ 分值 {{weight}} × 执行率 {{rate}} = {{expected}}{{capped}}',
      overCap: '{{table}} 预算执行得分 {{actual}} 超过分值 {{weight}}{{note}}',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const row = moneyRow(p, 'total');
      if (!row) continue;
      const weight = numberOf(row.weight);
      const score = numberOf(row.score);
      if (!weight || !score || !row.score) continue;
      const locations = [
        perfAt(doc, p, row.score.at, '资金情况·合计', '得分'),
        perfAt(doc, p, row.weight?.at, '资金情况·合计', '分值'),
        ...(row.rate?.kind === 'number' ? [perfAt(doc, p, row.rate.at, '资金情况·合计', '执行率')] : []),
      ];
      const executed = numberOf(row.executed);
      const budget = numberOf(row.adjustedBudget);
      const exactRate = executed && budget ? executionRate(executed, budget) : null;
      const pct = printedPercent(row.rate);
      const printedRate = pct ? div(pct.value, HUNDRED) : null;
      const rate = exactRate ?? printedRate;
      const base = { table: perfName(p), weight: shown(row.weight) };
      if (cmp(score, weight) > 0) {
        ctx.report({
          messageId: 'overCap',
          data: {
            ...base,
            note: rate && cmp(rate, ONE) > 0 ? '（执行率超过 100% 时按 100% 计，得分以分值为限）' : '',
          },
          expected: { text: shown(row.weight) },
          actual: { text: shown(row.score) },
          locations,
        });
        continue;
      }
      if (!rate) continue;
      // Accept any score from a rate inside the recomputed interval or the printed rate's interval.
      const ranges: [Rational, Rational][] = [];
      const r = executed && budget ? rateRange(executed, budget) : null;
      if (r) ranges.push(r);
      if (pct) {
        const half = div(halfUnit(pct.decimals), HUNDRED);
        ranges.push([sub(printedRate ?? ZERO, half), add(printedRate ?? ZERO, half)]);
      }
      const tol = halfOf(row.score);
      const ok = ranges.some(([lo, hi]) => {
        const sLo = budgetExecutionScore(weight, lo);
        const sHi = budgetExecutionScore(weight, hi);
        return cmp(score, sub(sLo, tol)) >= 0 && cmp(score, add(sHi, tol)) <= 0;
      });
      if (ok) continue;
      const expected = budgetExecutionScore(weight, rate);
      ctx.report({
        messageId: 'mismatch',
        data: {
          ...base,
          rate: pct && !exactRate ? shown(row.rate) : `${print(mul(rate, HUNDRED))}%`,
          expected: print(expected),
          capped: cmp(rate, ONE) > 0 ? '（执行率超过 100% 按 100% 计）' : '',
        },
        expected: { text: print(expected) },
        actual: { text: shown(row.score) },
        locations,
      });
    }
  },
});
