/** Shared pieces of the P rules: 自评表 locations, printed values, exact tolerances. */
import type { Disclosure, PerfEvaluation, PerfValue, SourceRef } from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';
import {
  abs,
  add,
  cmp,
  div,
  halfUnit,
  HUNDRED,
  mul,
  ONE,
  parseDecimal,
  sub,
  sum,
  toShort,
  ZERO,
  type Rational,
} from '../../perf/rational.ts';
import {
  GRADE_SCALES,
  parseGradeScale,
  rescaledTotal,
  scaleForLabel,
  type GradeScale,
  type ScoredItem,
} from '../../perf/score.ts';
import {
  indicatorGroups,
  indicatorName,
  indicatorRows,
  isNotApplicable,
  moneyRow,
  numberOf,
} from '../../perf/table.ts';
import { excerptOf } from '../context.ts';

/** A location in a 自评表: the table title as section, the row and column names as printed. */
export function perfAt(
  doc: Disclosure,
  p: PerfEvaluation,
  at: SourceRef | null | undefined,
  row: string | null,
  column: string | null = null,
): Location {
  const ref = at ?? p.at;
  return {
    part: 'perf',
    table: null,
    row,
    column,
    section: p.title.replace(/\s+/g, ''),
    line: ref.line ?? null,
    endLine: null,
    column1: ref.column ?? null,
    page: ref.page ?? null,
    excerpt: excerptOf(doc, ref),
  };
}

/** A printed value for messages: "9.78", "（空白）". */
export function shown(v: PerfValue | null | undefined): string {
  if (!v || v.kind === 'blank') return '（空白）';
  return v.raw.replace(/\s+/g, '');
}

/** Decimal places as printed (at most 2 for the model's hundredths). */
export function decimalsOf(v: PerfValue | null | undefined): number {
  return v?.kind === 'number' ? v.decimals : 0;
}

/** A computed value for messages: rounded to at least 2 places (more when the table prints more), no trailing zeros. */
export function print(r: Rational, decimals = 2): string {
  return toShort(r, Math.max(decimals, 2));
}

/** |a − b| ≤ tol, exactly. */
export function within(a: Rational, b: Rational, tol: Rational): boolean {
  return cmp(abs(sub(a, b)), tol) <= 0;
}

/** Half a unit of the last printed digit of a value. */
export function halfOf(v: PerfValue | null | undefined): Rational {
  return halfUnit(decimalsOf(v));
}

/** A printed percentage ("97.81%", "100%", or a fraction "0.9781") as percent points and its printed decimals. */
export function printedPercent(
  v: PerfValue | null | undefined,
): { value: Rational; decimals: number } | null {
  if (v?.kind !== 'number') return null;
  const text = v.raw.replace(/\s+/g, '').replace(/[%％]$/, '');
  const value = parseDecimal(text);
  if (!value) return null;
  const decimals = text.includes('.') ? (text.split('.')[1]?.length ?? 0) : 0;
  if (/[%％]\s*$/.test(v.raw)) return { value, decimals };
  // A bare number up to 1 is a fraction ("0.9781" = 97.81%); above 1 it is percent points printed without "%".
  if (cmp(value, ONE) <= 0 && decimals > 0)
    return { value: mul(value, HUNDRED), decimals: Math.max(decimals - 2, 0) };
  return { value, decimals };
}

/** The printed number of a cell as an exact rational (null for blank, dash and text). */
export const num = numberOf;

export interface TotalCheck {
  /** The printed 总分 得分 agrees with the parts (plain sum, or rescaled when indicators were dropped). */
  readonly ok: boolean;
  /** Money-block score + Σ applicable indicator scores. */
  readonly sum: Rational;
  /** Σ得分 / Σ分值 × 100 when the weights do not add up to 100 or an indicator is marked 不适用. */
  readonly rescaled: Rational | null;
  readonly weight: Rational;
  /** "预算执行 9.78 + 产出指标 50 + …". */
  readonly parts: string;
  /** The printed scores added up (money block first), for locations. */
  readonly scores: readonly { readonly value: PerfValue; readonly row: string }[];
}

/** The 总分 recomputed from the printed parts (P-06), shared by the grade check (P-07). */
export function checkTotal(p: PerfEvaluation): TotalCheck | null {
  const total = p.total?.score;
  const t = numberOf(total);
  if (!t || !total) return null;
  const money = moneyRow(p, 'total');
  const moneyScore = numberOf(money?.score);
  const moneyWeight = numberOf(money?.weight);
  const groups = indicatorGroups(p)
    .map((g) => {
      const rows = g.rows.filter((r) => !isNotApplicable(r) && numberOf(r.score) !== null);
      return {
        name: g.name || '指标',
        score: sum(rows.map((r) => numberOf(r.score) ?? ZERO)),
        weight: sum(rows.map((r) => numberOf(r.weight) ?? ZERO)),
        decimals: Math.max(0, ...rows.map((r) => decimalsOf(r.score))),
        any: rows.length > 0,
        rows,
      };
    })
    .filter((g) => g.any);
  const s = groups.reduce((a, g) => add(a, g.score), moneyScore ?? ZERO);
  const partDecimals = Math.max(decimalsOf(money?.score), ...groups.map((g) => g.decimals));
  const totalDecimals = decimalsOf(total);
  // The money-block score is a rounded product; a total printed less precisely than its parts is rounded too.
  const moneyTol = moneyScore && decimalsOf(money?.score) > 0 ? halfUnit(decimalsOf(money?.score)) : ZERO;
  const tol = add(totalDecimals < partDecimals ? halfUnit(totalDecimals) : ZERO, moneyTol);
  const items: ScoredItem[] = [
    ...(moneyScore && moneyWeight ? [{ weight: moneyWeight, score: moneyScore, applicable: true }] : []),
    ...groups.map((g) => ({ weight: g.weight, score: g.score, applicable: true })),
  ];
  const weight = sum(items.map((i) => i.weight));
  const dropped =
    indicatorRows(p).some(isNotApplicable) || (cmp(weight, ZERO) > 0 && cmp(weight, HUNDRED) !== 0);
  const rescaled = dropped ? rescaledTotal(items) : null;
  const ok =
    within(t, s, tol) ||
    (rescaled !== null &&
      within(t, rescaled, add(halfUnit(totalDecimals), mul(moneyTol, div(HUNDRED, weight)))));
  const parts = [
    ...(moneyScore ? [`预算执行 ${shown(money?.score)}`] : []),
    ...groups.map((g) => `${g.name} ${print(g.score)}`),
  ].join(' + ');
  const scores = [
    ...(money?.score?.kind === 'number' ? [{ value: money.score, row: '资金情况·合计' }] : []),
    ...groups.flatMap((g) => g.rows.map((r) => ({ value: r.score as PerfValue, row: indicatorName(r) }))),
  ];
  return { ok, sum: s, rescaled, weight, parts, scores };
}

/** The grade bands: those the table itself prints in its 备注, else the province scale whose labels include the printed grade. */
export function gradeScaleOf(p: PerfEvaluation, grade: string): GradeScale {
  for (const n of p.notes) {
    const s = parseGradeScale(n.text);
    if (s) return s;
  }
  return scaleForLabel(grade) ?? GRADE_SCALES.hunan;
}

export function describeScale(s: GradeScale): string {
  const out: string[] = [];
  s.bands.forEach((b, i) => {
    const upper = s.bands[i - 1];
    const lo = toShort(b.min);
    out.push(
      i === 0
        ? `${lo}分及以上为${b.label}`
        : b.min.num === 0n
          ? `${toShort(upper?.min ?? b.min)}分以下为${b.label}`
          : `${lo}–${toShort(upper?.min ?? b.min)}分为${b.label}`,
    );
  });
  return out.join('，');
}
