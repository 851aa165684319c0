import type { PerfMoneyRow, PerfValue } from '../../model/document.ts';
import { rat, toShort } from '../../perf/rational.ts';
import { isFilled, moneyRow, perfName, type MoneyRole } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, shown } from './shared.ts';

const COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

const PARTS: readonly (readonly [MoneyRole, string])[] = [
  ['fiscal', '当年财政拨款'],
  ['carryOver', '上年结转资金'],
  ['other', '其他资金'],
];

/** Hundredths: blank, dash and 0 are 0; text is null. */
function hundredthsOf(v: PerfValue | null): number | null {
  if (!v || v.kind === 'blank' || v.kind === 'dash') return 0;
  return v.kind === 'number' ? v.amount : null;
}

export default defineRule({
  meta: {
    id: 'P-01',
    title: '绩效自评表资金情况合计与来源',
    group: 'performance',
    severity: 'error',
    formula:
      '自评表资金情况 合计 = 当年财政拨款 + 上年结转资金 + 其他资金（年初预算数、全年预算数、全年执行数分别）',
    rationale:
      '年度资金总额按来源分为当年财政拨款、上年结转资金和其他资金，三项之和就是合计。某一栏只填了合计、来源全空时表示该栏未按来源细分，不作比较。',
    references: ['rules.md P-01', 'performance-eval.md §1.1'],
    messages: {
      mismatch:
        '{{table}} 资金情况·{{column}}：合计 {{total}} ≠ {{parts}} = {{sum}}（差 {{gap}}{{tolerance}}）',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const total = moneyRow(p, 'total');
      const parts = PARTS.map(([role, name]) => ({ row: moneyRow(p, role), name })).filter(
        (x): x is { row: PerfMoneyRow; name: string } => x.row !== undefined,
      );
      if (!total || parts.length === 0) continue;
      for (const [key, column] of COLUMNS) {
        const cells = parts.map((x) => x.row[key]);
        if (!cells.some(isFilled)) continue; // this column is not broken down by source
        const t = hundredthsOf(total[key]);
        const values = cells.map(hundredthsOf);
        if (t === null || values.some((v) => v === null)) continue;
        const s = values.reduce<number>((a, v) => a + (v ?? 0), 0);
        // One source is the same figure printed twice (exact); several are separately rounded parts (§9.2).
        const n = values.filter((v) => v !== 0).length;
        if (n <= 1 ? ctx.sameAmount(t, s) : ctx.withinRounding(t, s, n)) continue;
        ctx.report({
          messageId: 'mismatch',
          data: {
            table: perfName(p),
            column,
            total: shown(total[key]),
            parts: parts.map((x) => `${x.name} ${shown(x.row[key])}`).join(' + '),
            sum: { amount: s },
            gap: { amount: Math.abs(t - s) },
            tolerance: n <= 1 ? '' : `，超出尾数容差 ${toShort(rat(n + 1, 200), 3)}`,
          },
          expected: { amount: s },
          actual: { amount: t },
          locations: [
            perfAt(doc, p, total[key]?.at ?? total.at, '资金情况·合计', column),
            ...parts.map((x) => perfAt(doc, p, x.row[key]?.at ?? x.row.at, `资金情况·${x.name}`, column)),
          ],
        });
      }
    }
  },
});
