import { defineRule } from '../define-rule.ts';
import { checkSum, operand } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { CLOSING, findLine, OPENING } from '../summary-rows.ts';

export default defineRule({
  meta: {
    id: 'Y-01',
    title: '本年年初结转和结余等于上年年末结转和结余',
    group: 'cross-year',
    severity: 'warning',
    formula: '01表 年初结转和结余（本年） = 01表 年末结转和结余（上年公开文件）',
    rationale:
      '上年留下的结转结余就是本年的年初数；不等通常是录错，少数情况下是上年数据经批复调整（故为警告）。',
    references: ['rules.md Y-01'],
    messages: { mismatch: '{{lhs}} 与上年公开文件中的 {{rhs}} 不一致（差 {{gap}}）' },
  },
  check(doc, ctx) {
    const prev = ctx.previous;
    const t = tableOfKind(doc, 'income-expenditure-summary');
    const p = prev ? tableOfKind(prev, 'income-expenditure-summary') : undefined;
    if (!t || !p) return;
    const opening = operand(t, findLine(t, 'income', OPENING), 'amount');
    const closing = operand(p, findLine(p, 'expenditure', CLOSING), 'amount');
    if (opening && closing) checkSum(ctx, 'mismatch', { total: opening, parts: [closing], exact: true });
  },
});
