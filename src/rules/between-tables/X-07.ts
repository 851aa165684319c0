import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand } from '../helpers.ts';
import { checkCopy, finalTable, incomeFundLine, type Fund } from './shared.ts';

const FUNDS: readonly Fund[] = ['general', 'govFund', 'stateCapital'];

export default defineRule({
  meta: {
    id: 'X-07',
    title: '两张总表的三项财政拨款收入一致',
    group: 'between-tables',
    severity: 'error',
    formula:
      '01表 一、二、三 财政拨款收入 = 04表 收入方 一、二、三（一般公共预算、政府性基金、国有资本经营）',
    rationale: '两张总表的财政拨款收入行是同一组数字，逐项必须完全相同。',
    references: ['rules.md X-07', '部门决算公开表样 01、04表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t04 = finalTable(doc, 'fiscal-summary');
    if (!t01 || !t04) return;
    for (const fund of FUNDS) {
      const a = operand(t04, incomeFundLine(t04, fund), 'amount');
      const b = operand(t01, incomeFundLine(t01, fund), 'amount');
      if (a && b) checkCopy(ctx, 'copy', a, b);
    }
  },
});
