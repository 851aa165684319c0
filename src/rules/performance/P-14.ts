import { formatHundredths, sumHundredths } from '../../model/amount.ts';
import type { PerfEvaluation } from '../../model/document.ts';
import { moneyRow, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import type { Operand } from '../helpers.ts';
import { totalFigure } from '../narrative/table-figures.ts';
import { accountsOf, figureAt, figureName, tableOf, type Accounts } from './accounts.ts';
import { perfAt, shown } from './shared.ts';

/**
 * The largest 项目支出 a project may have spent: 03表 项目支出 (all funds), or 05表 + 基金表 项目支出 (财政拨款) when that
 * is larger. A project's 自评表 may include 上年结转 and 其他资金, so the all-funds figure is the fair ceiling.
 */
function ceiling(acc: Accounts): { value: number; text: string; ops: Operand[] } | null {
  const t03 = totalFigure(tableOf(acc, 'expenditure'), 'project');
  const t05 = totalFigure(tableOf(acc, 'general-budget-expenditure'), 'project');
  const fund = totalFigure(tableOf(acc, 'government-fund'), 'project');
  const fiscal = [t05, fund].filter((o): o is Operand => o?.value != null && (o === t05 || o.value !== 0));
  const fiscalSum = fiscal.length > 0 ? sumHundredths(fiscal.map((o) => o.value ?? 0)) : null;
  if (t03?.value != null && (fiscalSum === null || t03.value >= fiscalSum))
    return { value: t03.value, text: figureName(acc, t03), ops: [t03] };
  if (fiscalSum === null) return null;
  return {
    value: fiscalSum,
    text: fiscal.map((o) => figureName(acc, o)).join(' + '),
    ops: fiscal,
  };
}

const executedOf = (p: PerfEvaluation): number | null => {
  const cell = moneyRow(p, 'total')?.executed;
  return cell?.kind === 'number' ? cell.amount : null;
};

export default defineRule({
  meta: {
    id: 'P-14',
    title: '项目支出绩效自评表全年执行数不超过决算项目支出',
    group: 'performance',
    severity: 'error',
    formula:
      '每张项目自评表 全年执行数 ≤ 决算项目支出（03表 项目支出，或 05表 + 基金表 项目支出中较大者）；各项目自评表全年执行数之和 ≤ 同一数',
    rationale:
      '被评价项目的支出是部门项目支出的一部分，一个项目（或全部被评价项目）的执行数不能超过部门全年的项目支出。项目自评表可能含上年结转和其他资金，故以全部资金口径的 03表 项目支出为上限（财政拨款口径更大时取其大）。',
    references: ['rules.md P-14'],
    messages: {
      exceeds: '{{table}} 全年执行数 {{executed}} 超过决算项目支出 {{ceiling}}',
      sumExceeds: '{{count}} 张项目支出绩效自评表全年执行数合计 {{sum}} 超过决算项目支出 {{ceiling}}',
    },
  },
  check(doc, ctx) {
    const acc = accountsOf(doc, ctx);
    if (!acc) return;
    const cap = ceiling(acc);
    if (!cap) return;
    const projects = doc.perfEvaluations.filter((p) => p.kind === 'project' && executedOf(p) !== null);
    let single = false;
    for (const p of projects) {
      const executed = executedOf(p) ?? 0;
      if (executed <= cap.value) continue;
      single = true;
      const cell = moneyRow(p, 'total')?.executed;
      ctx.report({
        messageId: 'exceeds',
        data: { table: perfName(p), executed: shown(cell), ceiling: cap.text },
        expected: { amount: cap.value },
        actual: { amount: executed },
        locations: [
          perfAt(doc, p, cell?.at, '资金情况·合计', '全年执行数'),
          ...cap.ops.flatMap((o) => figureAt(ctx, acc, o)),
        ],
      });
    }
    // the sum is a finding of its own only when no single table already exceeds
    if (single || projects.length < 2) return;
    const sum = sumHundredths(projects.map((p) => executedOf(p) ?? 0));
    if (sum <= cap.value) return;
    ctx.report({
      messageId: 'sumExceeds',
      data: { count: projects.length, sum: formatHundredths(sum), ceiling: cap.text },
      expected: { amount: cap.value },
      actual: { amount: sum },
      locations: [
        ...projects.map((p) =>
          perfAt(doc, p, moneyRow(p, 'total')?.executed?.at, '资金情况·合计', '全年执行数'),
        ),
        ...cap.ops.flatMap((o) => figureAt(ctx, acc, o)),
      ],
    });
  },
});
