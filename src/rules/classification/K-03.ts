import { defineRule } from '../define-rule.ts';
import type { Row } from '../../model/document.ts';
import { tableName } from '../../model/query.ts';
import { functionalRows, functionalTables } from './shared.ts';

const LEVEL_NAME: Record<number, string> = { 3: '类', 5: '款', 7: '项' };

export default defineRule({
  meta: {
    id: 'K-03',
    title: '功能分类科目层级完整、归属正确、同级递增',
    group: 'classification',
    severity: 'error',
    formula:
      '02/03/05/基金/国资表：款编码以其类编码开头且列在该类之下，项以其款开头且列在该款之下；每个项上方列有其款和类（缺级 → 错误）；同一上级内编码递增（乱序、重复 → 警告）',
    rationale:
      '决算表按类、款、项逐级列示，缺少上级科目行或把科目列在别的上级之下，读者无法按科目汇总核对（I-08 只汇总直接下级）。同级乱序或重复多为手工调整表格所致。',
    references: ['rules.md K-03', 'V33-120'],
    messages: {
      orphan: '{{table}} {{code}} {{name}} 上方未列其所属{{missing}}（每个科目应列出其上级科目行）',
      misplaced: '{{table}} {{code}} {{name}} 列在{{where}}，但其编码属于{{level}} {{parent}}',
      order: '{{table}} {{code}} {{name}} 排在同级 {{previous}} 之后（同一上级内编码应递增）',
      duplicate: '{{table}} 编码 {{code}} 重复列示（第 {{first}} 行与第 {{line}} 行）',
    },
  },
  check(doc, ctx) {
    for (const t of functionalTables(doc)) {
      const rows = functionalRows(t);
      const present = new Set(rows.map((r) => r.code));
      const seen = new Map<string, Row>();
      // The nearest printed row of each level above the current one.
      const open: Record<number, Row | undefined> = {};
      // The last code printed under each parent (key '' = the 类 level).
      const lastChild = new Map<string, string>();
      for (const row of rows) {
        const code = row.code ?? '';
        const len = code.length;
        const loc = ctx.rowAt(t, row);
        const base = { table: tableName(t), code, name: row.label };
        const dup = seen.get(code);
        if (dup) {
          ctx.report({
            messageId: 'duplicate',
            severity: 'warning',
            data: { ...base, first: dup.at.line ?? '?', line: row.at.line ?? '?' },
            locations: [loc, ctx.rowAt(t, dup)],
          });
          continue;
        }
        seen.set(code, row);
        open[len] = row;
        for (const deeper of [len + 2, len + 4]) open[deeper] = undefined;
        const parentCode = len > 3 ? code.slice(0, len - 2) : '';
        if (len > 3) {
          const missing = [5, 3]
            .filter((l) => l < len && !present.has(code.slice(0, l)))
            .map((l) => `${LEVEL_NAME[l] ?? ''} ${code.slice(0, l)}`);
          const above = open[len - 2] ?? open[len - 4];
          if (missing.length > 0) {
            ctx.report({
              messageId: 'orphan',
              data: { ...base, missing: missing.join(' 和') },
              locations: [loc],
            });
          } else if (above?.code !== parentCode) {
            ctx.report({
              messageId: 'misplaced',
              data: {
                ...base,
                level: LEVEL_NAME[len - 2] ?? '',
                where: above
                  ? ` ${above.code ?? ''} ${above.label} 之下`
                  : `其上级${LEVEL_NAME[len - 2] ?? ''} ${parentCode} 之前`,
                parent: parentCode,
              },
              locations: [loc, ...(above ? [ctx.rowAt(t, above)] : [])],
            });
          }
        }
        const previous = lastChild.get(parentCode);
        if (previous !== undefined && previous > code) {
          ctx.report({
            messageId: 'order',
            severity: 'warning',
            data: { ...base, previous },
            locations: [loc],
          });
        }
        lastChild.set(parentCode, code);
      }
    }
  },
});
