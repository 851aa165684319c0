/** Table titles and their aliases (longest first), table numbers, and header-line patterns. */
import type { BudgetTableKind, FinalTableKind } from '../../model/document.ts';

const ALIASES: Record<FinalTableKind, readonly string[]> = {
  'income-expenditure-summary': [
    '收入支出决算总表',
    '收入支出决算表',
    '部门收支决算总表',
    '单位收支决算总表',
    '收支决算总表',
  ],
  income: ['收入决算表', '部门收入决算表', '单位收入决算表'],
  expenditure: ['支出决算表', '部门支出决算表', '单位支出决算表'],
  'fiscal-summary': ['财政拨款收入支出决算总表', '财政拨款收支决算总表', '财政拨款收支总表'],
  'general-budget-expenditure': ['一般公共预算财政拨款支出决算表', '一般公共预算支出决算表'],
  'general-budget-basic-expenditure': [
    '一般公共预算财政拨款基本支出决算表',
    '一般公共预算财政拨款基本支出决算明细表',
    '基本支出决算表',
    '基本支出决算明细表',
  ],
  'three-public': [
    '一般公共预算财政拨款三公经费支出决算表',
    '财政拨款三公经费支出决算表',
    '三公经费支出决算表',
  ],
  'government-fund': [
    '政府性基金预算财政拨款收入支出决算表',
    '政府性基金预算财政拨款支出决算表',
    '政府性基金决算表',
  ],
  'state-capital': [
    '国有资本经营预算财政拨款支出决算表',
    '国有资本经营预算财政拨款收入支出决算表',
    '国有资本经营预算支出决算表',
  ],
};

const SORTED: readonly { kind: FinalTableKind; alias: string }[] = Object.entries(ALIASES)
  .flatMap(([kind, list]) => list.map((alias) => ({ kind: kind as FinalTableKind, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);

/**
 * 部门预算 / 单位预算 table titles (quotes removed): Shanghai "2025年部门财务收支预算总表", Jiangsu "公开01表 收支预算总表",
 * the central template "部门收支总表". Only matched in a document recognised as a budget, and never when the title
 * says 决算, so a 决算 title can never become a budget table.
 */
const BUDGET_ALIASES: Record<BudgetTableKind, readonly string[]> = {
  'budget-income-expenditure-summary': [
    '收支预算总表',
    '财务收支预算总表',
    '部门收支总表',
    '单位收支总表',
    '部门收支预算总表',
  ],
  'budget-income': ['收入预算总表', '收入预算表', '部门收入总表', '单位收入总表'],
  'budget-expenditure': ['支出预算总表', '支出预算表', '部门支出总表', '单位支出总表'],
  'budget-fiscal-summary': ['财政拨款收支预算总表', '财政拨款收支总表', '财政拨款收支预算表'],
  'budget-fiscal-expenditure': ['财政拨款支出预算表', '财政拨款支出表'],
  'budget-fiscal-basic-expenditure': ['财政拨款基本支出预算表', '财政拨款基本支出表'],
  'budget-general-expenditure': [
    '一般公共预算支出功能分类预算表',
    '一般公共预算支出预算表',
    '一般公共预算支出表',
    '一般公共预算财政拨款支出预算表',
    '一般公共预算财政拨款支出表',
  ],
  'budget-general-basic-expenditure': [
    '一般公共预算基本支出部门预算经济分类预算表',
    '一般公共预算基本支出经济分类预算表',
    '一般公共预算基本支出预算表',
    '一般公共预算基本支出表',
    '一般公共预算财政拨款基本支出预算表',
    '一般公共预算财政拨款基本支出表',
  ],
  'budget-government-fund': [
    '政府性基金预算支出功能分类预算表',
    '政府性基金预算支出预算表',
    '政府性基金支出预算表',
    '财政拨款政府性基金支出预算表',
    '政府性基金预算财政拨款支出预算表',
    '政府性基金预算财政拨款收入支出预算表',
    '政府性基金预算支出表',
    '政府性基金预算财政拨款支出表',
  ],
  'budget-state-capital': [
    '国有资本经营预算支出功能分类预算表',
    '国有资本经营预算支出预算表',
    '国有资本经营预算支出表',
    '国有资本经营预算财政拨款支出预算表',
    '国有资本经营预算财政拨款支出表',
  ],
  'budget-three-public': [
    '三公经费和机关运行经费预算表',
    '三公经费预算表',
    '三公经费支出预算表',
    '三公经费支出表',
    '三公经费、会议费、培训费支出预算表',
    '一般公共预算三公经费、会议费、培训费支出预算表',
    '一般公共预算三公经费支出表',
    '一般公共预算三公经费支出预算表',
    '财政拨款三公经费支出预算表',
    '财政拨款三公经费支出表',
  ],
  'budget-operating-cost': [
    '一般公共预算机关运行经费支出预算表',
    '机关运行经费支出预算表',
    '机关运行经费预算表',
  ],
  'budget-procurement': ['政府采购预算表', '政府采购支出预算表'],
};

const BUDGET_SORTED: readonly { kind: BudgetTableKind; alias: string }[] = Object.entries(BUDGET_ALIASES)
  .flatMap(([kind, list]) => list.map((alias) => ({ kind: kind as BudgetTableKind, alias })))
  .sort((a, b) => b.alias.length - a.alias.length);

/** Compact form for matching: no whitespace, no quotes, no markdown. */
export function titleKey(text: string): string {
  return text.replace(/\*\*/g, '').replace(/[\s“”"‘’'「」『』]/g, '');
}

const NUMBER_RE = /公开\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*表/;
const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

export function chineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const tens = m[2] ? (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) : 0;
  const ones = m[2] ? (m[3] ? (CN_DIGITS[m[3]] ?? 0) : 0) : m[1] ? (CN_DIGITS[m[1]] ?? 0) : 0;
  return tens * 10 + ones || null;
}

/** "公开 01 表" / "公开表一" → "01". */
export function tableNumberIn(text: string): string | null {
  const compact = titleKey(text);
  const m = NUMBER_RE.exec(compact) ?? /公开表([一二三四五六七八九十]{1,3}|\d{1,2})/.exec(compact);
  if (!m?.[1]) return null;
  const n = chineseNumeral(m[1]);
  return n === null ? null : String(n).padStart(2, '0');
}

/** A line that is only a table number ("公开 01 表", "公开01表"). */
export function isNumberLine(text: string): boolean {
  return /^公开(\d{1,2}|[一二三四五六七八九十]{1,3})表$|^公开表([一二三四五六七八九十]{1,3}|\d{1,2})$/.test(
    titleKey(text),
  );
}

export interface TitleMatch {
  readonly kind: FinalTableKind;
  readonly title: string;
  readonly number: string | null;
}

/**
 * Whole-line title match, longest alias first. A year or table-number prefix is allowed ("2021年度收入决算表",
 * "公开01表 收入支出决算总表"); numbered TOC entries ("一、收入决算表") and sentences are not titles.
 */
export function matchTableTitle(text: string): TitleMatch | null {
  const key = titleKey(text);
  if (key.length > 60 || key.length < 4) return null;
  if (/^[一二三四五六七八九十]+、|^\d+[、.．]|^[（(]/.test(key)) return null;
  const number = tableNumberIn(key);
  const body = key.replace(NUMBER_RE, '').replace(/^[:：]/, '');
  for (const { kind, alias } of SORTED) {
    if (!body.endsWith(alias)) continue;
    const prefix = body.slice(0, body.length - alias.length);
    if (
      prefix === '' ||
      /^(?:.{0,40}?)\d{4}年度?(?:部门|单位)?$/.test(prefix) ||
      /^(?:部门|单位)$/.test(prefix)
    ) {
      return { kind, title: text.replace(/\*\*/g, '').trim(), number };
    }
    return null;
  }
  return null;
}

export interface BudgetTitleMatch {
  readonly kind: BudgetTableKind;
  readonly title: string;
  readonly number: string | null;
  /** "部门：… 单位：万元" printed on the title line itself (Jiangsu), or null. */
  readonly header: string | null;
}

/** Header fields glued to a title line: "收支预算总表部门：青禾县政协办公室  单位：万元". */
const GLUED_HEADER =
  /^(.*?表(?:[（(][^（()）]{1,12}[）)])?(?:\s*公开\s*(?:表\s*[一二三四五六七八九十]{1,3}|\d{1,2}\s*表))?)\s*((?:编制部门|编制单位|预算主管部门|预算单位|部门名称|单位名称|部门|单位)\s*[:：].*)$/;
/** What may stand before a budget title: a year, then 部门/单位/预算单位 or a department name. */
const BUDGET_PREFIX =
  /^(?:.{0,40}?\d{4}年度?)?(?:区级|市级|省级)?(?:[^，。；：:、\d]{0,30}?(?:部门|单位|院|厅|局|委员会|委|办公室|办公厅|办事处|中心|馆|站|所|队|校|会|处|署))?$/;

/**
 * Whole-line budget table title, longest alias first (see BUDGET_ALIASES). A year, "公开01表", a department name and
 * a trailing "（功能科目）" are allowed; numbered TOC entries, sentences and anything saying 决算 are not titles.
 */
export function matchBudgetTitle(
  text: string,
  options: { numbered?: boolean } = {},
): BudgetTitleMatch | null {
  let plain = text.replace(/\*\*/g, '').trim();
  // Jiangsu 2018 prints "一、2018年度XX院收支预算总表" above the table itself (the caller checks a grid follows).
  if (options.numbered) plain = plain.replace(/^[一二三四五六七八九十]{1,3}\s*、\s*/, '');
  const glued = GLUED_HEADER.exec(plain);
  const titleText = glued?.[1] ? glued[1].trim() : plain;
  const key = titleKey(titleText);
  if (key.length > 60 || key.length < 4 || /决算/.test(key)) return null;
  if (/^[一二三四五六七八九十]+、|^\d+[、.．]|^[（(]|^附件|^详见|^注/.test(key)) return null;
  const number = tableNumberIn(key);
  const body = key
    .replace(NUMBER_RE, '')
    .replace(/^公开表(?:[一二三四五六七八九十]{1,3}|\d{1,2})/, '')
    .replace(/^[:：]/, '')
    .replace(/公开表(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/, '')
    .replace(/[（(][^（()）]{1,12}[）)]$/, '');
  for (const { kind, alias } of BUDGET_SORTED) {
    if (!body.endsWith(alias)) continue;
    const prefix = body.slice(0, body.length - alias.length);
    if (!BUDGET_PREFIX.test(prefix)) return null;
    return { kind, title: titleText, number, header: glued?.[2]?.trim() ?? null };
  }
  return null;
}

/**
 * Header fields of a budget table, several on one line: "编制部门：XX局  单位：元", "部门：XX | | 单位：万元",
 * "预算单位：XX". Null when the line holds anything else.
 */
export function matchBudgetHeaderFields(text: string): HeaderLine[] | null {
  const t = text.replace(/\*\*/g, '').replace(/\t/g, '  ').trim();
  const re =
    /(编制部门|编制单位|预算主管部门|预算单位|部门名称|单位名称|金额单位|部门|单位)\s*[:：]\s*(.*?)(?=\s*(?:编制部门|编制单位|预算主管部门|预算单位|部门名称|单位名称|金额单位|部门|单位)\s*[:：]|$)/g;
  const fields: HeaderLine[] = [];
  let consumed = '';
  for (const m of t.matchAll(re)) {
    const label = m[1] ?? '';
    const value = (m[2] ?? '').trim();
    consumed += m[0];
    if (/单位$/.test(label) && /^(万元|元|亿元|千元)$/.test(value)) fields.push({ field: 'unit', value });
    else if (label === '金额单位') fields.push({ field: 'unit', value });
    else fields.push({ field: 'department', value });
  }
  if (fields.length === 0 || consumed.replace(/\s/g, '') !== t.replace(/\s/g, '')) return null;
  return fields;
}

/** Kind of a 绩效自评表 title line, or null. */
export function matchPerfTitle(text: string): 'overall' | 'project' | null {
  const key = titleKey(text);
  if (key.length > 60 || /^附件|^[一二三四五六七八九十\d]+[、.．]/.test(key)) return null;
  if (/部门整体支出绩效(?:自评|评价)表$/.test(key)) return 'overall';
  if (/项目支出绩效(?:自评|评价)表$/.test(key)) return 'project';
  return null;
}

export interface HeaderLine {
  readonly field: 'department' | 'unit';
  readonly value: string;
}

/** "部门：…" / "单位：万元" / "金额单位：万元" lines above a table. */
export function matchHeaderLine(text: string): HeaderLine | null {
  const t = text.replace(/\*\*/g, '').trim();
  const unit = /^(?:金额)?单位\s*[:：]\s*(万元|元|亿元|千元)\s*$/.exec(t);
  if (unit?.[1]) return { field: 'unit', value: unit[1] };
  const dept = /^(?:部门|单位名称|编制单位|部门名称|预算单位)\s*[:：]\s*(.*)$/.exec(t);
  if (dept) return { field: 'department', value: (dept[1] ?? '').trim() };
  return null;
}
