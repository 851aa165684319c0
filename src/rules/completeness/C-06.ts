import type { Part, Section, TocEntry } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import {
  blankLocation,
  clip,
  cnNumber,
  headingTitle,
  isAccounts,
  partKindOfTitle,
  shortHeading,
  tocText,
} from './shared.ts';

/** Words a 目录 entry and its heading may add or drop: 关于/的/说明/情况, years, 单位/部门, punctuation. */
const FILLER = /关于|的|说明|情况|单位|部门|及|和|与|\d{4}\s*年度?|年度|[“”"'‘’《》\s、，,。.：:（）()]/g;

function norm(text: string): string {
  return headingTitle(text).replace(FILLER, '');
}

/** Same title, or a heading that extends the 目录 text ("机构设置及决算单位构成" for "机构设置"). */
function equivalent(toc: string, body: string): boolean {
  const a = norm(toc);
  const b = norm(body);
  return a === b || (a !== '' && b.includes(a));
}

function parseEntry(e: TocEntry): { number: number | null; printed: string; title: string } {
  const text = tocText(e.text);
  const m = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(.*)$/.exec(text);
  return { number: m?.[1] ? cnNumber(m[1]) : null, printed: m?.[1] ?? '', title: m?.[2] ?? text };
}

export default defineRule({
  meta: {
    id: 'C-06',
    title: '目录与正文标题一致',
    group: 'completeness',
    severity: 'warning',
    formula:
      '目录每一项在正文有编号相同、标题等同的标题（忽略空格、关于/的/说明等虚词；正文标题可在目录文字后扩展）；正文标题未列入目录的也提示',
    rationale: '目录是读者查找公开内容的入口；目录与正文编号或标题不一致，通常是套用模板后只改了一处。',
    references: ['rules.md C-06', 'GOV toc_alignment'],
    messages: {
      partTitle: '目录“{{toc}}”与正文部分标题“{{body}}”不一致',
      title: '目录“{{toc}}”与正文同编号标题“{{body}}”不一致',
      number: '目录“{{toc}}”在正文中编号不同：正文为“{{body}}”',
      missing: '目录“{{toc}}”在正文{{part}}中找不到对应标题',
      notInToc: '正文标题“{{body}}”未列入目录',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc) || doc.toc.length === 0) return;
    const tocAt = (e: TocEntry): ReturnType<typeof blankLocation> => ({
      ...blankLocation('meta'),
      line: e.at.line ?? null,
      excerpt: clip(e.text),
    });
    const secAt = (s: Section): ReturnType<typeof blankLocation> => ({
      ...blankLocation('narrative'),
      section: s.heading,
      line: s.at.line ?? s.startLine,
      excerpt: clip(s.heading),
    });
    // Group the 目录: each part entry with its numbered entries.
    const groups: { entry: TocEntry; children: TocEntry[] }[] = [];
    for (const e of doc.toc) {
      if (e.level === 1) groups.push({ entry: e, children: [] });
      else groups[groups.length - 1]?.children.push(e);
    }
    for (const { entry, children } of groups) {
      const kind = partKindOfTitle(entry.text);
      const n = cnNumber(/第\s*([一二三四五六七八九十]+)\s*部分/.exec(entry.text)?.[1] ?? '');
      const part: Part | undefined =
        doc.parts.find((p) => p.number !== null && p.number === n) ?? doc.parts.find((p) => p.kind === kind);
      if (!part) continue; // a missing part is C-01's
      const tocTitle = tocText(entry.text).replace(/^第\s*[一二三四五六七八九十]+\s*部分/, '');
      const bodyTitle = part.heading.replace(/^第\s*[一二三四五六七八九十]+\s*部分/, '');
      if (!equivalent(tocTitle, bodyTitle)) {
        ctx.report({
          messageId: 'partTitle',
          data: { toc: clip(entry.text, 60), body: clip(part.heading, 60) },
          locations: [
            tocAt(entry),
            { ...blankLocation('narrative'), line: part.at.line ?? null, excerpt: clip(part.heading) },
          ],
        });
      }
      // The tables part is checked against the tables by C-03.
      if (part.kind === 'tables' || children.length === 0) continue;
      const matched = new Set<Section>();
      for (const child of children) {
        const { number, title } = parseEntry(child);
        const same =
          number === null ? undefined : part.sections.find((s) => s.number && cnNumber(s.number) === number);
        if (same && equivalent(title, same.heading)) {
          matched.add(same);
          continue;
        }
        const elsewhere = part.sections.find(
          (s) => s !== same && !matched.has(s) && norm(s.heading) === norm(title),
        );
        if (elsewhere) {
          matched.add(elsewhere);
          ctx.report({
            messageId: 'number',
            data: { toc: clip(child.text, 60), body: shortHeading(elsewhere.heading) },
            locations: [tocAt(child), secAt(elsewhere)],
          });
        } else if (same) {
          matched.add(same);
          ctx.report({
            messageId: 'title',
            data: { toc: clip(child.text, 60), body: shortHeading(same.heading) },
            locations: [tocAt(child), secAt(same)],
          });
        } else {
          ctx.report({
            messageId: 'missing',
            data: { toc: clip(child.text, 60), part: `“${part.heading}”` },
            locations: [tocAt(child)],
          });
        }
      }
      for (const s of part.sections) {
        if (matched.has(s)) continue;
        ctx.report({ messageId: 'notInToc', data: { body: shortHeading(s.heading) }, locations: [secAt(s)] });
      }
    }
  },
});
