/**
 * 指标值 and 实际完成值 of a 绩效自评表 (performance-eval.md §2 "Indicator values"): an optional operator, a number
 * and a unit ("≥95%", "≤30天", "=100%", "2000次以上"), a date ("2020年底", "2021年12月"), a qualitative phrase
 * ("较好完成", "显著提升", "达到预期"), or an explicit "不适用".
 */
import { normalizeNumberText } from '../model/amount.ts';
import { cmp, parseDecimal, type Rational } from './rational.ts';

export type Operator = '≥' | '≤' | '=' | '>' | '<';

export type IndicatorValue =
  | {
      readonly kind: 'quantity';
      /** null: printed without an operator ("100%", "12期"). */
      readonly op: Operator | null;
      readonly value: Rational;
      readonly decimals: number;
      readonly unit: string;
      readonly raw: string;
    }
  | {
      readonly kind: 'date';
      readonly op: Operator | null;
      readonly year: number;
      /** 12 for "年底"/"年末"; null when only the year is printed. */
      readonly month: number | null;
      readonly day: number | null;
      readonly raw: string;
    }
  | {
      readonly kind: 'qualitative';
      /** 0 未达成 · 1 基本/部分 · 2 完成/较好/不断 · 3 显著/明显/超额; null when no degree word is found. */
      readonly level: number | null;
      readonly raw: string;
    }
  | { readonly kind: 'not-applicable'; readonly raw: string }
  | { readonly kind: 'empty'; readonly raw: string };

const PREFIX: readonly (readonly [RegExp, Operator])[] = [
  [/^(?:≥|>=|＞=|≧|大于等于|大于或等于|不低于|不少于|不小于|至少|达到)/, '≥'],
  [/^(?:≤|<=|＜=|≦|小于等于|小于或等于|不高于|不超过|不多于|不大于|控制在|最多)/, '≤'],
  [/^(?:>|＞|大于|高于|超过|多于)/, '>'],
  [/^(?:<|＜|小于|低于|少于)/, '<'],
  [/^(?:=|＝|等于)/, '='],
];

/** Suffixes that carry the operator ("2000次以上", "30天以内", "3天内"). */
const SUFFIX: readonly (readonly [RegExp, Operator])[] = [
  [/(?:及以上|或以上|以上)$/, '≥'],
  [/(?:及以下|或以下|以下|以内|之内|内)$/, '≤'],
];

const UNIT = /^(?:%|‰|[a-zA-Z]{1,4}|[\u4e00-\u9fff]{1,5})?$/;

function stripOperator(text: string): { op: Operator | null; rest: string } {
  for (const [re, op] of PREFIX) {
    const m = re.exec(text);
    if (m) return { op, rest: text.slice(m[0].length) };
  }
  return { op: null, rest: text };
}

const NOT_APPLICABLE = /^(?:不适用|不涉及|无此项|本年无)$/;
const EMPTY = /^(?:[-—－/／\\、…]+|无)?$/;

/** Qualitative degree words, strongest first within each level; negations are checked first. */
const LEVELS: readonly (readonly [RegExp, number])[] = [
  [/未|没有|不达标|不合格|不满意|较差|滞后|^否$|^差$/, 0],
  [/基本|部分|初步|一般/, 1],
  [/显著|明显|大幅|全面|圆满|超额|超过预期|优秀|很好|非常/, 3],
  [
    /较好|良好|较高|不断|持续|稳步|逐步|有效|进一步|提升|提高|增强|改善|加强|好转|完成|达到|达标|实现|符合|满足|按时|及时|合格|满意|^是$|^好$|预期/,
    2,
  ],
];

function qualitativeLevel(text: string): number | null {
  for (const [re, level] of LEVELS) if (re.test(text)) return level;
  return null;
}

function parseDate(text: string, op: Operator | null, raw: string): IndicatorValue | null {
  const m =
    /^(\d{4})年(?:度)?(?:(\d{1,2})月(?:份)?(?:(\d{1,2})日)?)?((?:年底|年末|底|末)?(?:之前|以前|前|之内|以内|内)?)$/.exec(
      text,
    );
  if (!m) return null;
  const year = Number(m[1]);
  let month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  const tail = m[4] ?? '';
  if (month === null && /底|末/.test(tail)) month = 12;
  if (month !== null && (month < 1 || month > 12)) return null;
  const deadline = /前|内/.test(tail) ? '≤' : null;
  return { kind: 'date', op: op ?? deadline, year, month, day, raw };
}

/** Parse one printed 指标值 or 实际完成值. */
export function parseIndicatorValue(raw: string): IndicatorValue {
  const text = normalizeNumberText(raw)
    .replace(/\s+/g, '')
    .replace(/％/g, '%')
    .replace(/，(?=\d{3})/g, '');
  if (EMPTY.test(text)) return { kind: 'empty', raw };
  if (NOT_APPLICABLE.test(text)) return { kind: 'not-applicable', raw };
  const { op: prefixOp, rest } = stripOperator(text);
  const date = parseDate(rest, prefixOp, raw);
  if (date) return date;
  let body = rest;
  let op = prefixOp;
  for (const [re, sop] of SUFFIX) {
    if (re.test(body)) {
      body = body.replace(re, '');
      op ??= sop;
      break;
    }
  }
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)(.*)$/.exec(body);
  if (m?.[1] !== undefined) {
    const digits = m[1].replace(/,/g, '');
    const value = parseDecimal(digits);
    const unit = m[2] ?? '';
    if (value && UNIT.test(unit)) {
      const decimals = digits.includes('.') ? (digits.split('.')[1]?.length ?? 0) : 0;
      return { kind: 'quantity', op, value, decimals, unit, raw };
    }
  }
  return { kind: 'qualitative', level: qualitativeLevel(text), raw };
}

export type Attainment = 'met' | 'unmet' | 'unknown';

/** How a verdict was reached: numbers or dates (reliable), or degree words (note-level only). */
export type AttainmentBasis = 'quantity' | 'date' | 'qualitative' | 'none';

export interface AttainmentResult {
  readonly verdict: Attainment;
  readonly basis: AttainmentBasis;
}

function meets(op: Operator, actual: Rational, target: Rational): boolean {
  const c = cmp(actual, target);
  switch (op) {
    case '≥':
      return c >= 0;
    case '>':
      return c > 0;
    case '≤':
      return c <= 0;
    case '<':
      return c < 0;
    case '=':
      return c === 0;
  }
}

function dateKey(
  v: { year: number; month: number | null; day: number | null },
  precision: 0 | 1 | 2,
): number {
  return v.year * 10000 + (precision >= 1 ? (v.month ?? 12) * 100 : 0) + (precision >= 2 ? (v.day ?? 31) : 0);
}

/**
 * Is the target met? Quantities are compared only with the same unit; an operator-less target is met when the
 * actual value equals it and undecided otherwise (the direction is not printed); a date target is a deadline.
 */
export function attainment(target: IndicatorValue, actual: IndicatorValue): AttainmentResult {
  if (target.kind === 'quantity' && actual.kind === 'quantity') {
    if (target.unit !== actual.unit) return { verdict: 'unknown', basis: 'none' };
    const basis = 'quantity';
    if (actual.op !== null && actual.op !== '=') {
      // "2000次以上" as an actual: decided only when it lies wholly on the target's side.
      const up = actual.op === '≥' || actual.op === '>';
      const targetUp = target.op === '≥' || target.op === '>';
      const targetDown = target.op === '≤' || target.op === '<';
      if (up && targetUp && cmp(actual.value, target.value) >= 0) return { verdict: 'met', basis };
      if (!up && targetDown && cmp(actual.value, target.value) <= 0) return { verdict: 'met', basis };
      return { verdict: 'unknown', basis: 'none' };
    }
    if (target.op === null) {
      return cmp(actual.value, target.value) === 0
        ? { verdict: 'met', basis }
        : { verdict: 'unknown', basis: 'none' };
    }
    return { verdict: meets(target.op, actual.value, target.value) ? 'met' : 'unmet', basis };
  }
  if (target.kind === 'date' && actual.kind === 'date') {
    const precision: 0 | 1 | 2 =
      target.month === null || actual.month === null ? 0 : target.day === null || actual.day === null ? 1 : 2;
    const t = dateKey(target, precision);
    const a = dateKey(actual, precision);
    const op = target.op ?? '≤';
    const ok = op === '≥' || op === '>' ? a >= t : op === '=' ? a === t : a <= t;
    return { verdict: ok ? 'met' : 'unmet', basis: 'date' };
  }
  if (target.kind === 'qualitative' && actual.kind === 'qualitative') {
    if (target.raw.replace(/\s+/g, '') === actual.raw.replace(/\s+/g, ''))
      return { verdict: 'met', basis: 'qualitative' };
    if (target.level === null || actual.level === null) return { verdict: 'unknown', basis: 'none' };
    return { verdict: actual.level >= target.level ? 'met' : 'unmet', basis: 'qualitative' };
  }
  return { verdict: 'unknown', basis: 'none' };
}
