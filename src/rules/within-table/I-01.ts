import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { INCOME_TOTAL, linesAbove } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'I-01',
    title: '收入支出决算总表本年收入合计等于各项收入之和',
    group: 'within-table',
    severity: 'error',
    formula:
      '01表 本年收入合计 = 一般公共预算财政拨款收入 + 政府性基金… + 国有资本经营… + 上级补助 + 事业 + 经营 + 附属单位上缴 + 其他收入',
    rationale: '本年收入合计是收入方各行的合计；不等说明合计或某一收入行录错。',
    references: ['rules.md I-01', '部门决算公开表样 01表'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income-expenditure-summary');
    if (!t) return;
    const { total, parts } = linesAbove(t, 'income', INCOME_TOTAL);
    const tot = operand(t, total, 'amount');
    const ops = parts.map((r) => operand(t, r, 'amount')).filter((o) => o !== null);
    if (!tot || ops.length === 0) return;
    checkSum(ctx, 'mismatch', { total: tot, parts: ops });
  },
});
