import type { Disclosure, Part, Section } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { findInstructions } from './C-09.ts';
import { blankLocation, clip, headingTitle, isTextDocument, PART_LABEL, shortHeading } from './shared.ts';

/** Parts whose sections must carry text (名词解释 and 附件 file lists are C-16 / C-20). */
const PROSE_PARTS = new Set<Part['kind']>(['overview', 'narrative', 'annex', 'other']);

/** What is left of a text once instructions, numbering and punctuation are removed. */
function substance(text: string): string {
  let rest = text;
  for (const ins of [...findInstructions(text)].reverse()) {
    rest = rest.slice(0, ins.start) + rest.slice(ins.end);
  }
  return rest
    .replace(
      /^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|\d{1,2}\s*[、.．]|[一二三四五六七八九十]{1,3}\s*、)/gm,
      '',
    )
    .replace(/[\s。，、；：:;,.!?！？“”"（）()]/g, '');
}

/**
 * A numbered line that reads as a list item (a duty "（一）负责…。") rather than a sub-heading: it ends like a
 * sentence or is too long for a heading.
 */
function isListItem(doc: Disclosure, s: Section): boolean {
  const raw = s.at.line ? (doc.source.lines[s.at.line - 1] ?? '') : '';
  return /[。；;]\s*$/.test(raw.replace(/\*\*/g, '')) || s.heading.length > 40;
}

/** Text of a section before its first sub-section. */
function ownText(s: Section): string {
  const first = s.subsections[0];
  if (!first) return s.text;
  const seg = s.segments.find((g) => (g.at.line ?? 0) >= first.startLine);
  return seg ? s.text.slice(0, seg.offset) : s.text;
}

type Verdict = 'empty' | 'instructions' | 'ok';

function verdict(text: string): Verdict {
  if (text.trim() === '') return 'empty';
  return substance(text) === '' ? 'instructions' : 'ok';
}

export default defineRule({
  meta: {
    id: 'C-10',
    title: '章节内容为空',
    group: 'completeness',
    severity: 'error',
    formula: '每个章节、小节下应有实际内容；只有标题、只有模板写作说明或只有下级标题列表的，视为内容缺失',
    rationale: '模板要求的每一节都应按实际情况说明；空节或只保留写作说明的节，说明该项公开内容缺失。',
    references: ['rules.md C-10'],
    messages: {
      empty: '{{place}}“{{heading}}”下没有任何内容',
      instructions: '{{place}}“{{heading}}”下只有模板写作说明，没有实际内容',
      headingsOnly: '{{place}}“{{heading}}”下只有小标题 {{subheadings}}，各小标题下均无内容',
    },
  },
  check(doc, ctx) {
    if (!isTextDocument(doc)) return;
    const at = (s: Section): ReturnType<typeof blankLocation> => ({
      ...blankLocation('narrative'),
      section: s.heading,
      line: s.at.line ?? s.startLine,
      endLine: s.endLine > s.startLine ? s.endLine : null,
      excerpt: clip(s.heading),
    });
    for (const part of doc.parts) {
      if (!PROSE_PARTS.has(part.kind)) continue;
      const partName = PART_LABEL[part.kind] || '正文';
      for (const top of part.sections) {
        const subs = top.subsections.filter((s) => !isListItem(doc, s));
        const own = verdict(ownText(top));
        if (top.subsections.length === 0 || subs.length === 0) {
          if (own === 'ok' || top.subsections.length > 0) continue;
          ctx.report({
            messageId: own,
            data: { place: partName, heading: shortHeading(top.heading) },
            locations: [at(top)],
          });
          continue;
        }
        const verdicts = subs.map((s) => ({ s, v: verdict(s.text) }));
        if (own !== 'ok' && verdicts.every((x) => x.v === 'empty')) {
          ctx.report({
            messageId: 'headingsOnly',
            data: {
              place: partName,
              heading: shortHeading(top.heading),
              subheadings: subs.map((s) => `“${shortHeading(s.heading)}”`).join(''),
            },
            locations: [at(top), ...subs.map(at)],
          });
          continue;
        }
        for (const { s, v } of verdicts) {
          if (v === 'ok') continue;
          ctx.report({
            messageId: v,
            data: {
              place: `${partName}“${top.number ?? ''}（${s.number ?? ''}）”`,
              heading: shortHeading(headingTitle(s.heading)),
            },
            locations: [at(s)],
          });
        }
      }
    }
  },
});
