import { moneyRow, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { accountsOf, figureAt, figureName, spendingTotals } from './accounts.ts';
import { perfAt, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-13',
    title: '部门整体支出绩效自评表全年执行数与决算',
    group: 'performance',
    severity: 'warning',
    formula:
      '部门整体自评表 资金情况·合计·全年执行数 = 04表 本年支出合计（财政拨款）或 05表 合计（一般公共预算财政拨款）或 03表 本年支出合计（全部资金），与其中之一相同即可',
    rationale:
      '部门整体支出的全年执行数就是本年的决算支出；自评表不写明口径，三个口径的决算数中任何一个相同即视为一致。与三者都不同，说明自评表或决算表有一处抄错。单独公开的自评报告与同一部门同一年度的决算一并审核时，与该决算比较。',
    references: ['rules.md P-13', 'performance-eval.md §5（口径未定，保持为警告）'],
    messages: {
      mismatch: '{{table}} 资金情况·合计·全年执行数 {{executed}} 与决算各口径都不同：{{figures}}',
    },
  },
  check(doc, ctx) {
    const acc = accountsOf(doc, ctx);
    if (!acc) return;
    const totals = spendingTotals(acc);
    if (totals.length === 0) return;
    for (const p of doc.perfEvaluations) {
      if (p.kind !== 'overall') continue;
      const cell = moneyRow(p, 'total')?.executed;
      if (cell?.kind !== 'number' || cell.amount === null) continue;
      const executed = cell.amount;
      if (totals.some((t) => t.op.value === executed)) continue;
      ctx.report({
        messageId: 'mismatch',
        data: {
          table: perfName(p),
          executed: shown(cell),
          figures: totals.map((t) => `${t.scope} ${figureName(acc, t.op)}`).join('；'),
        },
        expected: { amount: totals[0]?.op.value ?? 0 },
        actual: { amount: executed },
        locations: [
          perfAt(doc, p, cell.at, '资金情况·合计', '全年执行数'),
          ...totals.flatMap((t) => figureAt(ctx, acc, t.op)),
        ],
      });
    }
  },
});
