import { defineRule } from '../define-rule.ts';
import { rowName, tableName } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-20',
    title: '决算表中出现负数',
    group: 'within-table',
    severity: 'warning',
    formula: '任一决算表金额 ≥ 0',
    rationale: '决算数一般不为负；调整事项可能产生负数，但每一处都值得核实。',
    references: ['rules.md I-20'],
    messages: { negative: '{{table}} {{row}}·{{column}} 为负数 {{raw}}，请核实' },
  },
  check(doc, ctx) {
    for (const t of doc.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (cell.kind !== 'number' || cell.amount === null || cell.amount >= 0) continue;
          ctx.report({
            messageId: 'negative',
            data: { table: tableName(t), row: rowName(row), column: cell.column, raw: cell.raw },
            actual: { amount: cell.amount },
            locations: [ctx.cellAt(t, row, cell)],
          });
        }
      }
    }
  },
});
