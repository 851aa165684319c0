import type { Part, Section } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import {
  blankLocation,
  clip,
  cnNumber,
  cnNumeral,
  detectTemplate,
  isAccounts,
  SH11_NESTED,
  sectionKeyOf,
  shortHeading,
  TEMPLATE_NAME,
  TEMPLATE_SECTIONS,
  type SectionKey,
} from './shared.ts';

/** How a missing section is named in messages (narrative.md §1). */
const KEY_TITLE: Record<SectionKey, string> = {
  总体: '收入支出决算总体情况说明',
  收入: '收入决算情况说明',
  支出: '支出决算情况说明',
  财拨: '财政拨款收入支出决算总体情况说明',
  一般公共: '一般公共预算财政拨款支出决算情况说明',
  基本: '一般公共预算财政拨款基本支出决算情况说明',
  三公: '“三公”经费支出决算情况说明',
  基金: '政府性基金预算收入支出决算情况',
  国资: '国有资本经营预算支出决算情况',
  运行经费: '机关运行经费支出说明',
  一般性: '一般性支出情况说明',
  采购: '政府采购支出说明',
  资产: '国有资产占用情况说明',
  绩效: '预算绩效情况说明',
  其他: '其他重要事项情况说明',
};

/** Sub-sections every template prints in these sections: (一)总体 (二)结构 (三)具体; (一)总体 (二)具体. */
const REQUIRED_SUBS: Partial<Record<SectionKey, number>> = { 一般公共: 3, 三公: 2 };

/** A section without sub-sections that says there was no such spending (the national/Shanghai template's statement). */
const NONE_STATEMENT: Partial<Record<SectionKey, RegExp>> = {
  三公: /^[^。]{0,40}无[“"]?三公[”"]?经费(财政拨款)?支出。?$/,
};

/** A numbered line inside a section body that reads like a swallowed section heading ("五、一般公共…说明"). */
const INLINE_HEADING = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.{1,40})$/;

function sectionAt(s: Section): ReturnType<typeof blankLocation> {
  return {
    ...blankLocation('narrative'),
    section: s.heading,
    line: s.at.line ?? s.startLine,
    excerpt: clip(s.heading),
  };
}

function partAt(p: Part): ReturnType<typeof blankLocation> {
  return {
    ...blankLocation('narrative'),
    section: p.heading,
    line: p.at.line ?? p.startLine,
    excerpt: clip(p.heading),
  };
}

export default defineRule({
  meta: {
    id: 'C-05',
    title: '情况说明章节齐全、编号连续',
    group: 'completeness',
    severity: 'error',
    formula:
      '按标题集合识别模板（湖南13/14/15节、中央/上海11节），模板要求的各节齐全；一、二、三…连续无缺号重号；一般公共预算支出一节含（一）（二）（三），“三公”一节含（一）（二）',
    rationale:
      '情况说明的章节由公开模板规定；缺节即缺少一项必须公开的说明，编号断档或重复通常是删改模板时留下的痕迹。模板只按章节集合识别，不按年度推断。',
    references: ['rules.md C-05', 'narrative.md §1'],
    messages: {
      missing: '情况说明缺少“{{title}}”一节（按{{template}}应为第{{number}}节）',
      missingSub: '情况说明“{{heading}}”缺少小节{{subs}}（应含{{required}}）',
      numberGap: '情况说明章节编号不连续：“{{previous}}”之后是“{{heading}}”，缺少第{{expected}}节的编号',
      numberRepeat: '情况说明第{{line}}行“{{text}}”的编号与前文重复或倒退，该节未能作为独立章节',
      subNumberGap: '情况说明“{{parent}}”的小节编号不连续：{{numbers}}',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const part = doc.parts.find((p) => p.kind === 'narrative');
    const fit = detectTemplate(doc);
    if (!part || !fit) return;
    const order = TEMPLATE_SECTIONS[fit.template];

    // Headings swallowed into the previous section because their number repeats or goes back.
    const swallowed = new Set<SectionKey>();
    for (const s of part.sections) {
      for (const seg of s.segments) {
        const text = s.text.slice(seg.offset, seg.offset + seg.length).trim();
        const m = INLINE_HEADING.exec(text);
        const key = m?.[2] ? sectionKeyOf(text) : null;
        if (!m?.[1] || !key || key === sectionKeyOf(s.heading) || !/说明|情况$/.test(text)) continue;
        // Swallowed only because its number repeats or goes back, and the number fits its place in the template.
        const printed = cnNumber(m[1]) ?? 0;
        const current = s.number ? (cnNumber(s.number) ?? 0) : 0;
        const expected = order.indexOf(key) + 1;
        if (printed > current || Math.abs(printed - expected) > 1) continue;
        swallowed.add(key);
        ctx.report({
          messageId: 'numberRepeat',
          severity: 'warning',
          data: { line: seg.at.line ?? '?', text: clip(text, 60) },
          locations: [{ ...sectionAt(s), line: seg.at.line ?? null, excerpt: clip(text) }],
        });
      }
    }

    for (const key of fit.missing) {
      if (swallowed.has(key)) continue;
      const nested = fit.template === 'SH11' && SH11_NESTED.includes(key);
      const index = order.indexOf(key);
      const number = nested ? `十一（${cnNumeral(SH11_NESTED.indexOf(key) + 1)}）` : cnNumeral(index + 1);
      const before = order
        .slice(0, Math.max(0, index))
        .reverse()
        .map((k) => fit.sections.get(k))
        .find((s) => s);
      ctx.report({
        messageId: 'missing',
        data: { title: KEY_TITLE[key], template: TEMPLATE_NAME[fit.template], number },
        expected: { text: KEY_TITLE[key] },
        locations: [before ? { ...sectionAt(before), line: before.endLine } : partAt(part)],
      });
    }

    // 一、二、三… consecutive.
    let previous: Section | null = null;
    for (const s of part.sections) {
      const n = s.number ? cnNumber(s.number) : null;
      const p = previous?.number ? cnNumber(previous.number) : 0;
      if (n !== null && p !== null && n > p + 1) {
        ctx.report({
          messageId: 'numberGap',
          severity: 'warning',
          data: {
            previous: previous ? shortHeading(previous.heading) : '（开头）',
            heading: shortHeading(s.heading),
            expected: Array.from({ length: n - p - 1 }, (_, i) => cnNumeral(p + i + 1)).join('、'),
          },
          locations: [sectionAt(s)],
        });
      }
      previous = s;
    }

    for (const s of part.sections) {
      const key = sectionKeyOf(s.heading);
      const numbers = s.subsections.map((x) => (x.number ? cnNumber(x.number) : null));
      const none = key ? NONE_STATEMENT[key] : undefined;
      const stated = s.subsections.length === 0 && none !== undefined && none.test(s.text.trim());
      const required = key && !stated ? REQUIRED_SUBS[key] : undefined;
      if (required !== undefined) {
        const lacking = Array.from({ length: required }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
        if (lacking.length > 0) {
          ctx.report({
            messageId: 'missingSub',
            data: {
              heading: shortHeading(s.heading),
              subs: lacking.map((n) => `（${cnNumeral(n)}）`).join(''),
              required: Array.from({ length: required }, (_, i) => `（${cnNumeral(i + 1)}）`).join(''),
            },
            locations: [sectionAt(s)],
          });
        }
      }
      const ok = numbers.every((n, i) => n === i + 1);
      if (!ok && numbers.length > 1 && numbers.every((n) => n !== null)) {
        ctx.report({
          messageId: 'subNumberGap',
          severity: 'warning',
          data: {
            parent: shortHeading(s.heading),
            numbers: numbers.map((n) => `（${cnNumeral(n)}）`).join(''),
          },
          locations: [sectionAt(s), ...s.subsections.map(sectionAt)],
        });
      }
    }
  },
});
