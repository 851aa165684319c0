/**
 * Shared building blocks of the K group (科目分类): the catalog of the report year, name comparison that tolerates
 * cell-width truncation, the narrative 类/款/项 paths of 【一般公共】(三) and 【基金】/【国资】, and the 政府性基金 科目.
 */
import {
  catalogEntries,
  lookupCode,
  normalizeSubjectName,
  type CatalogEntry,
  type ClassificationSystem,
} from '../../catalog/index.ts';
import type { Disclosure, Row, Section, Table, TableKind } from '../../model/document.ts';
import type { Location, Severity } from '../../model/finding.ts';
import { codedRows, tableName } from '../../model/query.ts';

/** Tables whose rows carry 支出功能分类 codes. */
export const FUNCTIONAL_KINDS: readonly TableKind[] = [
  'income',
  'expenditure',
  'general-budget-expenditure',
  'government-fund',
  'state-capital',
];

export const FUNCTIONAL_NAME = '支出功能分类';
export const ECONOMIC_NAME = '部门预算支出经济分类';

export function functionalTables(doc: Disclosure): Table[] {
  return FUNCTIONAL_KINDS.flatMap((k) => doc.tables.filter((t) => t.kind === k));
}

/** Rows with a well-formed functional code (3/5/7 digits). */
export function functionalRows(t: Table): Row[] {
  return codedRows(t).filter((r) => r.code !== null && /^\d{3}(\d{2}){0,2}$/.test(r.code));
}

// ---- the report year ----

/** The catalog year of a document and what a catalog-based finding must say when the year is unknown. */
export interface YearBasis {
  readonly year: number | null;
  /** "2021年" or "各年度" (used inside messages). */
  readonly label: string;
  /** Appended to every catalog-based message; empty when the year is known. */
  readonly caveat: string;
  /** Spread into ctx.report: downgrades catalog-based errors to notes when the year is unknown. */
  readonly override: { readonly severity?: Severity };
}

export function yearBasis(doc: Disclosure): YearBasis {
  const year = doc.meta.year;
  if (year === null) {
    return {
      year,
      label: '各年度',
      caveat: '（未识别报告年度，按各年度科目核对，仅作提示）',
      override: { severity: 'note' },
    };
  }
  return { year, label: `${year}年`, caveat: '', override: {} };
}

/** A code's entry and the name it carries in a year. */
export interface YearEntry {
  readonly entry: CatalogEntry;
  /** The name in force in the year. */
  readonly name: string;
  /** Earlier names that are no longer in force in the year (renames). */
  readonly formerNames: readonly string[];
}

/**
 * The entry of a code in the report year. Renames are stored as one entry valid from the rename year with the former
 * name as an alias, so a year before the rename gets the former name.
 */
export function entryInYear(
  system: ClassificationSystem,
  code: string,
  year: number | null,
): YearEntry | null {
  const current = lookupCode(system, code, year);
  if (current) return { entry: current, name: current.name, formerNames: current.aliases };
  if (year === null) return null;
  const any = lookupCode(system, code, null);
  const former = any?.aliases[0];
  if (any && former !== undefined && any.validFrom !== null && year < any.validFrom) {
    return { entry: any, name: former, formerNames: [] };
  }
  return null;
}

/** "2019年起" / "至2022年" / "2019–2022年": the years a code is valid, for messages. */
export function validityText(system: ClassificationSystem, code: string): string {
  const e = lookupCode(system, code, null);
  if (!e) return '';
  const former = e.aliases[0];
  if (e.validFrom !== null && former !== undefined)
    return `${e.validFrom}年起使用此名称，此前名为“${former}”`;
  if (e.validFrom !== null && e.validTo !== null) return `${e.validFrom}–${e.validTo}年有效`;
  if (e.validFrom !== null) return `${e.validFrom}年起设立`;
  if (e.validTo !== null) return `${e.validTo}年后停用`;
  return '';
}

// ---- names ----

/** Normalised 科目 name: no whitespace, full-width brackets, no ordinal, no quotes. */
export function normName(name: string): string {
  return normalizeSubjectName(name).replace(/[“”"'‘’]/g, '');
}

const dropSuffix = (s: string): string => s.replace(/支出$/, '');

/**
 * How a printed name relates to the catalog name:
 * same · former (an earlier name, renamed since) · suffix (differs only by a trailing 支出) ·
 * truncated (a strict prefix of at least 4 characters: the cell was too narrow) · different.
 */
export type NameMatch = 'same' | 'former' | 'suffix' | 'truncated' | 'different';

export function compareName(
  printed: string,
  expected: string,
  formerNames: readonly string[] = [],
): NameMatch {
  const p = normName(printed);
  const e = normName(expected);
  if (p === e) return 'same';
  if (formerNames.some((f) => dropSuffix(normName(f)) === dropSuffix(p))) return 'former';
  if (dropSuffix(p) === dropSuffix(e)) return 'suffix';
  if (Array.from(p).length >= 4 && e.startsWith(p)) return 'truncated';
  return 'different';
}

/** Two printed names of one code agree when equal or when one is a cell-width truncation of the other. */
export function namesAgree(a: string, b: string): boolean {
  const x = normName(a);
  const y = normName(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return Array.from(short).length >= 4 && long.startsWith(short);
}

// ---- locations ----

/** "02表、03表、05表" for the tables of a list of rows. */
export function tableList(tables: readonly Table[]): string {
  return [...new Set(tables.map((t) => tableName(t)))].join('、');
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

/** A location inside a narrative section, from an offset in its joined text. */
export function narrativeAt(section: Section, offset: number, length: number): Location {
  const segAt = (o: number): Section['segments'][number] | undefined =>
    section.segments.find((s) => o >= s.offset && o < s.offset + Math.max(1, s.length)) ??
    section.segments.filter((s) => s.offset <= o).pop();
  const first = segAt(offset);
  const last = segAt(offset + Math.max(0, length - 1));
  const line = first?.at.line ?? section.startLine;
  const endLine = last?.at.line ?? line;
  return {
    part: 'narrative',
    table: null,
    row: null,
    column: null,
    section: section.heading,
    line,
    endLine: endLine > line ? endLine : null,
    column1: first?.at.column !== undefined ? first.at.column + (offset - first.offset) : null,
    page: null,
    excerpt: clip(section.text.slice(offset, offset + length)),
  };
}

// ---- narrative sections ----

/** A section to scan for 科目 text, with its printed label ("五（三）", "八"). */
export interface NarrativePiece {
  readonly section: Section;
  readonly label: string;
  readonly parent: Section | null;
}

/** The leaf sections of the 情况说明 part (sub-sections where printed), in order. */
export function narrativePieces(doc: Disclosure): NarrativePiece[] {
  const out: NarrativePiece[] = [];
  for (const part of doc.parts.filter((p) => p.kind === 'narrative')) {
    for (const s of part.sections) {
      if (s.subsections.length === 0) {
        out.push({ section: s, label: s.number ?? s.heading, parent: null });
        continue;
      }
      for (const sub of s.subsections) {
        out.push({ section: sub, label: `${s.number ?? ''}（${sub.number ?? ''}）`, parent: s });
      }
    }
  }
  return out;
}

/** 【一般公共】: the 一般公共预算财政拨款支出 section (not 基本支出, not 三公). */
export function isGeneralBudgetSection(heading: string): boolean {
  const h = normName(heading);
  return /(一般公共预算)?财政拨款支出(决算)?情况/.test(h) && !/基本支出|三公|收入支出/.test(h);
}

// ---- narrative 类/款/项 paths ----

export interface SubjectPathText {
  readonly classText: string;
  readonly sectionText: string;
  readonly itemText: string;
}

/** One "X（类）Y（款）Z（项）" item of a narrative section, with the text that follows it up to the next item. */
export interface SubjectItem {
  readonly path: SubjectPathText;
  /** Printed item number ("1" of "1、"), null when none. */
  readonly number: string | null;
  /** Offset and length of the path in the section text. */
  readonly offset: number;
  readonly length: number;
  /** The item's own text after the path, up to the next item. */
  readonly body: string;
  readonly bodyOffset: number;
}

const BRACKET = (word: string): string => `[（(]\\s*${word}\\s*[）)]`;
/** 类 names hold no brackets or punctuation; 款/项 names may hold "（室）". */
const PATH_RE = new RegExp(
  `([^\\s，。；：、,;:（）()\\d“”]{2,24}?)\\s*${BRACKET('类')}\\s*(.{1,40}?)\\s*${BRACKET('款')}\\s*(.{1,40}?)\\s*${BRACKET('项')}`,
  'g',
);
const NUMBER_RE = /(\d{1,2})\s*[、.．]\s*$/;
/** Words a sentence may put right before the 类 name ("2021年度一般公共服务（类）…", "其中：…"). */
const CLASS_LEAD = /^(?:本?年度|本?年)?(?:其中|主要用于|用于|包括|分别为|分别是)?/;

const pathOf = (m: RegExpExecArray | RegExpMatchArray): SubjectPathText | null =>
  m[1] && m[2] && m[3]
    ? {
        classText: m[1].trim().replace(CLASS_LEAD, ''),
        sectionText: m[2].trim(),
        itemText: m[3].trim(),
      }
    : null;

/** Parse one "X（类）Y（款）Z（项）" path (full- or half-width brackets). */
export function parseSubjectPath(text: string): SubjectPathText | null {
  const m = new RegExp(PATH_RE.source).exec(text);
  return m ? pathOf(m) : null;
}

/** Every 类/款/项 path printed in a section text, with the body that belongs to it. */
export function subjectItems(text: string): SubjectItem[] {
  const found: { m: RegExpExecArray; path: SubjectPathText }[] = [];
  for (const m of text.matchAll(PATH_RE)) {
    const path = pathOf(m);
    if (path && path.classText !== '') found.push({ m, path });
  }
  return found.map(({ m, path }, i) => {
    const offset = m.index + Math.max(0, m[0].indexOf(path.classText));
    const end = m.index + m[0].length;
    const next = found[i + 1]?.m.index ?? text.length;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const number = NUMBER_RE.exec(text.slice(lineStart, offset))?.[1] ?? null;
    return {
      path,
      number,
      offset,
      length: end - offset,
      body: text.slice(end, next),
      bodyOffset: end,
    };
  });
}

// ---- resolving a path by walking the catalog ----

export interface Subject {
  readonly code: string;
  readonly name: string;
}

interface PoolEntry extends Subject {
  readonly formerNames: readonly string[];
}

export type PathLevel = 'class' | 'section' | 'item';

export interface PathResolution {
  readonly class: Subject | null;
  readonly section: Subject | null;
  readonly item: Subject | null;
  /** The first level whose name does not resolve under its parent; null when the whole path resolves. */
  readonly failedAt: PathLevel | null;
  /** When the 类 text is not a 类 name but the 款 name exists under exactly one 类: that 类. */
  readonly impliedClass: Subject | null;
  /** 款/项 names that match only after adding or dropping a trailing "支出". */
  readonly suffixOnly: readonly PathLevel[];
  /** Levels named by a former name (renamed before the report year). */
  readonly former: readonly { level: PathLevel; subject: Subject; printed: string }[];
}

const poolCache = new Map<number | null, PoolEntry[]>();

/** Functional entries in force in a year (a renamed code under its name of that year). */
function catalogPool(year: number | null): PoolEntry[] {
  const cached = poolCache.get(year);
  if (cached) return cached;
  const out: PoolEntry[] = [];
  for (const e of catalogEntries('functional', null)) {
    const y = entryInYear('functional', e.code, year);
    if (y?.entry !== e) continue;
    out.push({ code: e.code, name: y.name, formerNames: y.formerNames });
  }
  poolCache.set(year, out);
  return out;
}

type Match = { subject: PoolEntry; how: 'same' | 'suffix' | 'former' };

function matchLevel(
  pool: readonly PoolEntry[],
  text: string,
  digits: number,
  parent: string | null,
): Match[] {
  const wanted = normName(text);
  const rank = { same: 0, suffix: 1, former: 2 } as const;
  const best = new Map<string, Match>();
  for (const p of pool) {
    if (p.code.length !== digits || (parent !== null && !p.code.startsWith(parent))) continue;
    const n = normName(p.name);
    let how: Match['how'] | null = null;
    if (n === wanted) how = 'same';
    else if (dropSuffix(n) === dropSuffix(wanted)) how = 'suffix';
    else if (p.formerNames.some((f) => dropSuffix(normName(f)) === dropSuffix(wanted))) how = 'former';
    if (!how) continue;
    const old = best.get(p.code);
    if (!old || rank[how] < rank[old.how]) best.set(p.code, { subject: p, how });
  }
  return [...best.values()].sort((a, b) => rank[a.how] - rank[b.how]);
}

/**
 * Resolve a narrative path by walking the catalog of the year: 类 name → 款 under it → 项 under it. Printed table rows
 * (code + name) are walked too, so a path that repeats a table's wording resolves even where the catalog is silent;
 * whether the table's name is right is K-02's question.
 */
export function resolveSubjectPath(
  path: SubjectPathText,
  year: number | null,
  printed: readonly Subject[] = [],
): PathResolution {
  const pool: PoolEntry[] = [
    ...catalogPool(year),
    ...printed.map((s) => ({ code: s.code, name: s.name, formerNames: [] })),
  ];
  const suffixOnly: PathLevel[] = [];
  const former: { level: PathLevel; subject: Subject; printed: string }[] = [];
  const note = (level: PathLevel, m: Match, text: string): void => {
    if (m.how === 'suffix' && level !== 'class') suffixOnly.push(level);
    if (m.how === 'former') former.push({ level, subject: m.subject, printed: text });
  };
  const subject = (m: Match | undefined): Subject | null =>
    m ? { code: m.subject.code, name: m.subject.name } : null;

  const classes = matchLevel(pool, path.classText, 3, null);
  let impliedClass: Subject | null = null;
  let cls: Match | undefined = classes[0];
  let sectionMatch: Match | undefined;
  if (cls) {
    note('class', cls, path.classText);
    for (const c of classes) {
      const s = matchLevel(pool, path.sectionText, 5, c.subject.code)[0];
      if (s) {
        cls = c;
        sectionMatch = s;
        break;
      }
    }
  } else {
    const anywhere = matchLevel(pool, path.sectionText, 5, null);
    const owners = [...new Set(anywhere.map((m) => m.subject.code.slice(0, 3)))];
    const owner = owners.length === 1 ? owners[0] : undefined;
    const ownerEntry = owner ? pool.find((p) => p.code === owner) : undefined;
    if (ownerEntry && anywhere[0]) {
      impliedClass = { code: ownerEntry.code, name: ownerEntry.name };
      sectionMatch = anywhere[0];
    }
  }
  if (sectionMatch) note('section', sectionMatch, path.sectionText);
  const itemMatch = sectionMatch
    ? matchLevel(pool, path.itemText, 7, sectionMatch.subject.code)[0]
    : undefined;
  if (itemMatch) note('item', itemMatch, path.itemText);
  const failedAt: PathLevel | null = !cls ? 'class' : !sectionMatch ? 'section' : !itemMatch ? 'item' : null;
  return {
    class: subject(cls),
    section: subject(sectionMatch),
    item: subject(itemMatch),
    failedAt,
    impliedClass,
    suffixOnly,
    former,
  };
}

/** The printed code/name pairs of the functional tables (walked by resolveSubjectPath). */
export function printedSubjects(doc: Disclosure): Subject[] {
  const out: Subject[] = [];
  for (const t of functionalTables(doc)) {
    for (const r of functionalRows(t)) if (r.code !== null) out.push({ code: r.code, name: r.label });
  }
  return out;
}

/** A 类 name as printed in narrative lists ("一般公共服务（类）支出", "社会保障和就业支出") → the bare name. */
export function bareClassName(text: string): string {
  return normName(text)
    .replace(/[（(]类[）)]/g, '')
    .replace(/支出$/, '');
}

/** Resolve a narrative 类 name against the year's 类 list (with or without "支出"/"（类）"). */
export function resolveClassName(
  text: string,
  year: number | null,
): { subject: Subject; how: 'same' | 'former' } | null {
  const pool = catalogPool(year);
  const wanted = bareClassName(text);
  for (const p of pool.filter((x) => x.code.length === 3)) {
    if (dropSuffix(normName(p.name)) === wanted) return { subject: p, how: 'same' };
  }
  for (const p of pool.filter((x) => x.code.length === 3)) {
    if (p.formerNames.some((f) => dropSuffix(normName(f)) === wanted)) return { subject: p, how: 'former' };
  }
  return null;
}

// ---- 政府性基金 and 国有资本经营 科目 ----

/**
 * 款 of 政府性基金预算支出 (MOF 政府收支分类科目, 2019–2024 editions; earlier 款 kept for older documents).
 * Every 款 of 234 抗疫特别国债安排的支出 belongs to the 政府性基金 budget too.
 */
export const GOV_FUND_SECTIONS: ReadonlySet<string> = new Set([
  '20610', // 核电站乏燃料处理处置基金支出
  '20707', // 国家电影事业发展专项资金安排的支出
  '20709', // 旅游发展基金支出
  '20710', // 国家电影事业发展专项资金对应专项债务收入安排的支出
  '20822', // 大中型水库移民后期扶持基金支出
  '20823', // 小型水库移民扶助基金安排的支出
  '20829', // 小型水库移民扶助基金对应专项债务收入安排的支出
  '21160', // 可再生能源电价附加收入安排的支出
  '21161', // 废弃电器电子产品处理基金支出
  '21208', // 国有土地使用权出让收入安排的支出
  '21209', // 城市公用事业附加安排的支出
  '21210', // 国有土地收益基金安排的支出
  '21211', // 农业土地开发资金安排的支出
  '21212', // 新增建设用地土地有偿使用费安排的支出
  '21213', // 城市基础设施配套费安排的支出
  '21214', // 污水处理费安排的支出
  '21215', // 土地储备专项债券收入安排的支出
  '21216', // 棚户区改造专项债券收入安排的支出
  '21217', // 城市基础设施配套费对应专项债务收入安排的支出
  '21218', // 污水处理费对应专项债务收入安排的支出
  '21219', // 国有土地使用权出让收入对应专项债务收入安排的支出
  '21366', // 大中型水库库区基金安排的支出
  '21367', // 三峡水库库区基金支出
  '21369', // 国家重大水利工程建设基金安排的支出
  '21370', // 大中型水库库区基金对应专项债务收入安排的支出
  '21371', // 国家重大水利工程建设基金对应专项债务收入安排的支出
  '21460', // 车辆通行费安排的支出
  '21462', // 港口建设费安排的支出
  '21464', // 铁路建设基金支出
  '21468', // 船舶油污损害赔偿基金支出
  '21469', // 民航发展基金支出
  '21470', // 海南省高等级公路车辆通行附加费安排的支出
  '21471', // 政府收费公路专项债券收入安排的支出
  '21472', // 车辆通行费对应专项债务收入安排的支出
  '21473', // 港口建设费对应专项债务收入安排的支出
  '21562', // 农网还贷资金支出
  '22904', // 其他政府性基金及对应专项债务收入安排的支出
  '22908', // 彩票发行销售机构业务费安排的支出
  '22960', // 彩票公益金安排的支出
  '23104', // 地方政府专项债务还本支出
  '23204', // 地方政府专项债务付息支出
  '23304', // 地方政府专项债务发行费用支出
]);
export const GOV_FUND_CLASS_ONLY = '234'; // 抗疫特别国债安排的支出
export const STATE_CAPITAL_CLASS = '223'; // 国有资本经营预算支出

/** True when a 5/7-digit functional code is a 政府性基金 科目. */
export function isGovFundCode(code: string): boolean {
  if (code.startsWith(GOV_FUND_CLASS_ONLY)) return true;
  return code.length >= 5 && GOV_FUND_SECTIONS.has(code.slice(0, 5));
}

/** True when a 类 has at least one 政府性基金 款. */
export function classHasGovFund(code: string): boolean {
  if (code === GOV_FUND_CLASS_ONLY) return true;
  return [...GOV_FUND_SECTIONS].some((s) => s.startsWith(code));
}
