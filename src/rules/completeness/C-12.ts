import type { Location } from '../../model/finding.ts';
import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, isAccounts, nameInTitle, partKindOfTitle, tocText } from './shared.ts';

/** "第一部分XX局概况" → "XX局". */
function nameInOverviewTitle(title: string): string {
  return title
    .replace(/^第\s*[一二三四五六七八九十]+\s*部分/, '')
    .replace(/(?:部门|单位)?(?:概况|基本情况)$/, '')
    .replace(/[\s*]/g, '');
}

/** Every character of the short form appears in the full name in order ("区委网信办" ⊂ "…区委网络安全和信息化委员会办公室"). */
function isAbbreviation(short: string, full: string): boolean {
  let i = 0;
  for (const ch of full) if (ch === short[i]) i++;
  return i === short.length && short.length >= 2;
}

/** A name, then the year: "X2024年度…" (after an optional 第N部分). */
const NAME_BEFORE_YEAR =
  /^(?:第[一二三四五六七八九十]+部分\s*)?([^\s，。；：、“”（）()]{4,30}?)\s*\d{4}\s*年度?/;
/** How department names end. */
const NAME_END =
  /(?:局|委|委员会|办|办公室|厅|院|部|会|所|中心|处|站|队|馆|社|署|政府|街道办事处|街道|镇|乡)$/;
/** A title line: the name, the year and the document or part, nothing else. */
const TITLE_LINE =
  /^(?:第[一二三四五六七八九十]+部分\s*)?\S{4,30}?\s*\d{4}\s*年度?(?:部门|单位)决算(?:表|情况说明)?$/;

/** Another spelling of the same name (most characters shared, similar length) — not some other body. */
function resembles(variant: string, name: string): boolean {
  if (Math.abs(variant.length - name.length) > 4) return false;
  const pool = Array.from(name);
  let shared = 0;
  for (const ch of variant) {
    const k = pool.indexOf(ch);
    if (k >= 0) {
      shared++;
      pool.splice(k, 1);
    }
  }
  return shared / Math.max(variant.length, name.length) >= 0.7;
}

const UNITS_SENTENCE = /^\s*(.{2,40}?)\s*\d{4}\s*年度?(?:部门|单位)决算汇总公开单位构成/;
const SHORT_FORM = /以下简称[“"]?([^”"）)，,。]{2,20})/g;

export default defineRule({
  meta: {
    id: 'C-12',
    title: '部门名称前后一致',
    group: 'completeness',
    severity: 'warning',
    formula:
      '封面、目录、概况标题、各表表头“部门：”与正文使用同一部门全称（正文可用“（以下简称…）”引入的简称或本部门通行的简称）',
    rationale: '名称不一致会让读者怀疑表格或段落取自其他单位的公开文本（套用他人模板后未改全）。',
    references: ['rules.md C-12', 'GOV R006'],
    messages: {
      mismatch: '{{places}}写作“{{variant}}”，与封面部门名称“{{name}}”不一致',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const cover = nameInTitle(doc.meta.title);
    const name = cover || doc.meta.department.replace(/\s+/g, '');
    if (name === '') return;
    const text = doc.source.lines.join('\n');
    const declared = new Set([...text.matchAll(SHORT_FORM)].map((m) => (m[1] ?? '').trim()));
    const variants = new Map<string, { places: string[]; locations: Location[] }>();
    const add = (variant: string, place: string, location: Location, narrative = false): void => {
      const v = variant.replace(/\s+/g, '');
      if (v === '' || v === name) return;
      if (narrative && (declared.has(v) || isAbbreviation(v, name))) return;
      const entry = variants.get(v) ?? { places: [], locations: [] };
      if (!entry.places.includes(place)) entry.places.push(place);
      entry.locations.push(location);
      variants.set(v, entry);
    };
    const tocOverview = doc.toc.find((e) => e.level === 1 && partKindOfTitle(e.text) === 'overview');
    if (tocOverview) {
      add(nameInOverviewTitle(tocText(tocOverview.text)), '目录', {
        ...blankLocation('meta'),
        line: tocOverview.at.line ?? null,
        excerpt: clip(tocOverview.text),
      });
    }
    const overview = doc.parts.find((p) => p.kind === 'overview');
    if (overview) {
      add(nameInOverviewTitle(overview.heading), '概况标题', {
        ...blankLocation('narrative'),
        section: overview.heading,
        line: overview.at.line ?? null,
        excerpt: clip(overview.heading),
      });
      for (const s of overview.sections.flatMap((x) => [x, ...x.subsections])) {
        const m = UNITS_SENTENCE.exec(s.text.split('\n').find((l) => UNITS_SENTENCE.test(l)) ?? '');
        if (!m?.[1]) continue;
        const line = s.segments.find((g) =>
          s.text.slice(g.offset, g.offset + g.length).includes('决算汇总公开'),
        );
        add(
          m[1],
          '概况“决算单位构成”',
          {
            ...blankLocation('narrative'),
            section: s.heading,
            line: line?.at.line ?? s.startLine,
            excerpt: clip(m[0]),
          },
          true,
        );
        break;
      }
    }
    for (const t of doc.tables) {
      if (!t.department) continue;
      add(t.department, `${t.number ?? ''}表表头`, {
        ...ctx.tableAt(t),
        line: t.departmentAt?.line ?? null,
        excerpt: clip(`部门：${t.department}`),
      });
    }
    // Titles and sentences that open with the department's name: "青山农业农村局2024年度部门决算表" (a title:
    // the full name is due), "青山县农业与农村局2024年度无…" (a sentence: a declared short form or an
    // abbreviation is fine, another name is not).
    const tocLines = new Set(doc.toc.map((e) => e.at.line ?? 0));
    doc.source.lines.forEach((raw, i) => {
      if (tocLines.has(i + 1)) return;
      const line = raw.replace(/\t+/g, ' ').trim();
      const m = NAME_BEFORE_YEAR.exec(line);
      const variant = (m?.[1] ?? '').replace(/\s+/g, '');
      // "纳入X2024年度…" holds the name itself: not a variant
      if (!m || variant.includes(name) || !NAME_END.test(variant) || !resembles(variant, name)) return;
      const title = TITLE_LINE.test(line);
      add(
        variant,
        title ? '标题' : '正文',
        { ...blankLocation(title ? 'meta' : 'narrative'), line: i + 1, excerpt: clip(line) },
        !title,
      );
    });
    for (const [variant, { places, locations }] of variants) {
      ctx.report({
        messageId: 'mismatch',
        data: { places: places.join('、'), variant, name },
        expected: { text: name },
        actual: { text: variant },
        locations,
      });
    }
  },
});
