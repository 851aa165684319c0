import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'Y-05',
    title: '表序与部门名称跨年连续',
    group: 'cross-year',
    severity: 'note',
    formula: '上年为新表序则本年不应回到旧表序；部门名称与上年一致（更名应说明）',
    rationale: '模板只会向新表序演进；部门名称不同可能是更名，也可能是误用了其他部门的文件。',
    references: ['rules.md Y-05'],
    messages: {
      order: '上年（{{year}}年度）公开文件为新表序，本年却为旧表序',
      name: '部门名称“{{now}}”与上年（{{year}}年度）公开文件“{{before}}”不同；如系更名，请在概况中说明',
    },
  },
  check(doc, ctx) {
    const prev = ctx.previous;
    if (!prev) return;
    const year = prev.meta.year ?? '';
    if (prev.meta.tableOrder === 'new' && doc.meta.tableOrder === 'old') {
      ctx.report({
        messageId: 'order',
        data: { year },
        locations: [ctx.metaAt(doc.meta.titleAt, doc.meta.title)],
      });
    }
    const norm = (s: string): string => s.replace(/\s+/g, '');
    if (
      doc.meta.department &&
      prev.meta.department &&
      norm(doc.meta.department) !== norm(prev.meta.department)
    ) {
      ctx.report({
        messageId: 'name',
        data: { now: doc.meta.department, before: prev.meta.department, year },
        locations: [ctx.metaAt(doc.meta.titleAt, doc.meta.title)],
      });
    }
  },
});
