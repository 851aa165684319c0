import type { Table } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, isAccounts, nameInTitle } from './shared.ts';

function names(tables: readonly Table[], all: number): string {
  const list = tables.map((t) => (t.number ? `${t.number}表` : `“${t.title}”`));
  if (tables.length > 2 && tables.length === all)
    return `全部${tables.length}张表（${list[0] ?? ''}至${list[list.length - 1] ?? ''}）`;
  return list.join('、');
}

export default defineRule({
  meta: {
    id: 'C-11',
    title: '表头与封面的身份信息不得空白',
    group: 'completeness',
    severity: 'error',
    formula:
      '每张表表头“部门：”后填写部门全称；表头注明“单位：万元”（或“金额单位：”）；封面写明年度和部门名称',
    rationale:
      '公开表格离开文本单独流传时，表头是判断表格归属和金额单位的唯一依据；“部门：”留空或缺少金额单位会使表格无法使用。',
    references: ['rules.md C-11', 'tables.md §3', 'GOV R006'],
    messages: {
      blankDepartment: '{{tables}} 表头“部门：”后未填写部门名称',
      noDepartmentLine: '{{tables}} 表头没有“部门：”行，而其他表都有',
      noUnit: '{{tables}} 表头未注明金额单位（“单位：万元”）',
      coverYear: '封面标题“{{title}}”没有写明年度',
      coverName: '封面标题“{{title}}”没有写明部门名称',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const tableLine = (t: Table, line: number | null | undefined): ReturnType<typeof blankLocation> => ({
      ...ctx.tableAt(t),
      line: line ?? t.titleAt.line ?? null,
      excerpt: line
        ? clip((doc.source.lines[line - 1] ?? '').replace(/\t+/g, ' '))
        : `${t.number ?? ''}表 ${t.title}`,
    });
    const blank = doc.tables.filter((t) => t.department === '');
    if (blank.length > 0) {
      ctx.report({
        messageId: 'blankDepartment',
        data: { tables: names(blank, doc.tables.length) },
        expected: doc.meta.department ? { text: doc.meta.department } : null,
        actual: { text: '' },
        locations: blank.map((t) => tableLine(t, t.departmentAt?.line)),
      });
    }
    const withLine = doc.tables.filter((t) => t.department !== null);
    const noLine = doc.tables.filter((t) => t.department === null);
    if (withLine.length > 0 && noLine.length > 0) {
      ctx.report({
        messageId: 'noDepartmentLine',
        severity: 'warning',
        data: { tables: names(noLine, doc.tables.length) },
        locations: noLine.map((t) => tableLine(t, t.titleAt.line)),
      });
    }
    const noUnit = doc.tables.filter((t) => t.unit === null);
    if (noUnit.length > 0) {
      ctx.report({
        messageId: 'noUnit',
        severity: 'warning',
        data: { tables: names(noUnit, doc.tables.length) },
        locations: noUnit.map((t) => tableLine(t, t.titleAt.line)),
      });
    }
    const title = doc.meta.title;
    if (title !== '') {
      const at = { ...blankLocation('meta'), line: doc.meta.titleAt?.line ?? null, excerpt: clip(title) };
      if (!/\d{4}\s*年/.test(title)) {
        ctx.report({
          messageId: 'coverYear',
          severity: 'warning',
          data: { title: clip(title, 60) },
          locations: [at],
        });
      }
      if (nameInTitle(title) === '') {
        ctx.report({
          messageId: 'coverName',
          severity: 'warning',
          data: { title: clip(title, 60) },
          locations: [at],
        });
      }
    }
  },
});
