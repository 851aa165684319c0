/** Shared pieces of the P rules: 自评表 locations, printed values, exact tolerances. */
import type { Disclosure, PerfEvaluation, PerfValue, SourceRef } from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';
import {
  abs,
  cmp,
  halfUnit,
  HUNDRED,
  mul,
  ONE,
  parseDecimal,
  sub,
  toShort,
  type Rational,
} from '../../perf/rational.ts';
import { numberOf } from '../../perf/table.ts';
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
