import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { EXPENDITURE_TOTAL, linesAbove } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'I-03',
    title: '收入支出决算总表本年支出合计等于各类支出之和',
    group: 'within-table',
    severity: 'error',
    formula: '01表 本年支出合计 = Σ 各类（功能分类类级）支出',
    rationale: '支出方按功能分类类级列示，各类之和必须等于本年支出合计。',
    references: ['rules.md I-03'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!t) return;
    const { total, parts } = linesAbove(t, 'expenditure', EXPENDITURE_TOTAL);
    const tot = operand(t, total, 'amount');
    const ops = parts.map((r) => operand(t, r, 'amount')).filter((o) => o !== null);
    if (!tot || ops.length === 0) return;
    checkSum(ctx, 'mismatch', { total: tot, parts: ops });
  },
});
