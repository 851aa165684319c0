/** Table titles and their aliases (longest first), table numbers, and header-line patterns. */
import type { TableKind } from '../../model/document.ts';

const ALIASES: Record<TableKind, readonly string[]> = {
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

const SORTED: readonly { kind: TableKind; alias: string }[] = Object.entries(ALIASES)
  .flatMap(([kind, list]) => list.map((alias) => ({ kind: kind as TableKind, alias })))
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
  readonly kind: TableKind;
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
