import { checkPercent, percentString, printed } from '../../model/ratio.ts';
import { moneyRole, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt, printedPercent, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-02',
    title: '绩效自评表执行率',
    group: 'performance',
    severity: 'error',
    formula: '自评表 执行率 = 全年执行数 ÷ 全年预算数（按打印精度区间复算）',
    rationale:
      '自评表备注写明“执行率”=“全年执行数”/“全年预算数”。按 rules.md §9.3 的区间算术复算：金额按 ±0.005、百分比按其末位的半个单位，两区间不相交才报告。',
    references: ['rules.md P-02、§9.3', '自评表备注 1'],
    messages: {
      mismatch:
        '{{table}} 资金情况·{{row}} 执行率 {{actual}} 与 全年执行数 {{executed}} ÷ 全年预算数 {{budget}} = {{expected}} 不符（允许 {{min}}%–{{max}}%）',
      zeroBudget:
        '{{table}} 资金情况·{{row}} 全年预算数为 {{budget}}，却列出执行率 {{actual}}；全年预算数为 0 时不应计算执行率',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      for (const row of p.money) {
        const pct = printedPercent(row.rate);
        if (!pct || !row.rate) continue;
        const budget = row.adjustedBudget;
        const executed = row.executed;
        if (budget?.kind !== 'number' || budget.amount === null) continue;
        if (executed?.kind !== 'number' || executed.amount === null) continue;
        const name = moneyRole(row.label) === 'total' ? '合计' : row.label;
        const locations = [
          perfAt(doc, p, row.rate.at, `资金情况·${name}`, '执行率'),
          perfAt(doc, p, executed.at, `资金情况·${name}`, '全年执行数'),
          perfAt(doc, p, budget.at, `资金情况·${name}`, '全年预算数'),
        ];
        const base = { table: perfName(p), row: name, budget: shown(budget), executed: shown(executed) };
        if (budget.amount === 0) {
          ctx.report({
            messageId: 'zeroBudget',
            data: base,
            actual: { percent: shown(row.rate).replace(/%$/, '') },
            locations,
          });
          continue;
        }
        const scale = 10n ** BigInt(pct.decimals);
        const scaled = Number((pct.value.num * scale) / pct.value.den);
        const check = checkPercent(printed(executed.amount), printed(budget.amount), {
          scaled,
          decimals: pct.decimals,
        });
        if (check.verdict !== 'wrong') continue;
        const expected = percentString(executed.amount, budget.amount, Math.max(pct.decimals, 2)) ?? '';
        ctx.report({
          messageId: 'mismatch',
          data: { ...base, min: check.min, max: check.max },
          expected: { percent: expected },
          actual: { percent: shown(row.rate).replace(/%$/, '') },
          locations,
        });
      }
    }
  },
});
