import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-17',
    title: '政府性基金（国有资本经营）表支出与结转结余关系',
    group: 'within-table',
    severity: 'error',
    formula:
      '基金表（及收入支出式国资表）每行 本年支出小计 = 基本支出 + 项目支出；合计行 年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出',
    rationale: '基金预算资金按年结转，合计层面的结转结余必须平衡。',
    references: ['rules.md I-17'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    for (const t of doc.tables.filter((x) => x.kind === 'government-fund' || x.kind === 'state-capital')) {
      for (const row of t.rows) {
        const total = operand(t, row, 'total');
        const parts = [operand(t, row, 'basic'), operand(t, row, 'project')].filter((o) => o !== null);
        if (total && parts.length === 2) checkSum(ctx, 'mismatch', { total, parts });
      }
      const sum = totalRow(t);
      const closing = operand(t, sum, 'closing');
      const opening = operand(t, sum, 'opening');
      const income = operand(t, sum, 'income');
      const spent = operand(t, sum, 'total');
      if (closing && opening && income && spent) {
        checkSum(ctx, 'mismatch', { total: closing, parts: [opening, income, spent], signs: [1, 1, -1] });
      }
    }
  },
});
