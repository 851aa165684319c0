import { defineRule } from '../define-rule.ts';
import type { ClassificationSystem } from '../../catalog/index.ts';
import type { Row, Table } from '../../model/document.ts';
import { codedRows } from '../../model/query.ts';
import {
  compareName,
  ECONOMIC_NAME,
  entryInYear,
  FUNCTIONAL_NAME,
  functionalRows,
  functionalTables,
  normName,
  tableList,
  yearBasis,
} from './shared.ts';

interface Printed {
  readonly system: ClassificationSystem;
  readonly code: string;
  readonly name: string;
  readonly places: { table: Table; row: Row }[];
}

export default defineRule({
  meta: {
    id: 'K-02',
    title: '科目编码与名称对应当年科目表',
    group: 'classification',
    severity: 'error',
    formula:
      '每个编码行：规范化后的科目名称（去空白、统一全/半角括号）= 报告年度科目表名称；名称为科目表名称的严格前缀（单元格截断）→ 提示',
    rationale:
      '编码与名称是一一对应的，名称不符说明编码或名称有一处录错、或沿用了已更名的旧名称。打印时因单元格宽度截断的名称（如“对民间非营利组织和群众”）不影响理解，只作提示。功能分类查 02/03/05/基金/国资表，经济分类查 06 表。',
    references: ['rules.md K-02', 'classification.md §4', 'GOV R002'],
    messages: {
      mismatch:
        '{{tables}} {{code}} 科目名称“{{printed}}”与{{year}}{{system}}科目名称“{{expected}}”不符{{caveat}}',
      former:
        '{{tables}} {{code}} 科目名称“{{printed}}”为旧称，{{year}}{{system}}科目名称为“{{expected}}”{{caveat}}',
      suffix:
        '{{tables}} {{code}} 科目名称“{{printed}}”与{{year}}{{system}}科目名称“{{expected}}”只差“支出”二字，宜按科目表全称列示',
      truncated:
        '{{tables}} {{code}} 科目名称“{{printed}}”是“{{expected}}”的截断（单元格宽度所限），宜打印全称',
    },
  },
  check(doc, ctx) {
    const basis = yearBasis(doc);
    const groups = new Map<string, Printed>();
    const add = (system: ClassificationSystem, t: Table, row: Row): void => {
      if (row.code === null || row.label === '') return;
      const key = `${system}:${row.code}:${normName(row.label)}`;
      const g = groups.get(key) ?? { system, code: row.code, name: row.label, places: [] };
      g.places.push({ table: t, row });
      groups.set(key, g);
    };
    for (const t of functionalTables(doc)) for (const r of functionalRows(t)) add('functional', t, r);
    for (const t of doc.tables.filter((x) => x.kind === 'general-budget-basic-expenditure')) {
      for (const r of codedRows(t)) add('economic', t, r);
    }
    for (const g of groups.values()) {
      const y = entryInYear(g.system, g.code, basis.year);
      if (!y) continue; // a code missing from the year's catalog is K-01 / K-06
      const how = compareName(g.name, y.name, y.formerNames);
      if (how === 'same') continue;
      const messageId = how === 'different' ? 'mismatch' : how;
      ctx.report({
        messageId,
        data: {
          tables: tableList(g.places.map((p) => p.table)),
          code: g.code,
          printed: g.name,
          expected: y.name,
          year: basis.label,
          system: g.system === 'functional' ? FUNCTIONAL_NAME : ECONOMIC_NAME,
          caveat: basis.caveat,
        },
        expected: { text: y.name },
        actual: { text: g.name },
        locations: g.places.map((p) => ctx.rowAt(p.table, p.row)),
        ...(how === 'suffix' || how === 'truncated' ? { severity: 'note' as const } : basis.override),
      });
    }
  },
});
