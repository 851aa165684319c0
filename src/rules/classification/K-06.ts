import { defineRule } from '../define-rule.ts';
import { codeKnownInAnyYear } from '../../catalog/index.ts';
import type { Row, Table } from '../../model/document.ts';
import { codedRows, tableName } from '../../model/query.ts';
import { ECONOMIC_NAME, entryInYear, validityText, yearBasis } from './shared.ts';

type Nature = 'personnel' | 'operating';
const NATURE_NAME: Record<Nature, string> = { personnel: '人员经费', operating: '公用经费' };

/** 人员经费 = 301 + 303; 公用经费 = 302 + 307 + 309 + 310 + 399 (classification.md §3). */
function natureOf(section: string): Nature | null {
  if (section === '301' || section === '303') return 'personnel';
  if (['302', '307', '309', '310', '399'].includes(section)) return 'operating';
  return null;
}

/** The nature a column group is printed under: its header ("人员经费·…"), else what its 301/302 rows imply. */
function groupNatures(t: Table, rows: readonly Row[]): Map<number, { nature: Nature; printed: boolean }> {
  const out = new Map<number, { nature: Nature; printed: boolean }>();
  for (const c of t.columns) {
    if (c.group === null) continue;
    const head = c.label.split('·')[0] ?? '';
    if (/^人员经费/.test(head)) out.set(c.group, { nature: 'personnel', printed: true });
    else if (/^公用经费/.test(head)) out.set(c.group, { nature: 'operating', printed: true });
  }
  const groups = new Set(rows.map((r) => r.group).filter((g): g is number => g !== null && g > 0));
  if (groups.size < 2) return out; // a single list has no column split to check
  for (const g of groups) {
    if (out.has(g)) continue;
    const codes = new Set(rows.filter((r) => r.group === g).map((r) => r.code));
    if (codes.has('301') && !codes.has('302')) out.set(g, { nature: 'personnel', printed: false });
    if (codes.has('302') && !codes.has('301')) out.set(g, { nature: 'operating', printed: false });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'K-06',
    title: '基本支出表经济分类科目有效、归属正确、分栏正确',
    group: 'classification',
    severity: 'error',
    formula:
      '06表：每个编码 ∈ 报告年度部门预算支出经济分类；每个5位项列在其3位款之下；人员经费栏只列 301、303，公用经费栏只列 302、307、309、310、399',
    rationale:
      '06表按经济分类列示基本支出，人员经费与公用经费的划分直接决定 X-11、【基本】与机关运行经费的口径；停用的编码（如 2022 年起拆分的 39906 赠与）、列错款或列错栏的项都会使合计失真。名称与编码的对应由 K-02 检查。',
    references: ['rules.md K-06', 'classification.md §3', '财政部《政府收支分类科目》部门预算支出经济分类'],
    messages: {
      unknown: '06表 经济分类编码 {{code}}（{{name}}）不在{{year}}{{system}}科目中{{caveat}}',
      notInYear: '06表 经济分类编码 {{code}}（{{name}}）不是{{year}}有效科目（该编码{{validity}}）{{caveat}}',
      orphan: '06表 {{code}} {{name}} 上方未列其所属款 {{parent}}',
      misplaced: '06表 {{code}} {{name}} 列在款 {{other}} 之下，但其编码属于款 {{parent}}{{nature}}',
      wrongGroup: '{{table}} {{code}} {{name}} 属于{{nature}}，却列在{{where}}',
    },
  },
  check(doc, ctx) {
    const basis = yearBasis(doc);
    for (const t of doc.tables.filter((x) => x.kind === 'general-budget-basic-expenditure')) {
      const rows = codedRows(t).filter((r) => r.code !== null && /^\d{3}(\d{2})?$/.test(r.code));
      const reported = new Set<string>();
      for (const row of rows) {
        const code = row.code ?? '';
        if (reported.has(code) || entryInYear('economic', code, basis.year)) continue;
        reported.add(code);
        ctx.report({
          messageId: codeKnownInAnyYear('economic', code) ? 'notInYear' : 'unknown',
          data: {
            code,
            name: row.label,
            year: basis.label,
            system: ECONOMIC_NAME,
            validity: validityText('economic', code),
            caveat: basis.caveat,
          },
          actual: { text: code },
          locations: [ctx.rowAt(t, row)],
          ...basis.override,
        });
      }
      // Items under their 款 (rows are listed column group by column group; a 款 may continue into the next group).
      let current: Row | undefined;
      const misplaced = new Set<Row>();
      for (const row of rows) {
        const code = row.code ?? '';
        if (code.length === 3) {
          current = row;
          continue;
        }
        const parent = code.slice(0, 3);
        if (current?.code === parent) continue;
        misplaced.add(row);
        const parentNature = natureOf(parent);
        const otherNature = current?.code ? natureOf(current.code) : null;
        ctx.report({
          messageId: current ? 'misplaced' : 'orphan',
          data: {
            code,
            name: row.label,
            parent,
            other: current ? `${current.code ?? ''} ${current.label}` : '',
            nature:
              parentNature && otherNature && parentNature !== otherNature
                ? `（${NATURE_NAME[parentNature]}，不是${NATURE_NAME[otherNature]}）`
                : '',
          },
          locations: [ctx.rowAt(t, row), ...(current ? [ctx.rowAt(t, current)] : [])],
        });
      }
      // A 款 printed in a column group of the other nature (its items follow it).
      const natures = groupNatures(t, rows);
      for (const row of rows) {
        if (row.group === null || misplaced.has(row)) continue;
        const own = natureOf((row.code ?? '').slice(0, 3));
        const group = natures.get(row.group);
        if (!own || !group || own === group.nature || row.code?.length !== 3) continue;
        ctx.report({
          messageId: 'wrongGroup',
          data: {
            table: tableName(t),
            code: row.code,
            name: row.label,
            nature: NATURE_NAME[own],
            where: group.printed
              ? `“${NATURE_NAME[group.nature]}”栏`
              : `第${row.group}栏组（该栏组列的是${NATURE_NAME[group.nature]}）`,
          },
          locations: [ctx.rowAt(t, row)],
        });
      }
    }
  },
});
