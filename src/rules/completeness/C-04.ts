import type { TableKind } from '../../model/document.ts';
import { hasNoFigures } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { isAccounts, tableLabel } from './shared.ts';

/** Tables that are often empty and must then say so. */
const MAY_BE_EMPTY: readonly TableKind[] = ['three-public', 'government-fund', 'state-capital'];

/** A note that states the table has no data, whether the reader filed it as statement or footnote. */
const EMPTY_WORDING =
  /无数据|空表|本表为空|没有.{0,40}(?:收入|支出|数据|经费)|无.{0,20}(?:收入|支出|经费)|不涉及/;

export default defineRule({
  meta: {
    id: 'C-04',
    title: '空表保留格式并附无数据说明',
    group: 'completeness',
    severity: 'error',
    formula:
      '三公表、政府性基金表、国有资本经营表无数据时：保留表格格式，并附“本单位本年度没有…，故本表无数据”之类的说明',
    rationale: '空表也要公开；没有说明的空表读者无法区分“没有这项收支”和“漏填数据”。',
    references: ['rules.md C-04', '部门决算公开表样（空表说明）'],
    messages: {
      noStatement: '{{table}} 没有任何数据，却没有“本单位没有…，故本表无数据”之类的空表说明',
      noFormat: '{{table}} 只有空表说明，没有保留表头等表格格式',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    for (const t of doc.tables) {
      if (t.kind === null || !MAY_BE_EMPTY.includes(t.kind) || !hasNoFigures(t)) continue;
      const statement = t.emptyStatement ?? t.notes.find((n) => EMPTY_WORDING.test(n.text)) ?? null;
      if (!statement) {
        const total = t.rows[0];
        ctx.report({
          messageId: 'noStatement',
          data: { table: tableLabel(t) },
          locations: [ctx.tableAt(t), ...(total ? [ctx.rowAt(t, total)] : [])],
        });
      } else if (t.columns.length === 0 && t.headerLines.length === 0) {
        ctx.report({ messageId: 'noFormat', data: { table: tableLabel(t) }, locations: [ctx.tableAt(t)] });
      }
    }
  },
});
