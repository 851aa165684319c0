import type { Cell, Row } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { isAccounts, tableLabel } from './shared.ts';

function style(cell: Cell): string {
  return cell.decimals === 2 ? '两位小数' : cell.decimals === 0 ? '整数' : `${cell.decimals}位小数`;
}

export default defineRule({
  meta: {
    id: 'C-21',
    title: '表内数字格式统一',
    group: 'completeness',
    severity: 'note',
    formula: '同一列的金额统一保留两位小数（或统一为整数），千分位分隔符统一使用或统一不用',
    rationale:
      '决算软件导出的金额均为两位小数；同列有的省略末尾 0、有的不省略，多为手工改动或转换所致，也不便核对。',
    references: ['rules.md C-21'],
    messages: {
      decimals: '{{table}} 同一列金额小数位数不统一：{{columns}}',
      separators: '{{table}} 千分位分隔符时有时无：{{examples}}',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    for (const t of doc.tables) {
      const byColumn = new Map<string, { cell: Cell; row: Row }[]>();
      const big: { cell: Cell; row: Row }[] = [];
      for (const row of t.rows) {
        for (const cell of row.cells) {
          if (cell.kind !== 'number' || cell.amount === null || cell.amount === 0) continue;
          const k = cell.key ?? cell.column;
          byColumn.set(k, [...(byColumn.get(k) ?? []), { cell, row }]);
          if (Math.abs(cell.amount) >= 100000) big.push({ cell, row });
        }
      }
      const mixed: string[] = [];
      const locations = [];
      for (const cells of byColumn.values()) {
        const styles = new Map<string, { cell: Cell; row: Row }>();
        for (const c of cells) if (!styles.has(style(c.cell))) styles.set(style(c.cell), c);
        if (styles.size < 2) continue;
        const first = cells[0];
        if (!first) continue;
        const column = first.cell.column.split('·').pop() ?? first.cell.column;
        mixed.push(
          `${column}（${[...styles.entries()].map(([s, c]) => `${s}如“${c.cell.raw}”`).join('，')}）`,
        );
        for (const c of styles.values()) locations.push(ctx.cellAt(t, c.row, c.cell));
      }
      if (mixed.length > 0) {
        ctx.report({
          messageId: 'decimals',
          data: {
            table: tableLabel(t),
            columns: mixed.slice(0, 4).join('；') + (mixed.length > 4 ? `等 ${mixed.length} 列` : ''),
          },
          locations,
        });
      }
      const withSep = big.filter((c) => /[,，]/.test(c.cell.raw));
      const without = big.filter((c) => !/[,，]/.test(c.cell.raw));
      const a = withSep[0];
      const b = without[0];
      if (a && b) {
        ctx.report({
          messageId: 'separators',
          data: { table: tableLabel(t), examples: `“${a.cell.raw}”与“${b.cell.raw}”` },
          locations: [ctx.cellAt(t, a.row, a.cell), ctx.cellAt(t, b.row, b.cell)],
        });
      }
    }
  },
});
