import { defineRule } from '../define-rule.ts';
import { rowsOfSide, tableName } from '../../model/query.ts';

export default defineRule({
  meta: {
    id: 'I-21',
    title: '行次递增且不重复',
    group: 'within-table',
    severity: 'note',
    formula: '01/04表 每一方的行次严格递增、无重复（允许跳号）',
    rationale: '行次只是装饰，不用于定位，但重复或倒序说明表格被手工改动过。',
    references: ['rules.md I-21'],
    messages: {
      order: '{{table}}{{side}}行次 {{lineNo}} 出现在行次 {{previous}} 之后（应严格递增、不重复）',
    },
  },
  check(doc, ctx) {
    for (const t of doc.tables) {
      for (const side of ['income', 'expenditure'] as const) {
        let previous: number | null = null;
        for (const row of rowsOfSide(t, side)) {
          if (row.lineNo === null || !/^\d+$/.test(row.lineNo)) continue;
          const n = Number(row.lineNo);
          if (previous !== null && n <= previous) {
            ctx.report({
              messageId: 'order',
              data: {
                table: tableName(t),
                side: side === 'income' ? '收入方' : '支出方',
                lineNo: row.lineNo,
                previous,
              },
              locations: [{ ...ctx.rowAt(t, row), column1: row.lineNoAt?.column ?? null }],
            });
          }
          previous = n;
        }
      }
    }
  },
});
