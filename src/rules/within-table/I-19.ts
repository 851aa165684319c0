import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { codedRows, tableName, totalRow, valueOf } from '../../model/query.ts';

const KINDS = new Set([
  'income',
  'expenditure',
  'general-budget-expenditure',
  'government-fund',
  'state-capital',
]);

export default defineRule({
  meta: {
    id: 'I-19',
    title: '合计不为零的明细表必须列出构成合计的科目',
    group: 'within-table',
    severity: 'error',
    formula: '02/03/05/基金/国资表：合计 ≠ 0 ⇒ 列出类、款、项各行',
    rationale: '按规定一般公共预算支出公开到项级科目；只有合计行的表无法说明资金用途。',
    references: ['rules.md I-19', '2016 年中央部门决算公开要求（项级）'],
    messages: {
      onlyTotal: '{{table}}合计为 {{amount}}，但表中没有列出任何功能分类科目行（应公开到项级科目）',
    },
  },
  check(doc, ctx) {
    for (const t of doc.tables.filter((x) => x.kind !== null && KINDS.has(x.kind))) {
      const total = totalRow(t);
      if (!total || codedRows(t).length > 0) continue;
      const nonZero = total.cells.find((c) => (valueOf(c) ?? 0) !== 0);
      if (!nonZero) continue;
      ctx.report({
        messageId: 'onlyTotal',
        data: { table: tableName(t), amount: formatHundredths(valueOf(nonZero) ?? 0) },
        locations: [ctx.rowAt(t, total)],
      });
    }
  },
});
