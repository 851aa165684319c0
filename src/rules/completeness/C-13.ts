import type { Location } from '../../model/finding.ts';
import { defineRule } from '../define-rule.ts';
import {
  allSections,
  blankLocation,
  clip,
  isAccounts,
  locateOffset,
  matchesOf,
  sentenceBounds,
  textPassages,
} from './shared.ts';

/** A year as printed: "2021年", "2021 年度" (not part of a longer number). */
const YEAR = /(?<![\d.])((?:19|20)\d{2})\s*年(度)?/g;
/** 截至 2021 年 12 月 31 日. */
const CUTOFF = /截[至止]\s*((?:19|20)\d{2})\s*年\s*12\s*月\s*31\s*日/g;
/** The base of a change: "与2020年相比", "比2020年度", "较2020年", "与2020年度持平". */
const COMPARISON =
  /与\s*((?:19|20)\d{2})\s*年度?(?:同期)?相比|比\s*((?:19|20)\d{2})\s*年度?(?:同期)?(?:决算数?)?(?=\s*(?:增|减|下降|上升|降低|多|少|持平))|较\s*((?:19|20)\d{2})\s*年度?|与\s*((?:19|20)\d{2})\s*年度?(?:同期)?(?:决算数?)?(?=\s*持平)/g;
/** A "YYYY年度" mention, the "YYYY年部门决算" of the 决算单位构成 sentence. */
const MENTION = /(?<![\d.])((?:19|20)\d{2})\s*年(?:度|(?=(?:部门|单位)决算))/g;
/** Sentences about the past or the future may name other years. */
const OTHER_YEAR_CONTEXT =
  /上年|上一年|以前年度|以往|结转|相比|同比|较上|将|计划|拟|下一步|下年|明年|今后|以后年度|预计|成立|设立|起|自\s*\d{4}|至\s*\d{4}/;

export default defineRule({
  meta: {
    id: 'C-13',
    title: '年度前后一致',
    group: 'completeness',
    severity: 'error',
    formula:
      '封面、目录、部分标题、章节标题、表名中的年度 = 报告年度；“截至YYYY年12月31日” = 报告年度；“与YYYY年相比” = 报告年度 − 1；正文中的“YYYY年度” = 报告年度',
    rationale: '年度写错多是沿用上年文本未改全，读者会误以为数据属于另一年度。',
    references: ['rules.md C-13'],
    messages: {
      heading: '{{place}}写作“{{text}}”，与报告年度 {{year}} 年不符',
      cutoff: '{{place}}“{{text}}”的年度与报告年度 {{year}} 年不符',
      comparison: '{{place}}“{{text}}”：与上年比较应为 {{previous}} 年',
      mention: '{{place}}出现“{{text}}”，与报告年度 {{year}} 年不符',
    },
  },
  check(doc, ctx) {
    const year = doc.meta.year;
    if (!isAccounts(doc) || year === null) return;
    const reported = new Set<string>();
    const once = (line: number | null, text: string): boolean => {
      const key = `${line ?? 0}:${text}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    };

    // Headings: 目录, part and section headings, table titles, 自评表 titles.
    const headings: { text: string; place: string; location: Location }[] = [];
    for (const e of doc.toc) {
      headings.push({
        text: e.text,
        place: '目录',
        location: { ...blankLocation('meta'), line: e.at.line ?? null, excerpt: clip(e.text) },
      });
    }
    for (const p of doc.parts) {
      headings.push({
        text: p.heading,
        place: '部分标题',
        location: {
          ...blankLocation('narrative'),
          section: p.heading,
          line: p.at.line ?? null,
          excerpt: clip(p.heading),
        },
      });
      // Section headings of the 情况说明 follow the template; 概况 and 附件 headings are free text that may name
      // other years (a plan for next year, last year's problems), so only their mentions below are checked.
      if (p.kind !== 'narrative') continue;
      for (const { section: s } of allSections(p)) {
        if (s.heading.length > 60) continue; // a list item printed as a heading
        headings.push({
          text: s.heading,
          place: '标题',
          location: {
            ...blankLocation('narrative'),
            section: s.heading,
            line: s.at.line ?? null,
            excerpt: clip(s.heading),
          },
        });
      }
    }
    for (const t of doc.tables)
      headings.push({ text: t.title, place: `${t.number ?? ''}表表名`, location: ctx.tableAt(t) });
    for (const p of doc.perfEvaluations) {
      headings.push({
        text: p.title,
        place: '自评表标题',
        location: {
          ...blankLocation('perf'),
          section: p.title,
          line: p.at.line ?? null,
          excerpt: clip(p.title),
        },
      });
    }
    for (const h of headings) {
      for (const m of matchesOf(YEAR, h.text)) {
        if (Number(m[1]) === year || !once(h.location.line, m[0])) continue;
        ctx.report({
          messageId: 'heading',
          data: { place: `${h.place}“${clip(h.text, 50)}”中`, text: m[0], year },
          expected: { text: `${year}年${m[2] ?? ''}` },
          actual: { text: m[0] },
          locations: [h.location],
        });
      }
    }

    // Prose: cut-off dates, comparison bases, other "YYYY年度" mentions.
    for (const passage of textPassages(doc)) {
      const t = passage.text;
      const taken: [number, number][] = [];
      for (const m of matchesOf(CUTOFF, t)) {
        taken.push([m.index, m.index + m[0].length]);
        if (Number(m[1]) === year) continue;
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        if (!once(place.location.line, m[0])) continue;
        ctx.report({
          messageId: 'cutoff',
          data: { place: place.label, text: m[0], year },
          expected: { text: `截至${year}年12月31日` },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
      for (const m of matchesOf(COMPARISON, t)) {
        taken.push([m.index, m.index + m[0].length]);
        if (Number(m[1] ?? m[2] ?? m[3] ?? m[4]) === year - 1) continue;
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        if (!once(place.location.line, m[0])) continue;
        ctx.report({
          messageId: 'comparison',
          severity: 'warning',
          data: { place: place.label, text: m[0], previous: year - 1 },
          expected: { text: `${year - 1}年` },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
      for (const m of matchesOf(MENTION, t)) {
        const y = Number(m[1]);
        if (y === year || taken.some(([a, b]) => m.index >= a && m.index < b)) continue;
        const { from, to } = sentenceBounds(t, m.index, m.index + m[0].length);
        if (OTHER_YEAR_CONTEXT.test(t.slice(from, to))) continue;
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        if (!once(place.location.line, m[0])) continue;
        ctx.report({
          messageId: 'mention',
          severity: 'warning',
          data: { place: place.label, text: m[0], year },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
    }
  },
});
