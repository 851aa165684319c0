import type { PartKind } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, detectTemplate, isAccounts, partKindOfTitle } from './shared.ts';

/** The five parts of a 部门决算 in order (SH11 documents have no 附件 part). */
const PARTS: readonly { readonly kind: PartKind; readonly title: string }[] = [
  { kind: 'overview', title: '第一部分 概况' },
  { kind: 'tables', title: '第二部分 部门决算表' },
  { kind: 'narrative', title: '第三部分 部门决算情况说明' },
  { kind: 'glossary', title: '第四部分 名词解释' },
  { kind: 'annex', title: '第五部分 附件' },
];

export default defineRule({
  meta: {
    id: 'C-01',
    title: '五个部分齐全且顺序正确',
    group: 'completeness',
    severity: 'error',
    formula:
      '概况、部门决算表、情况说明、名词解释、附件五部分齐全并按此顺序排列（11节模板无附件）；目录列出的部分正文必须有',
    rationale:
      '部门决算公开文本由五个部分组成；缺少一部分即缺少一类必须公开的内容，目录列出而正文没有更说明文本不完整。',
    references: ['rules.md C-01', '部门决算公开模板（第一部分至第五部分）'],
    messages: {
      missing: '文本缺少“{{title}}”{{toc}}',
      order:
        '“{{title}}”排在“{{previous}}”之前，五个部分应按概况、决算表、情况说明、名词解释、附件的顺序排列',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const firstTable = [...doc.tables].sort((a, b) => a.startLine - b.startLine)[0];
    const positions = new Map<PartKind, { line: number; heading: string }>();
    for (const p of doc.parts) {
      if (p.kind !== 'other' && !positions.has(p.kind))
        positions.set(p.kind, { line: p.startLine, heading: p.heading });
    }
    // Tables printed without their part heading still are the tables part.
    if (!positions.has('tables') && firstTable) {
      positions.set('tables', { line: firstTable.startLine, heading: '部门决算表' });
    }
    const template = detectTemplate(doc)?.template ?? null;
    const tocEntries = doc.toc.filter((e) => e.level === 1);
    for (const { kind, title } of PARTS) {
      if (positions.has(kind)) continue;
      const inToc = tocEntries.find((e) => partKindOfTitle(e.text) === kind);
      if (kind === 'annex' && !inToc && template === 'SH11') continue;
      ctx.report({
        messageId: 'missing',
        data: { title, toc: inToc ? `（目录列有“${clip(inToc.text, 40)}”，正文中却没有）` : '' },
        expected: { text: title },
        locations: [
          inToc
            ? { ...blankLocation('meta'), line: inToc.at.line ?? null, excerpt: clip(inToc.text) }
            : {
                ...blankLocation('meta'),
                line: doc.meta.titleAt?.line ?? null,
                excerpt: clip(doc.meta.title),
              },
        ],
      });
    }
    // Order: each present part after the ones that precede it in the template.
    let previous: { title: string; line: number; rank: number } | null = null;
    for (const [kind, at] of [...positions.entries()].sort((a, b) => a[1].line - b[1].line)) {
      const rank = PARTS.findIndex((p) => p.kind === kind);
      const title = PARTS[rank]?.title ?? at.heading;
      if (previous && rank < previous.rank) {
        ctx.report({
          messageId: 'order',
          data: { title: clip(at.heading, 40), previous: clip(previous.title, 40) },
          locations: [{ ...blankLocation('meta'), line: at.line, excerpt: clip(at.heading) }],
        });
      }
      if (!previous || rank > previous.rank) previous = { title: at.heading || title, line: at.line, rank };
    }
  },
});
