import { add, cmp, HUNDRED, sum, toShort, ZERO, type Rational } from '../../perf/rational.ts';
import {
  indicatorGroups,
  indicatorRows,
  isNotApplicable,
  moneyRow,
  numberOf,
  perfName,
} from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, print, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-05',
    title: '绩效自评表分值结构',
    group: 'performance',
    severity: 'error',
    formula:
      '一级指标标明的分值（如“产出指标（50分）”）= 其下三级指标分值之和；预算执行分值 + 各一级指标分值 = 总分分值（未打印时为 100）',
    rationale:
      '自评表按预算执行 10、产出 50、效益 30、满意度 10 分配分值，合计 100 分。某项分值与结构不符，总分与等级就失去依据。表中标明“不适用”的指标由 P-21 处理，本规则不检查含不适用指标的表。',
    references: ['rules.md P-05', 'performance-eval.md §2（weights）'],
    messages: {
      group:
        '{{table}} 一级指标“{{group}}”标明 {{declared}} 分，其下三级指标分值合计 {{sum}} 分（{{parts}}）',
      total: '{{table}} 分值合计 {{parts}} = {{sum}} 分，与总分分值 {{expected}} 分不符',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      if (p.indicators.length === 0 || indicatorRows(p).some(isNotApplicable)) continue;
      const groups = indicatorGroups(p).filter((g) => g.label !== '');
      const table = perfName(p);
      const groupTotals: { name: string; points: Rational; sum: Rational }[] = [];
      for (const g of groups) {
        const weighted = g.rows.filter((r) => numberOf(r.weight) !== null);
        const s = sum(weighted.map((r) => numberOf(r.weight) ?? ZERO));
        groupTotals.push({ name: g.name, points: g.points ?? s, sum: s });
        if (!g.points || cmp(g.points, s) === 0) continue;
        const first = g.rows[0];
        ctx.report({
          messageId: 'group',
          data: {
            table,
            group: g.label,
            declared: toShort(g.points),
            sum: print(s),
            parts: weighted.length > 0 ? weighted.map((r) => shown(r.weight)).join(' + ') : '无',
          },
          expected: { text: toShort(g.points) },
          actual: { text: print(s) },
          locations: [
            perfAt(doc, p, first?.at, g.label, '一级指标'),
            ...weighted.map((r) => perfAt(doc, p, r.weight?.at, r.indicator, '分值')),
          ],
        });
      }
      const money = moneyRow(p, 'total');
      const moneyWeight = numberOf(money?.weight) ?? ZERO;
      const expected = numberOf(p.total?.weight) ?? HUNDRED;
      const total = groupTotals.reduce((a, g) => add(a, g.points), moneyWeight);
      // A wrong 一级 label or a wrong 三级 分值 is reported once, by the group check, when the other way adds up.
      const bySum = groupTotals.reduce((a, g) => add(a, g.sum), moneyWeight);
      if (cmp(total, expected) === 0 || cmp(bySum, expected) === 0) continue;
      ctx.report({
        messageId: 'total',
        data: {
          table,
          parts: [
            `预算执行 ${print(moneyWeight)}`,
            ...groupTotals.map((g) => `${g.name} ${print(g.points)}`),
          ].join(' + '),
          sum: print(total),
          expected: print(expected),
        },
        expected: { text: print(expected) },
        actual: { text: print(total) },
        locations: [
          perfAt(doc, p, p.total?.weight?.at ?? p.total?.at, '总分', '分值'),
          ...(money ? [perfAt(doc, p, money.weight?.at ?? money.at, '资金情况·合计', '分值')] : []),
        ],
      });
    }
  },
});
