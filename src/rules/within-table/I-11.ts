import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { FUNDS, t04Lines } from './t04.ts';

export default defineRule({
  meta: {
    id: 'I-11',
    title: '财政拨款收入支出决算总表支出方各列合计关系',
    group: 'within-table',
    severity: 'error',
    formula: '04表 每列：本年支出合计 = Σ 各类支出；支出总计 = 本年支出合计 + 年末财政拨款结转和结余',
    rationale: '支出方每一资金列自上而下汇总，类级之和即本年支出合计，加年末结转即总计。',
    references: ['rules.md I-11'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'fiscal-summary');
    if (!t) return;
    const l = t04Lines(t);
    for (const key of ['total', ...FUNDS]) {
      const spend = operand(t, l.spendTotal, key);
      const parts = l.classLines.map((r) => operand(t, r, key)).filter((o) => o !== null);
      if (spend && parts.length > 0) checkSum(ctx, 'mismatch', { total: spend, parts });
      const grand = operand(t, l.spendGrand, key);
      const closing = operand(t, l.closing, key);
      if (grand && spend)
        checkSum(ctx, 'mismatch', { total: grand, parts: closing ? [spend, closing] : [spend] });
    }
  },
});
