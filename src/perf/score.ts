/**
 * The 绩效自评 scoring engine (performance-eval.md §2), in exact rational arithmetic:
 * 执行率 = 全年执行数 / 全年预算数; 预算执行得分 = 分值 × min(执行率, 100%); quantitative indicators by direction
 * (≥: 实际/目标, ≤: 目标/实际, capped at 分值); qualitative bands; non-applicable indicators dropped and the total
 * rescaled to 100; grade bands per province.
 *
 * Premises marked [K] in the domain notes (the cap above 100%, the qualitative bands, the Shanghai thresholds) are
 * parameters here, so that rules can keep findings built on them at note level.
 */
import { attainment, parseIndicatorValue, type IndicatorValue } from './indicator.ts';
import {
  cmp,
  div,
  HUNDRED,
  max,
  min,
  mul,
  ONE,
  parseDecimal,
  rat,
  sum,
  ZERO,
  type Rational,
} from './rational.ts';

// ---- 预算执行 ----

/** 执行率 = 全年执行数 / 全年预算数 (a fraction, 1 = 100%); null when the budget is zero or negative. */
export function executionRate(executed: Rational, budget: Rational): Rational | null {
  if (cmp(budget, ZERO) <= 0) return null;
  return div(executed, budget);
}

/** 得分 = 分值 × 执行率, capped at 分值 (cap [K]: 执行率 above 100% earns no more than full points). */
export function budgetExecutionScore(weight: Rational, rate: Rational, cap = true): Rational {
  const r = max(rate, ZERO);
  return mul(weight, cap ? min(r, ONE) : r);
}

// ---- indicators ----

/** What the scoring rules imply for one indicator: an exact score, or a band of fractions of 分值. */
export type ScoreEstimate =
  | { readonly kind: 'exact'; readonly score: Rational }
  | { readonly kind: 'band'; readonly min: Rational; readonly max: Rational; readonly label: string };

/**
 * Quantitative score by direction, capped at 分值: ≥/> → min(实际/目标, 1) × 分值; ≤/< → min(目标/实际, 1) × 分值;
 * = → full when equal, else the smaller over the larger. null when the two are not comparable quantities or the
 * operator is not printed (the direction is then a judgement).
 */
export function quantitativeScore(
  target: IndicatorValue,
  actual: IndicatorValue,
  weight: Rational,
): Rational | null {
  if (target.kind !== 'quantity' || actual.kind !== 'quantity' || target.unit !== actual.unit) return null;
  if (target.op === null) return null;
  const t = target.value;
  const a = max(actual.value, ZERO);
  const full = weight;
  switch (target.op) {
    case '≥':
    case '>':
      if (cmp(t, ZERO) <= 0) return full;
      return mul(weight, min(div(a, t), ONE));
    case '≤':
    case '<':
      if (cmp(a, t) <= 0) return full;
      return cmp(t, ZERO) <= 0 ? ZERO : mul(weight, min(div(t, a), ONE));
    case '=':
      if (cmp(a, t) === 0) return full;
      if (cmp(a, ZERO) <= 0 || cmp(t, ZERO) <= 0) return ZERO;
      return mul(weight, div(min(a, t), max(a, t)));
  }
}

/** Qualitative bands [K]: 达成 80–100%, 部分达成 60–80%, 未达成 0–60% of 分值. */
export const QUALITATIVE_BANDS = {
  met: { label: '达成', min: rat(80, 100), max: ONE },
  partly: { label: '部分达成', min: rat(60, 100), max: rat(80, 100) },
  unmet: { label: '未达成', min: ZERO, max: rat(60, 100) },
} as const;

/** The band of a qualitative pair (actual as strong as the target → 达成; one degree weaker → 部分达成). */
export function qualitativeBand(
  target: IndicatorValue,
  actual: IndicatorValue,
): (typeof QUALITATIVE_BANDS)[keyof typeof QUALITATIVE_BANDS] | null {
  if (target.kind !== 'qualitative' || actual.kind !== 'qualitative') return null;
  const verdict = attainment(target, actual).verdict;
  if (verdict === 'met') return QUALITATIVE_BANDS.met;
  if (target.level === null || actual.level === null) return null;
  if (actual.level >= 1 && actual.level >= target.level - 1) return QUALITATIVE_BANDS.partly;
  return QUALITATIVE_BANDS.unmet;
}

/** The score the rules imply for one indicator row, from its printed 指标值 and 实际完成值. */
export function indicatorScore(target: string, actual: string, weight: Rational): ScoreEstimate | null {
  const t = parseIndicatorValue(target);
  const a = parseIndicatorValue(actual);
  const q = quantitativeScore(t, a, weight);
  if (q) return { kind: 'exact', score: q };
  const at = attainment(t, a);
  if (at.basis === 'date' || (at.basis === 'quantity' && at.verdict === 'met'))
    return { kind: 'exact', score: at.verdict === 'met' ? weight : ZERO };
  const band = qualitativeBand(t, a);
  if (band)
    return { kind: 'band', min: mul(weight, band.min), max: mul(weight, band.max), label: band.label };
  return null;
}

// ---- totals ----

export interface ScoredItem {
  readonly weight: Rational;
  readonly score: Rational;
  /** false for an indicator marked 不适用: dropped from both sums. */
  readonly applicable: boolean;
}

/** Σ得分 over applicable items. */
export function totalScore(items: readonly ScoredItem[]): Rational {
  return sum(items.filter((i) => i.applicable).map((i) => i.score));
}

/** Σ分值 over applicable items. */
export function totalWeight(items: readonly ScoredItem[]): Rational {
  return sum(items.filter((i) => i.applicable).map((i) => i.weight));
}

/** 总分 rescaled to `full` (100): Σ得分 / Σ分值 × 100 over applicable items; null when no weight remains. */
export function rescaledTotal(items: readonly ScoredItem[], full: Rational = HUNDRED): Rational | null {
  const w = totalWeight(items);
  if (cmp(w, ZERO) <= 0) return null;
  return mul(div(totalScore(items), w), full);
}

/** Weights of the applicable items rescaled so that they sum to `full` (each 分值 × 100 / Σ分值). */
export function rescaledWeights(items: readonly ScoredItem[], full: Rational = HUNDRED): Rational[] | null {
  const w = totalWeight(items);
  if (cmp(w, ZERO) <= 0) return null;
  return items.filter((i) => i.applicable).map((i) => mul(div(i.weight, w), full));
}

// ---- grades ----

export interface GradeBand {
  readonly label: string;
  /** Lowest score of the band (inclusive). */
  readonly min: Rational;
}

export interface GradeScale {
  readonly name: string;
  /** Bands from the highest to the lowest; the last has min 0. */
  readonly bands: readonly GradeBand[];
}

const band = (label: string, lo: number): GradeBand => ({ label, min: rat(lo) });

/** Default bands by province: Hunan as printed in the 自评表 备注; Shanghai labels with thresholds [K]. */
export const GRADE_SCALES = {
  hunan: { name: '湖南', bands: [band('优', 90), band('良', 80), band('中', 60), band('差', 0)] },
  shanghai: { name: '上海', bands: [band('优', 90), band('良', 80), band('合格', 60), band('不合格', 0)] },
} as const satisfies Record<string, GradeScale>;

export type Province = keyof typeof GRADE_SCALES;

export function gradeScaleFor(province: Province = 'hunan'): GradeScale {
  return GRADE_SCALES[province];
}

/** The band of a score. */
export function gradeOf(score: Rational, scale: GradeScale = GRADE_SCALES.hunan): GradeBand {
  for (const b of scale.bands) if (cmp(score, b.min) >= 0) return b;
  return scale.bands[scale.bands.length - 1] ?? band('差', 0);
}

const LONG_LABELS: Readonly<Record<string, string>> = {
  优秀: '优',
  良好: '良',
  中等: '中',
  较差: '差',
};

/** "优秀" → "优", "等级：良" → "良". */
export function normalizeGrade(label: string): string {
  const t = label
    .replace(/\s+/g, '')
    .replace(/^(?:等级|评价等级|自评等级)[:：]?/, '')
    .replace(/[。；;,，]$/, '');
  return LONG_LABELS[t] ?? t;
}

/** The built-in scale whose labels include a printed grade (合格/不合格 → Shanghai). */
export function scaleForLabel(label: string): GradeScale | null {
  const g = normalizeGrade(label);
  const scales: GradeScale[] = [GRADE_SCALES.hunan, GRADE_SCALES.shanghai];
  return scales.find((s) => s.bands.some((b) => b.label === g)) ?? null;
}

/**
 * Bands as printed in a note: "90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差".
 * null unless at least two bands with thresholds are found.
 */
export function parseGradeScale(text: string): GradeScale | null {
  const t = text.replace(/\s+/g, '');
  const bands: GradeBand[] = [];
  const re =
    /(\d+(?:\.\d+)?)分?(?:[（(]含[）)])?(?:及以上|以上)?(?:[—―–\-－~～至到]+\d+(?:\.\d+)?分?(?:以下)?)?(?:的)?为[“"]?([优良中差]|合格|不合格)/g;
  for (const m of t.matchAll(re)) {
    const lo = parseDecimal(m[1] ?? '');
    if (lo) bands.push({ label: normalizeGrade(m[2] ?? ''), min: lo });
  }
  const bottom = /\d+(?:\.\d+)?分?以下(?:的)?为[“"]?([优良中差]|合格|不合格|较差)/.exec(t);
  if (bottom?.[1]) bands.push({ label: normalizeGrade(bottom[1]), min: ZERO });
  if (bands.length < 2) return null;
  bands.sort((a, b) => cmp(b.min, a.min));
  if (cmp(bands[bands.length - 1]?.min ?? ONE, ZERO) !== 0) return null;
  return { name: '表中备注', bands };
}
