import { defineRule } from '../define-rule.ts';
import { tableName } from '../../model/query.ts';

const STRUCTURAL = new Set(['code', 'code.class', 'code.section', 'code.item', 'label', 'lineNo']);

export default defineRule({
  meta: {
    id: 'I-22',
    title: '栏次连续且与金额列数一致',
    group: 'within-table',
    severity: 'note',
    formula: '栏次 1、2、3… 连续，个数 = 金额列数',
    rationale: '栏次与金额列一一对应；缺号、重号或个数不符说明表头被改动。',
    references: ['rules.md I-22'],
    messages: {
      gap: '{{table}}栏次为 {{numbers}}，不连续',
      count: '{{table}}栏次有 {{printed}} 个，金额列有 {{columns}} 列',
    },
  },
  check(doc, ctx) {
    for (const t of doc.tables) {
      const numbered = t.columns.filter((c) => c.columnNo !== null);
      if (numbered.length === 0) continue;
      const nums = numbered.map((c) => Number(c.columnNo));
      const at = { ...ctx.tableAt(t), line: numbered[0]?.columnNoAt?.line ?? ctx.tableAt(t).line };
      if (nums.some((n, i) => i > 0 && n !== (nums[i - 1] ?? 0) + 1)) {
        ctx.report({
          messageId: 'gap',
          data: { table: tableName(t), numbers: nums.join('、') },
          locations: [at],
        });
        continue;
      }
      const amountColumns = t.columns.filter((c) => !STRUCTURAL.has(c.key ?? '') && c.label !== '').length;
      if (amountColumns !== numbered.length && t.kind !== 'general-budget-basic-expenditure') {
        ctx.report({
          messageId: 'count',
          data: { table: tableName(t), printed: numbered.length, columns: amountColumns },
          locations: [at],
        });
      }
    }
  },
});
