import { add, cmp, halfUnit, HUNDRED, sum, ZERO } from '../../perf/rational.ts';
import { rescaledTotal, type ScoredItem } from '../../perf/score.ts';
import {
  indicatorName,
  isNotApplicable,
  moneyRow,
  numberOf,
  perfName,
  indicatorRows,
} from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { decimalsOf, perfAt, print, shown, within } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-21',
    title: '不适用指标剔除后折算总分',
    group: 'performance',
    severity: 'note',
    formula: '剔除不适用指标后 总分 = Σ得分 ÷ Σ分值 × 100；分值合计不足 100 须在表中标明不适用',
    rationale:
      '个别指标不适用时，通行做法是剔除该指标并把总分折算为百分制，以免因指标缺项拉低等级。折算规则见于部分地区评分办法，湖南原文未见，故只作提示。',
    references: ['rules.md P-21', 'performance-eval.md §2（not applicable）'],
    messages: {
      notRescaled:
        '{{table}} 剔除不适用指标（{{dropped}}）后分值合计 {{weight}} 分，总分 {{actual}} 未折算为百分制：{{score}} ÷ {{weight}} × 100 = {{expected}}',
      unexplained: '{{table}} 各项分值合计 {{weight}} 分，不足 100 分，表中未标明哪些指标不适用',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      if (p.indicators.length === 0) continue;
      const money = moneyRow(p, 'total');
      const items: ScoredItem[] = [];
      if (numberOf(money?.weight))
        items.push({
          weight: numberOf(money?.weight) ?? ZERO,
          score: numberOf(money?.score) ?? ZERO,
          applicable: true,
        });
      const dropped = indicatorRows(p).filter(isNotApplicable);
      for (const r of indicatorRows(p)) {
        const w = numberOf(r.weight);
        if (!w) continue;
        items.push({ weight: w, score: numberOf(r.score) ?? ZERO, applicable: !isNotApplicable(r) });
      }
      const weight = sum(items.filter((i) => i.applicable).map((i) => i.weight));
      if (cmp(weight, ZERO) <= 0 || cmp(weight, HUNDRED) >= 0) continue;
      const total = p.total?.score;
      const t = numberOf(total);
      const score = sum(items.filter((i) => i.applicable).map((i) => i.score));
      const location = perfAt(doc, p, total?.at ?? p.total?.at ?? p.at, '总分', '得分');
      if (dropped.length === 0) {
        // Weights printed as less than 100 without any 不适用 mark; a structure error is P-05's.
        const printedWeight = numberOf(p.total?.weight);
        if (printedWeight && cmp(printedWeight, weight) !== 0) continue;
        ctx.report({
          messageId: 'unexplained',
          data: { table: perfName(p), weight: print(weight) },
          locations: [perfAt(doc, p, p.total?.weight?.at ?? p.total?.at ?? p.at, '总分', '分值')],
        });
        continue;
      }
      const rescaled = rescaledTotal(items);
      if (!t || !total || !rescaled) continue;
      const tol = add(halfUnit(decimalsOf(total)), halfUnit(2));
      if (within(t, rescaled, tol)) continue;
      if (!within(t, score, tol)) continue; // neither sum: P-06 reports it
      ctx.report({
        messageId: 'notRescaled',
        data: {
          table: perfName(p),
          dropped: dropped.map(indicatorName).join('、'),
          weight: print(weight),
          score: print(score),
        },
        expected: { text: print(rescaled) },
        actual: { text: shown(total) },
        locations: [location, ...dropped.map((r) => perfAt(doc, p, r.at, indicatorName(r), '年度指标值'))],
      });
    }
  },
});
