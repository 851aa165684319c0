import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { t04Lines } from './t04.ts';

export default defineRule({
  meta: {
    id: 'I-09',
    title: '财政拨款收入支出决算总表收入方合计关系',
    group: 'within-table',
    severity: 'error',
    formula:
      '04表 本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营财政拨款；年初财政拨款结转和结余 = 其下三个资金行之和；收入总计 = 本年收入合计 + 年初财政拨款结转和结余',
    rationale: '财政拨款只来自三本预算，收入方各层合计必须与其组成一致。',
    references: ['rules.md I-09'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'fiscal-summary');
    if (!t) return;
    const l = t04Lines(t);
    const incomeTotal = operand(t, l.incomeTotal, 'amount');
    const funds = l.fundLines.map((r) => operand(t, r, 'amount')).filter((o) => o !== null);
    if (incomeTotal && funds.length > 0) checkSum(ctx, 'mismatch', { total: incomeTotal, parts: funds });
    const opening = operand(t, l.opening, 'amount');
    const subs = l.openingSubs.map((r) => operand(t, r, 'amount')).filter((o) => o !== null);
    if (opening && subs.length > 0) checkSum(ctx, 'mismatch', { total: opening, parts: subs });
    const grand = operand(t, l.incomeGrand, 'amount');
    if (grand && incomeTotal) {
      checkSum(ctx, 'mismatch', { total: grand, parts: opening ? [incomeTotal, opening] : [incomeTotal] });
    }
  },
});
