import { defineRule } from '../define-rule.ts';
import { codeKnownInAnyYear } from '../../catalog/index.ts';
import type { Row, Table } from '../../model/document.ts';
import {
  entryInYear,
  functionalRows,
  functionalTables,
  tableList,
  validityText,
  yearBasis,
} from './shared.ts';

export default defineRule({
  meta: {
    id: 'K-01',
    title: '功能分类科目编码在当年科目表中存在',
    group: 'classification',
    severity: 'error',
    formula: '02/03/05/基金/国资表 每个类（3位）、款（5位）、项（7位）编码 ∈ 报告年度支出功能分类科目',
    rationale:
      '财政部每年修订政府收支分类科目，决算须按当年科目列示；不存在或当年未设立（已停用）的编码说明科目录错或沿用了旧科目。未识别报告年度时按各年度科目核对并降为提示。',
    references: ['rules.md K-01', 'classification.md §1–§2, §5', '财政部《政府收支分类科目》（当年版）'],
    messages: {
      unknown: '{{tables}} 功能分类编码 {{code}}（{{name}}）不在{{year}}支出功能分类科目中{{caveat}}',
      unlisted:
        '{{tables}} 功能分类编码 {{code}}（{{name}}）未收录在本工具的科目表中，请对照当年《政府收支分类科目》核实',
      notInYear:
        '{{tables}} 功能分类编码 {{code}}（{{name}}）不是{{year}}有效科目（该编码{{validity}}）{{caveat}}',
    },
  },
  check(doc, ctx) {
    const basis = yearBasis(doc);
    // One finding per code, listing every table that prints it.
    const byCode = new Map<string, { table: Table; row: Row }[]>();
    for (const t of functionalTables(doc)) {
      for (const row of functionalRows(t)) {
        if (row.code === null) continue;
        const list = byCode.get(row.code) ?? [];
        list.push({ table: t, row });
        byCode.set(row.code, list);
      }
    }
    for (const [code, places] of byCode) {
      if (entryInYear('functional', code, basis.year)) continue;
      const first = places[0];
      if (!first) continue;
      const known = codeKnownInAnyYear('functional', code);
      // The built-in catalog lists every 类 but not every 款 and 项: an unlisted 款/项 may be our gap, not theirs.
      const unlisted = !known && code.length > 3;
      ctx.report({
        messageId: known ? 'notInYear' : unlisted ? 'unlisted' : 'unknown',
        data: {
          tables: tableList(places.map((p) => p.table)),
          code,
          name: first.row.label,
          year: basis.label,
          validity: validityText('functional', code),
          caveat: basis.caveat,
        },
        actual: { text: code },
        locations: places.map((p) => ctx.rowAt(p.table, p.row)),
        ...(unlisted ? { severity: 'note' as const } : basis.override),
      });
    }
  },
});
