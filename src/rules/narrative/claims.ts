/**
 * Reading the 情况说明: which section is which (by heading, never by number), sentences with their offsets, and the
 * amounts and percentages a sentence states with the words that label them. Shared by the N and S rules.
 */
import type { Disclosure, Section } from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';
import { parseNumber } from '../../model/amount.ts';

export type SectionKey =
  | 'overall' // 【总体】收入支出决算总体情况说明
  | 'income' // 【收入】
  | 'expenditure' // 【支出】
  | 'fiscal' // 【财拨】
  | 'general' // 【一般公共】
  | 'basic' // 【基本】
  | 'threePublic' // 【三公】
  | 'fund' // 【基金】
  | 'stateCapital' // 【国资】
  | 'operating' // 【运行经费】
  | 'generalSpending' // 【一般性】
  | 'procurement' // 【采购】
  | 'assets' // 【资产】
  | 'performance' // 【绩效】
  | 'other'; // 【其他】

const KEYS: readonly [SectionKey, RegExp][] = [
  ['fiscal', /财政拨款收入支出决算总体情况/],
  ['overall', /收入支出决算总体情况/],
  ['basic', /基本支出决算情况/],
  ['threePublic', /三公/],
  ['general', /一般公共预算财政拨款支出决算情况|财政拨款支出决算情况说明/],
  ['income', /^收入决算情况/],
  ['expenditure', /^支出决算情况/],
  ['fund', /政府性基金/],
  ['stateCapital', /国有资本经营/],
  ['operating', /机关运行经费/],
  ['generalSpending', /一般性支出/],
  ['procurement', /政府采购/],
  ['assets', /国有资产/],
  ['performance', /绩效/],
  ['other', /其他/],
];

export function sectionKey(heading: string): SectionKey | null {
  const title = heading
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^关于/, '');
  for (const [key, re] of KEYS) if (re.test(title)) return key;
  return null;
}

/** Sections the national / Shanghai 11-section template nests under 十一、其他重要事项 (narrative.md §1). */
const NESTED_UNDER_OTHER: ReadonlySet<SectionKey> = new Set(['operating', 'procurement', 'assets']);

/**
 * The 情况说明 sections by logical key (first match wins). 机关运行经费, 政府采购 and 国有资产 printed as sub-sections of
 * 其他重要事项 (SH11: 十一（一）（二）（三）) count as those sections when no level-1 section has them.
 */
export function narrativeSections(doc: Disclosure): Map<SectionKey, Section> {
  const out = new Map<SectionKey, Section>();
  const part = doc.parts.find((p) => p.kind === 'narrative');
  if (!part) return out;
  for (const s of part.sections) {
    const key = sectionKey(s.heading);
    if (key && !out.has(key)) out.set(key, s);
  }
  for (const sub of out.get('other')?.subsections ?? []) {
    const key = sectionKey(sub.heading);
    if (key && NESTED_UNDER_OTHER.has(key) && !out.has(key)) out.set(key, sub);
  }
  return out;
}

/** Sub-section (（一）（二）（三）) by its number, with the parent's text as fallback. */
export function subsection(section: Section, number: string): Section | undefined {
  return section.subsections.find((s) => s.number === number);
}

export interface Sentence {
  readonly text: string;
  /** Offset of the sentence in its section's text. */
  readonly offset: number;
  readonly section: Section;
}

/** Split a section's text into sentences (。；！？ and line breaks), keeping offsets. */
export function sentencesOf(section: Section): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^。；！？\n]+[。；！？]?/g;
  for (const m of section.text.matchAll(re)) {
    const text = m[0].trim();
    if (text === '') continue;
    out.push({ text, offset: m.index + m[0].indexOf(text), section });
  }
  return out;
}

export interface AmountMention {
  /** Integer hundredths of 万元 (amounts in 元 are converted and marked). */
  readonly value: number;
  readonly decimals: number;
  readonly raw: string;
  readonly unit: '万元' | '元';
  /** The words right before the number ("财政拨款收入", "支出决算"). */
  readonly label: string;
  /** Offsets within the sentence. */
  readonly start: number;
  readonly end: number;
}

export interface PercentMention {
  /** Printed value as an integer scaled by 10^decimals (96.15% → 9615, decimals 2). */
  readonly scaled: number;
  readonly decimals: number;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** The words right before the number ("占", "增长", "完成年初预算的"). */
  readonly lead: string;
}

const AMOUNT_RE = /(-?\d[\d,，]*(?:\.\d+)?)\s*(万元|元)/g;
const PERCENT_RE = /(-?\d+(?:\.\d+)?)\s*[%％]/g;
/** Where a label starts: punctuation (not the 、 of 收、支), 其中, or a leading 与上年相比-style clause. */
const LABEL_STOP = /[，,。；;：:“”]|(?<!收)、|其中/g;

function labelBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  let cut = 0;
  for (const m of head.matchAll(LABEL_STOP)) cut = m.index + m[0].length;
  return head
    .slice(cut)
    .replace(/^\d{4}\s*年度?/, '')
    .replace(/(为|是|共计|共|合计为|达到|达|约)$/, '')
    .trim();
}

export function amountsIn(sentence: string): AmountMention[] {
  const out: AmountMention[] = [];
  for (const m of sentence.matchAll(AMOUNT_RE)) {
    const raw = (m[1] ?? '').replace(/[，]/g, ',');
    const p = parseNumber(raw);
    if (p.kind !== 'number' || p.hundredths === null) continue;
    const unit = m[2] === '元' ? '元' : '万元';
    out.push({
      value: p.hundredths,
      decimals: p.decimals,
      raw: m[0],
      unit,
      label: labelBefore(sentence, m.index),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

export function percentsIn(sentence: string): PercentMention[] {
  const out: PercentMention[] = [];
  for (const m of sentence.matchAll(PERCENT_RE)) {
    const raw = m[1] ?? '';
    const [int = '', frac = ''] = raw.replace('-', '').split('.');
    const scaled = Number(int + frac) * (raw.startsWith('-') ? -1 : 1);
    const head = sentence.slice(Math.max(0, m.index - 12), m.index);
    out.push({
      scaled,
      decimals: frac.length,
      raw: m[0],
      start: m.index,
      end: m.index + m[0].length,
      lead: head,
    });
  }
  return out;
}

/** Location of a span of a sentence: section heading, source line and the sentence as excerpt. */
export function sentenceLocation(sentence: Sentence, start = 0): Location {
  const offset = sentence.offset + start;
  const seg =
    [...sentence.section.segments].reverse().find((s) => s.offset <= offset) ?? sentence.section.segments[0];
  // A column pins a printed figure (start > 0); a sentence as a whole has none, so it never merges findings.
  const column =
    start > 0 && seg?.at.column !== undefined ? seg.at.column + Math.max(0, offset - seg.offset) : null;
  return {
    part: 'narrative',
    table: null,
    row: null,
    column: null,
    section: sentence.section.heading,
    line: seg?.at.line ?? sentence.section.startLine,
    endLine: null,
    column1: column,
    page: null,
    excerpt: sentence.text.length > 200 ? `${sentence.text.slice(0, 199)}…` : sentence.text,
  };
}

/** Find the first amount whose label matches, in the section's sentences. */
export function findAmount(
  sentences: readonly Sentence[],
  label: RegExp,
): { sentence: Sentence; amount: AmountMention } | undefined {
  for (const s of sentences) {
    for (const a of amountsIn(s.text)) if (label.test(a.label)) return { sentence: s, amount: a };
  }
  return undefined;
}

/** The percentage printed right after an amount ("…75.01万元，占96.15%"), if any. */
export function shareAfter(sentence: string, amount: AmountMention): PercentMention | undefined {
  const rest = sentence.slice(amount.end);
  const next = amountsIn(rest)[0];
  const limit = next ? next.start : rest.length;
  const p = percentsIn(rest).find((x) => x.start < limit && /占/.test(rest.slice(0, x.start)));
  return p ? { ...p, start: p.start + amount.end, end: p.end + amount.end } : undefined;
}

/** Paragraphs (lines of the joined section text), as sentences for location purposes. */
export function paragraphsOf(section: Section): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  for (const line of section.text.split('\n')) {
    if (line.trim() !== '') out.push({ text: line, offset, section });
    offset += line.length + 1;
  }
  return out;
}

/** Every paragraph of every 情况说明 section (and its sub-sections' text is part of the parent's). */
export function allNarrativeParagraphs(doc: Disclosure): Sentence[] {
  const part = doc.parts.find((p) => p.kind === 'narrative');
  return part ? part.sections.flatMap((s) => paragraphsOf(s)) : [];
}

const UP = /(增加|增长|上升|提高|增)$/;
const DOWN = /(减少|下降|降低|减)$/;

export interface ChangeMention {
  /** The amount of the year the change is stated for (the closest preceding non-change amount). */
  readonly base: AmountMention | null;
  readonly delta: AmountMention;
  readonly direction: 'up' | 'down';
  /** The rate printed after the change amount, with its direction word. */
  readonly rate: (PercentMention & { direction: 'up' | 'down' | null }) | null;
  /** Words of the comparison ("与上年相比", "比年初预算数", "比上年决算数"). */
  readonly against: string;
}

/** Change statements of a paragraph: "…{base}万元…与上年相比，增加{Δ}万元，增长{r}%". */
export function changesIn(paragraph: string): ChangeMention[] {
  const amounts = amountsIn(paragraph);
  const percents = percentsIn(paragraph);
  const out: ChangeMention[] = [];
  amounts.forEach((a, i) => {
    const dir = UP.test(a.label) ? 'up' : DOWN.test(a.label) ? 'down' : null;
    if (!dir) return;
    // "减少（增加）" style alternatives are template residue (C-08), not a change statement
    if (/[（(](增加|减少|增长|下降)[）)]$/.test(a.label)) return;
    const before = amounts.slice(0, i).reverse();
    const base = before.find((b) => !UP.test(b.label) && !DOWN.test(b.label)) ?? null;
    const next = amounts[i + 1];
    const limit = next ? next.start : paragraph.length;
    const rate = percents.find((p) => p.start > a.end && p.start < limit) ?? null;
    const rateDir = rate
      ? /(增长|增加|上升|提高)[^，。；]*$/.test(rate.lead)
        ? 'up'
        : /(下降|减少|降低)[^，。；]*$/.test(rate.lead)
          ? 'down'
          : null
      : null;
    const clauseStart = Math.max(
      paragraph.lastIndexOf('。', a.start),
      paragraph.lastIndexOf('，', Math.max(0, a.start - 12)),
    );
    const against =
      /(与|比|较)[^，。；]*?(相比|比较)?/.exec(
        paragraph.slice(Math.max(0, clauseStart - 30), a.start),
      )?.[0] ?? '';
    out.push({
      base,
      delta: a,
      direction: dir,
      rate: rate ? { ...rate, direction: rateDir } : null,
      against,
    });
  });
  return out;
}

export type BudgetRelation = 'above' | 'below' | 'equal';

export interface BudgetPair {
  readonly budget: AmountMention;
  readonly actual: AmountMention;
  /** "完成(年初)预算的X%" printed for this pair. */
  readonly rate: PercentMention | null;
  /** 大于/小于/一致 wording about 决算 vs 预算, with its offset. */
  readonly relation: { word: BudgetRelation; text: string; start: number } | null;
  /** Offset where this pair's text ends (start of the next pair or end of paragraph). */
  readonly end: number;
}

const BUDGET_LABEL = /(预算|预算数)$/;
const ACTUAL_LABEL = /(决算|决算数)$/;
const RELATION_RE =
  /决算数?(?:(大于|高于|超过|多于)|(小于|低于|少于))(?:年初|全年)?预算数?|决算数?与(?:年初|全年)?预算数?(?:基本)?(一致|持平|相等|相同)|(?:预决算|预算与决算)(持平|一致|相等)/g;

/** 预算 → 决算 pairs of a paragraph: "年初预算为A万元，支出决算为B万元，完成年初预算的C%，决算数大于…". */
export function budgetPairsIn(paragraph: string): BudgetPair[] {
  const amounts = amountsIn(paragraph);
  const percents = percentsIn(paragraph);
  const relations = [...paragraph.matchAll(RELATION_RE)];
  const pairs: { budget: AmountMention; actual: AmountMention }[] = [];
  amounts.forEach((a, i) => {
    if (!BUDGET_LABEL.test(a.label) || ACTUAL_LABEL.test(a.label)) return;
    const next = amounts[i + 1];
    if (next && ACTUAL_LABEL.test(next.label)) pairs.push({ budget: a, actual: next });
  });
  return pairs.map((p, k) => {
    const end = pairs[k + 1]?.budget.start ?? paragraph.length;
    const nextAmount = amounts.find((a) => a.start > p.actual.end && a !== pairs[k + 1]?.budget);
    const rateLimit = Math.min(
      end,
      nextAmount && !ACTUAL_LABEL.test(nextAmount.label) ? nextAmount.start : end,
    );
    const rate =
      percents.find(
        (x) => x.start > p.actual.end && x.start < rateLimit && /完成[^，。；]{0,8}预算的?$/.test(x.lead),
      ) ?? null;
    const rel = relations.find((m) => m.index > p.actual.end && m.index < end);
    const word: BudgetRelation | null = rel ? (rel[1] ? 'above' : rel[2] ? 'below' : 'equal') : null;
    return {
      ...p,
      rate,
      relation: rel && word ? { word, text: rel[0], start: rel.index } : null,
      end,
    };
  });
}

export interface CountMention {
  /** The printed count; null when it is not a non-negative integer ("1.5辆", "-2个"). */
  readonly value: number | null;
  readonly raw: string;
  /** Unit as printed ("个", "人次", "辆", "台（套）"); "" for a bare count before its noun ("召开0会议"). */
  readonly unit: string;
  /** The words right before the number ("来访团组", "保有量", "应急保障用车"). */
  readonly label: string;
  /** Up to 8 characters right after the count ("会议", "节庆、晚会"). */
  readonly after: string;
  /** Offsets within the text. */
  readonly start: number;
  readonly end: number;
}

const COUNT_RE =
  /(?<![\d.．])(-?\d+(?:[.．]\d+)?)\s*(人次|批次|台[（(]套[）)]|台套|台|套|辆|个|人|次|场|名|批|项|期)?/g;
/** Nouns a count may stand right before without a unit ("召开0会议"). */
const BARE_COUNT_NOUN = /^(会议|培训|团组|批|场)/;

/**
 * Counts stated in a text (团组, 人次, 辆, 台（套）, 次, 人 …), as exact integers: "全年共接待来访团组46个、来宾412人次"
 * → 46 个 (label 来访团组), 412 人次 (label 来宾). Amounts, percentages, dates and "万人"-style figures are not counts.
 */
export function countsIn(text: string): CountMention[] {
  const out: CountMention[] = [];
  for (const m of text.matchAll(COUNT_RE)) {
    const num = m[1] ?? '';
    let unit = m[2] ?? '';
    const end = m.index + m[0].length;
    const rest = text.slice(end);
    if (unit === '') {
      if (!BARE_COUNT_NOUN.test(rest.trimStart())) continue;
    } else if (unit === '人' && /^(民|员)/.test(rest)) {
      continue;
    } else if (unit === '个' && /^(人|百分点|月)/.test(rest)) {
      continue;
    }
    unit = unit.replace(/[(]/, '（').replace(/[)]/, '）');
    const integer = /^\d+$/.test(num);
    out.push({
      value: integer ? Number(num) : null,
      raw: m[0].trim(),
      unit,
      label: labelBefore(text, m.index),
      after: rest.slice(0, 8),
      start: m.index,
      end,
    });
  }
  return out;
}

/** Sections of the 部门整体支出绩效评价报告: the 附件 part of a 决算, or the whole of a stand-alone 自评报告. */
export function reportSections(doc: Disclosure): Section[] {
  const standalone = doc.meta.kind === 'perf-self-eval-report';
  return doc.parts
    .filter((p) => p.kind === 'annex' || (standalone && p.kind !== 'tables' && p.kind !== 'narrative'))
    .flatMap((p) => p.sections);
}

/** Paragraphs of the 绩效评价报告 (reportSections), as sentences for location purposes. */
export function reportParagraphs(doc: Disclosure): Sentence[] {
  return reportSections(doc).flatMap((s) => paragraphsOf(s));
}

/** Every paragraph of the 情况说明 and of the 绩效 report: the text rules that hold in both read these. */
export function textParagraphs(doc: Disclosure): Sentence[] {
  return [...allNarrativeParagraphs(doc), ...reportParagraphs(doc)];
}

/**
 * Half a unit of the last printed digit of an amount, in half-hundredths ("75.10" → 1, "9.1" → 10, "8" → 100;
 * a printed 0 is exact → 0). A sum of printed parts may differ from a printed total by the sum of these (§9.2).
 */
export function halfUnit(a: AmountMention): number {
  if (a.value === 0) return 0;
  return a.decimals >= 2 ? 1 : a.decimals === 1 ? 10 : 100;
}

/** |total − Σ parts| within the half-units of all printed figures; the tolerance as a decimal string ("0.015"). */
export function sumWithinPrinted(
  total: AmountMention,
  parts: readonly AmountMention[],
): { ok: boolean; sum: number; tolerance: string } {
  const sum = parts.reduce((n, p) => n + p.value, 0);
  const halves = [total, ...parts].reduce((n, p) => n + halfUnit(p), 0);
  const thousandths = halves * 5;
  const tolerance = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`
    .replace(/0+$/, '')
    .replace(/\.$/, '');
  return { ok: 2 * Math.abs(total.value - sum) <= halves, sum, tolerance };
}
