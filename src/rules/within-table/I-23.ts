import { defineRule } from '../define-rule.ts';
import { rowName, tableName } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-23',
    title: '金额单元格必须是数字',
    group: 'within-table',
    severity: 'error',
    formula: '数据行的每个金额单元格为数字、空白或“-”',
    rationale: '金额格中出现文字、单位或粘连的下一行内容，会使合计无法核对。',
    references: ['rules.md I-23'],
    messages: { notNumber: '{{table}} {{row}}·{{column}} 不是数字：“{{raw}}”' },
  },
  check(doc, ctx) {
    for (const t of doc.tables) {
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (cell.kind !== 'text') continue;
          ctx.report({
            messageId: 'notNumber',
            data: { table: tableName(t), row: rowName(row), column: cell.column, raw: cell.raw },
            actual: { text: cell.raw },
            locations: [ctx.cellAt(t, row, cell)],
          });
        }
      }
    }
  },
});
