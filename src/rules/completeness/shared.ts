/**
 * Helpers shared by the C rules (完整性与格式): scope checks, Chinese numerals, the logical keys of tables, parts and
 * 情况说明 sections, and — the part meant for promotion to shared code — text passages with an offset → Location
 * mapping for findings located inside prose.
 */
import type {
  Disclosure,
  Part,
  PartKind,
  Section,
  Table,
  FinalTableKind,
  TextSegment,
} from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';

// ---- scope ----

/** 部门决算 / 单位决算: the documents most C rules apply to. */
export function isAccounts(doc: Disclosure): boolean {
  return doc.meta.kind === 'final-accounts' || doc.meta.kind === 'unit-final-accounts';
}

/** Documents whose text is checked for template residue (C-07…C-10): 决算 and the stand-alone 绩效自评报告. */
export function isTextDocument(doc: Disclosure): boolean {
  return isAccounts(doc) || doc.meta.kind === 'perf-self-eval-report';
}

// ---- Chinese numerals ----

const DIGITS = '零一二三四五六七八九';

/** "十三" → 13, "二十一" → 21, "13" → 13; null when not a numeral. */
export function cnNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  const d = (c: string | undefined): number => (c ? DIGITS.indexOf(c) : 0);
  if (!m[2]) return m[1] && !m[3] ? d(m[1]) : null;
  return (m[1] ? d(m[1]) : 1) * 10 + d(m[3]);
}

/** 13 → "十三" (1–99). */
export function cnNumeral(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (DIGITS[tens] ?? '')}十${ones === 0 ? '' : (DIGITS[ones] ?? '')}`;
}

// ---- tables ----

export const NINE_KINDS: readonly FinalTableKind[] = [
  'income-expenditure-summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'three-public',
  'government-fund',
  'state-capital',
];

/** Standard titles, for messages. */
export const KIND_TITLE: Record<FinalTableKind, string> = {
  'income-expenditure-summary': '收入支出决算总表',
  income: '收入决算表',
  expenditure: '支出决算表',
  'fiscal-summary': '财政拨款收入支出决算总表',
  'general-budget-expenditure': '一般公共预算财政拨款支出决算表',
  'general-budget-basic-expenditure': '一般公共预算财政拨款基本支出决算表',
  'three-public': '“三公”经费支出决算表',
  'government-fund': '政府性基金预算财政拨款收入支出决算表',
  'state-capital': '国有资本经营预算财政拨款支出决算表',
};

/** Printed number of each kind in the two orders (tables.md §1). */
export const ORDER_NUMBER: Record<'old' | 'new', Record<FinalTableKind, string>> = {
  old: {
    'income-expenditure-summary': '01',
    income: '02',
    expenditure: '03',
    'fiscal-summary': '04',
    'general-budget-expenditure': '05',
    'general-budget-basic-expenditure': '06',
    'three-public': '07',
    'government-fund': '08',
    'state-capital': '09',
  },
  new: {
    'income-expenditure-summary': '01',
    income: '02',
    expenditure: '03',
    'fiscal-summary': '04',
    'general-budget-expenditure': '05',
    'general-budget-basic-expenditure': '06',
    'government-fund': '07',
    'state-capital': '08',
    'three-public': '09',
  },
};

export const ORDER_NAME: Record<'old' | 'new', string> = { old: '旧表序', new: '新表序' };

/** Kind of a table named in running text or the 目录 ("七、一般公共预算财政拨款“三公”经费支出决算表"). */
export function tableKindOfTitle(text: string): FinalTableKind | null {
  const t = text.replace(/[\s“”"‘’'「」*]/g, '').replace(/^[一二三四五六七八九十\d]+[、.．]/, '');
  if (!/决算.{0,2}表$|收支总表$|决算表/.test(t)) return null;
  if (/三公/.test(t)) return 'three-public';
  if (/政府性基金/.test(t)) return 'government-fund';
  if (/国有资本经营/.test(t)) return 'state-capital';
  if (/基本支出/.test(t)) return 'general-budget-basic-expenditure';
  if (/一般公共预算/.test(t)) return 'general-budget-expenditure';
  if (/财政拨款收入支出|财政拨款收支/.test(t)) return 'fiscal-summary';
  if (/收入支出决算|收支决算/.test(t)) return 'income-expenditure-summary';
  if (/收入决算表/.test(t)) return 'income';
  if (/支出决算表/.test(t)) return 'expenditure';
  return null;
}

/** "07表（政府性基金预算财政拨款收入支出决算表）" — the name §10 asks for. */
export function tableLabel(t: Table): string {
  return t.number ? `${t.number}表（${t.title}）` : `“${t.title}”`;
}

// ---- names ----

/** The department name of a cover title: "2021年度XX局部门决算（公开）" → "XX局" (cut at the last 决算/预算 word). */
export function nameInTitle(title: string): string {
  const t = title.replace(/\d{4}\s*年度?/g, '').replace(/[\s*]/g, '');
  let cut = -1;
  for (const m of t.matchAll(/(?:部门|单位)?(?:决算|预算)/g)) cut = m.index;
  return (cut >= 0 ? t.slice(0, cut) : t).replace(/^附件\d*[:：]?/, '');
}

/** A 目录 line without markdown, leader dots and page number ("一、部门职责……3" → "一、部门职责"). */
export function tocText(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[.．…·\s]{2,}\d*\s*$/, '')
    .replace(/\s+\d{1,3}\s*$/, '')
    .trim();
}

// ---- parts and sections ----

export const PART_LABEL: Record<PartKind, string> = {
  overview: '概况',
  tables: '部门决算表',
  narrative: '情况说明',
  glossary: '名词解释',
  annex: '附件',
  other: '',
};

/** Kind of a part from its title ("第三部分 2021年度部门决算情况说明" → narrative). */
export function partKindOfTitle(title: string): PartKind {
  const t = title.replace(/\s+/g, '').replace(/^第[一二三四五六七八九十]+部分/, '');
  if (/名词解释/.test(t)) return 'glossary';
  if (/附件|附表/.test(t)) return 'annex';
  if (/情况说明|决算说明/.test(t)) return 'narrative';
  if (/决算表|预算表|公开表/.test(t)) return 'tables';
  if (/概况|基本情况|职能/.test(t)) return 'overview';
  return 'other';
}

/** Every section of a part, depth first, with its level-1 ancestor. */
export function allSections(part: Part): { section: Section; top: Section }[] {
  const out: { section: Section; top: Section }[] = [];
  const walk = (s: Section, top: Section): void => {
    out.push({ section: s, top });
    for (const c of s.subsections) walk(c, top);
  };
  for (const s of part.sections) walk(s, s);
  return out;
}

/** Heading without its printed number: "七、一般公共…说明" → "一般公共…说明"; "（一）总体情况" → "总体情况". */
export function headingTitle(heading: string): string {
  return heading
    .replace(
      /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)])/,
      '',
    )
    .replace(/\s+/g, '')
    .trim();
}

/** Shortened heading for messages (list items printed as headings can be whole sentences). */
export function shortHeading(heading: string): string {
  const h = heading.replace(/\s+/g, ' ').trim();
  return h.length > 32 ? `${h.slice(0, 30)}…` : h;
}

/** The part and the deepest section whose line range holds a line. */
export function sectionAtLine(
  doc: Disclosure,
  line: number,
): { part: Part; top: Section | null; section: Section | null } | null {
  // Parts are cut by tables, so a line belongs to the last part that starts before it.
  const part = [...doc.parts].reverse().find((p) => p.startLine <= line);
  if (!part) return null;
  let top: Section | null = null;
  let section: Section | null = null;
  let level = 0;
  for (const { section: s, top: t } of allSections(part)) {
    if (line >= s.startLine && line <= s.endLine && s.level >= level) {
      section = s;
      top = t;
      level = s.level;
    }
  }
  return { part, top, section };
}

// ---- locations ----

export function blankLocation(part: Location['part']): Location {
  return {
    part,
    table: null,
    row: null,
    column: null,
    section: null,
    line: null,
    endLine: null,
    column1: null,
    page: null,
    excerpt: null,
  };
}

/** Clip an excerpt to the 200 characters a Location allows. */
export function clip(text: string, max = 200): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Where a source line sits: the Location skeleton (part, table, section) and a label for messages. */
export interface Place {
  readonly location: Location;
  readonly label: string;
}

function sectionLabel(part: Part, top: Section | null, section: Section | null): string {
  const partName = PART_LABEL[part.kind];
  if (!top) return partName || shortHeading(part.heading);
  // §10 style: "情况说明“五（三）”" for a sub-section, the full heading for a level-1 section.
  if (section && section !== top && top.number && section.number) {
    return `${partName}“${top.number}（${section.number}）”`;
  }
  return `${partName}“${shortHeading(top.heading)}”`;
}

export function placeAtLine(doc: Disclosure, line: number): Place {
  const table = doc.tables.find((t) => line >= t.startLine && line <= t.endLine);
  if (table) {
    return {
      location: { ...blankLocation('table'), table: table.number ?? table.kind, line },
      label: tableLabel(table),
    };
  }
  const perf = doc.perfEvaluations.find((p) => line >= p.startLine && line <= p.endLine);
  if (perf) {
    return {
      location: { ...blankLocation('perf'), section: perf.title, line },
      label: `附件“${shortHeading(perf.title)}”`,
    };
  }
  const hit = sectionAtLine(doc, line);
  if (hit) {
    const { part, top, section } = hit;
    return {
      location: {
        ...blankLocation('narrative'),
        section: (section ?? top)?.heading ?? part.heading,
        line,
      },
      label: sectionLabel(part, top, section),
    };
  }
  const inToc = doc.toc.some((e) => e.at.line === line);
  return { location: { ...blankLocation('meta'), line }, label: inToc ? '目录' : '封面' };
}

// ---- text passages ----

/** A run of prose with the source position of each piece (sections, preambles, table notes, cover, 目录). */
export interface Passage {
  readonly text: string;
  readonly segments: readonly TextSegment[];
}

const TERMINAL = /[。！？；：:;!?）)”"]$/;

function cleanLine(raw: string): { text: string; column: number } {
  const text = raw
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[-*+]|#{1,6})\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\t+/g, ' ')
    .trim();
  const first = text.length > 0 ? raw.indexOf(text.slice(0, Math.min(4, text.length))) : -1;
  return { text, column: first >= 0 ? Array.from(raw.slice(0, first)).length + 1 : 1 };
}

/**
 * All prose of a document as passages. Section texts come from the model (lines broken mid-sentence already rejoined);
 * every other non-empty line outside table bodies — part headings, section headings, preambles (名词解释), table
 * titles, header lines and notes, 自评表 lines, the cover and the 目录 — is grouped by the block it belongs to, wrapped
 * lines rejoined.
 */
export function textPassages(doc: Disclosure): Passage[] {
  const out: Passage[] = [];
  const covered = new Set<number>();
  for (const part of doc.parts) {
    for (const s of part.sections) {
      if (s.text === '') continue;
      out.push({ text: s.text, segments: s.segments });
      for (const seg of s.segments) if (seg.at.line) covered.add(seg.at.line);
    }
  }
  for (const t of doc.tables) {
    for (const r of t.rows) if (r.at.line) covered.add(r.at.line);
    for (const l of t.headerLines) covered.add(l);
  }
  const containerOf = (line: number): string => {
    const ti = doc.tables.findIndex((t) => line >= t.startLine && line <= t.endLine);
    if (ti >= 0) return `t${ti}`;
    const pi = doc.perfEvaluations.findIndex((p) => line >= p.startLine && line <= p.endLine);
    if (pi >= 0) return `p${pi}`;
    const hit = sectionAtLine(doc, line);
    if (hit) return `s${doc.parts.indexOf(hit.part)}.${hit.top?.startLine ?? 0}`;
    return 'head';
  };
  let text = '';
  let segments: TextSegment[] = [];
  let container: string | null = null;
  let prev: { text: string; tabbed: boolean } | null = null;
  const flush = (): void => {
    if (text !== '') out.push({ text, segments });
    text = '';
    segments = [];
    prev = null;
  };
  doc.source.lines.forEach((raw, i) => {
    const no = i + 1;
    if (covered.has(no) || raw.trim() === '') return;
    const c = containerOf(no);
    if (c !== container) {
      flush();
      container = c;
    }
    const tabbed = raw.includes('\t');
    const { text: piece, column } = cleanLine(raw);
    if (piece === '') return;
    if (prev !== null) {
      const p: { text: string; tabbed: boolean } = prev;
      const wrapped = !tabbed && !p.tabbed && p.text.length >= 20 && !TERMINAL.test(p.text);
      if (!wrapped) text += '\n';
    }
    segments.push({ offset: text.length, length: piece.length, at: { line: no, column } });
    text += piece;
    prev = { text: piece, tabbed };
  });
  flush();
  return out;
}

/** Source line (and code-point column, when it can be verified) of an offset in a passage. */
export function positionAt(
  doc: Disclosure,
  passage: Passage,
  offset: number,
  match = '',
): { line: number | null; column: number | null } {
  let seg: TextSegment | undefined;
  for (const s of passage.segments) {
    if (s.offset <= offset) seg = s;
    else break;
  }
  const line = seg?.at.line ?? null;
  if (!seg || line === null) return { line, column: null };
  const within = offset - seg.offset;
  const raw = doc.source.lines[line - 1];
  const col = (seg.at.column ?? 1) + within;
  if (raw === undefined || within > seg.length) return { line, column: null };
  const chars = Array.from(raw);
  const probe = Array.from(match.slice(0, 4)).length || 1;
  const found = chars.slice(col - 1, col - 1 + probe).join('');
  return { line, column: match === '' || found === match.slice(0, probe) ? col : null };
}

const SENTENCE_END = /[。！？!?\n]/;

/** Bounds of the sentence holding [start, end) (ends on 。！？ or a paragraph break). */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from--;
  let to = Math.max(end, start);
  if (end > start && SENTENCE_END.test(text[end - 1] ?? '')) return { from, to };
  while (to < text.length && !SENTENCE_END.test(text[to] ?? '')) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return { from, to };
}

/** The sentence holding [start, end), clipped to 200 characters around the match. */
export function sentenceAround(text: string, start: number, end: number): string {
  const bounds = sentenceBounds(text, start, end);
  let { from } = bounds;
  const { to } = bounds;
  // A match that is a whole sentence (a bracketed note after "。") reads better with the sentence before it.
  const match = text.slice(start, end).trim();
  if (/^[（(]/.test(match) && text.slice(from, to).trim() === match && from > 0 && text[from - 1] !== '\n') {
    from = sentenceBounds(text, from - 1, from - 1).from;
  }
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (sentence.length <= 200) return sentence;
  const a = Math.max(from, start - 90);
  const b = Math.min(to, a + 198);
  return `${a > from ? '…' : ''}${text.slice(a, b).replace(/\s+/g, ' ')}${b < to ? '…' : ''}`.slice(0, 200);
}

/** Location of [start, end) in a passage: line, column, section or table, and the sentence as excerpt. */
export function locateOffset(doc: Disclosure, passage: Passage, start: number, end: number): Place {
  const match = passage.text.slice(start, end);
  const { line, column } = positionAt(doc, passage, start, match);
  const base: Place =
    line === null ? { location: blankLocation('meta'), label: '文中' } : placeAtLine(doc, line);
  const endPos = positionAt(doc, passage, Math.max(start, end - 1));
  return {
    label: base.label,
    location: {
      ...base.location,
      line,
      endLine: endPos.line !== null && line !== null && endPos.line > line ? endPos.line : null,
      column1: column,
      excerpt: sentenceAround(passage.text, start, end),
    },
  };
}

/** Sentences of a text with their offsets (split after 。！？ and at paragraph breaks). */
export function sentencesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || ch === '。' || ch === '！' || ch === '？') {
      const end = ch === '\n' || i === text.length ? i : i + 1;
      const s = text.slice(start, end);
      if (s.trim() !== '') out.push({ text: s, start });
      start = i + 1;
    }
  }
  return out;
}

/** Every match of a global regex in a text. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const flags = re.flags.includes('g') ? re.flags : `${re.flags}g`;
  return [...text.matchAll(new RegExp(re.source, flags))];
}

// ---- 情况说明 sections and templates (narrative.md §1) ----

export type SectionKey =
  | '总体'
  | '收入'
  | '支出'
  | '财拨'
  | '一般公共'
  | '基本'
  | '三公'
  | '基金'
  | '国资'
  | '运行经费'
  | '一般性'
  | '采购'
  | '资产'
  | '绩效'
  | '其他';

/** Heading patterns of the logical sections, most specific first (a heading matches the first hit). */
const SECTION_KEYS: readonly { readonly key: SectionKey; readonly re: RegExp }[] = [
  { key: '三公', re: /三公/ },
  { key: '基本', re: /基本支出/ },
  // before 财拨: "政府性基金预算财政拨款收入支出决算情况说明" (SH11) also reads "财政拨款收入支出决算情况"
  { key: '基金', re: /政府性基金/ },
  { key: '国资', re: /国有资本经营/ },
  { key: '财拨', re: /财政拨款收入支出决算总体|财政拨款收支(?:决算)?总体|财政拨款收入支出决算情况/ },
  { key: '一般公共', re: /一般公共预算(?:财政拨款)?支出决算|^财政拨款支出决算/ },
  { key: '总体', re: /收入支出决算总体|收支决算总体|收入支出总体/ },
  { key: '收入', re: /^收入决算/ },
  { key: '支出', re: /^支出决算/ },
  { key: '运行经费', re: /机关运行经费/ },
  { key: '一般性', re: /一般性支出/ },
  { key: '采购', re: /政府采购/ },
  { key: '资产', re: /国有资产|资产占用|资产占有/ },
  { key: '绩效', re: /绩效/ },
  { key: '其他', re: /^其他/ },
];

/** Logical key of a 情况说明 heading ("十、关于机关运行经费支出说明" → 运行经费). */
export function sectionKeyOf(heading: string): SectionKey | null {
  const t = headingTitle(heading)
    .replace(/^关于/, '')
    .replace(/[“”"‘’]/g, '')
    .replace(/^\d{4}年度?/, '');
  return SECTION_KEYS.find(({ re }) => re.test(t))?.key ?? null;
}

export type TemplateId = 'H13' | 'H14' | 'H15' | 'SH11';

export const TEMPLATE_NAME: Record<TemplateId, string> = {
  H13: '湖南13节模板',
  H14: '湖南14节模板',
  H15: '湖南15节模板',
  SH11: '11节模板（中央/上海）',
};

const H13: readonly SectionKey[] = [
  '总体',
  '收入',
  '支出',
  '财拨',
  '一般公共',
  '基本',
  '三公',
  '基金',
  '运行经费',
  '一般性',
  '采购',
  '资产',
  '绩效',
];

/** Level-1 sections of each template in printed order; SH11 nests 运行经费/采购/资产 under 其他 (十一). */
export const TEMPLATE_SECTIONS: Record<TemplateId, readonly SectionKey[]> = {
  H13,
  H14: [...H13.slice(0, 8), '国资', ...H13.slice(8)],
  H15: [...H13.slice(0, 8), '国资', ...H13.slice(8), '其他'],
  SH11: ['总体', '收入', '支出', '财拨', '一般公共', '基本', '三公', '基金', '国资', '绩效', '其他'],
};
export const SH11_NESTED: readonly SectionKey[] = ['运行经费', '采购', '资产'];

export interface TemplateFit {
  readonly template: TemplateId;
  /** Level-1 sections by key (first heading of each key). */
  readonly sections: ReadonlyMap<SectionKey, Section>;
  /** Keys the template requires that the document lacks. */
  readonly missing: readonly SectionKey[];
}

/** The template whose section set is closest to the headings printed (never decided by the year). */
export function detectTemplate(doc: Disclosure): TemplateFit | null {
  const part = doc.parts.find((p) => p.kind === 'narrative');
  if (!part || part.sections.length === 0) return null;
  const sections = new Map<SectionKey, Section>();
  for (const s of part.sections) {
    const key = sectionKeyOf(s.heading);
    if (key && !sections.has(key)) sections.set(key, s);
  }
  const nested = new Set<SectionKey>();
  const other = sections.get('其他');
  for (const sub of other?.subsections ?? []) {
    const key = sectionKeyOf(sub.heading);
    if (key) nested.add(key);
  }
  const present = new Set(sections.keys());
  let best: { fit: TemplateFit; score: number } | null = null;
  for (const template of ['H13', 'H14', 'H15', 'SH11'] as const) {
    const expected = new Set<SectionKey>(TEMPLATE_SECTIONS[template]);
    // SH11 prints 运行经费/采购/资产 under 其他 (十一): as level-1 sections they count against it.
    const have = new Set<SectionKey>(present);
    const extraLevel1 = template === 'SH11' ? SH11_NESTED.filter((k) => present.has(k)) : [];
    if (template === 'SH11') for (const k of SH11_NESTED) have.delete(k);
    if (template === 'SH11') for (const k of nested) have.add(k);
    const want = new Set<SectionKey>(expected);
    if (template === 'SH11') for (const k of SH11_NESTED) want.add(k);
    const missing = [...want].filter((k) => !have.has(k));
    const extra = [...[...have].filter((k) => !want.has(k)), ...extraLevel1];
    const score = (missing.length + extra.length) * 100 + Math.abs(part.sections.length - expected.size);
    if (!best || score < best.score) best = { fit: { template, sections, missing }, score };
  }
  return best?.fit ?? null;
}
