/**
 * Percentages recomputed from printed figures by interval arithmetic (rules.md §9.3), exactly, with BigInt.
 * An amount printed with 2 decimals stands for the interval a ± 0.005; a printed percentage p with d decimals for
 * p ± 0.5·10^-d. A printed rate is wrong only when the two intervals do not meet.
 */

/** A closed interval of amounts in half-hundredths of the unit (so ±0.005 is ±1). */
export interface AmountInterval {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** The interval of a printed amount (hundredths): exact when 0 or when `exact`, else ± half a hundredth. */
export function printed(hundredths: number, exact = false): AmountInterval {
  const mid = BigInt(hundredths) * 2n;
  const w = exact || hundredths === 0 ? 0n : 1n;
  return { lo: mid - w, hi: mid + w };
}

export function plus(a: AmountInterval, b: AmountInterval): AmountInterval {
  return { lo: a.lo + b.lo, hi: a.hi + b.hi };
}

export function minus(a: AmountInterval, b: AmountInterval): AmountInterval {
  return { lo: a.lo - b.hi, hi: a.hi - b.lo };
}

export interface PrintedPercent {
  /** Printed value scaled by 10^decimals (96.15 → 9615). */
  readonly scaled: number;
  readonly decimals: number;
}

export interface RatioCheck {
  /** 'ok', 'wrong', or 'undefined' when the denominator may be zero. */
  readonly verdict: 'ok' | 'wrong' | 'undefined';
  /**
   * The percentages that may be printed (at the printed precision, at least 2 decimals): every value whose own
   * rounding interval meets the recomputed range.
   */
  readonly min: string;
  readonly max: string;
  /** "95.46%" or "95.45%–95.46%" (for messages); "" when undefined. */
  readonly range: string;
}

function formatScaled(num: bigint, den: bigint, decimals: number, roundUp: boolean): string {
  const scale = 10n ** BigInt(decimals);
  let q = (num * scale) / den;
  if (roundUp && (num * scale) % den !== 0n) q += 1n;
  const neg = q < 0n;
  const abs = neg ? -q : q;
  const int = abs / scale;
  const frac = (abs % scale).toString().padStart(decimals, '0');
  return `${neg ? '-' : ''}${int}${decimals > 0 ? `.${frac}` : ''}`;
}

/** Is a printed percentage consistent with num / den × 100 for some values inside the intervals? */
export function checkPercent(num: AmountInterval, den: AmountInterval, p: PrintedPercent): RatioCheck {
  const d = Math.max(p.decimals, 2);
  if (den.lo <= 0n) return { verdict: 'undefined', min: '', max: '', range: '' };
  // ratio range for num ≥ 0 (absolute values: direction words are checked elsewhere)
  const nlo = num.lo < 0n ? 0n : num.lo;
  const nhi = num.hi < 0n ? -num.lo : num.hi;
  const P = BigInt(Math.abs(p.scaled));
  const scale = 10n ** BigInt(p.decimals);
  // p − h > 100·nhi/den.lo  ⇔ (2P − 1)·den.lo > 200·10^d·nhi
  const tooHigh = (2n * P - 1n) * den.lo > 200n * scale * nhi;
  // p + h < 100·nlo/den.hi  ⇔ (2P + 1)·den.hi < 200·10^d·nlo
  const tooLow = (2n * P + 1n) * den.hi < 200n * scale * nlo;
  // Lowest printable P (d decimals): P + h ≥ 100·nlo/den.hi ⇔ P ≥ (200·10^d·nlo − den.hi) / (2·den.hi).
  const sd = 10n ** BigInt(d);
  const lowest = ceilDiv(200n * sd * nlo - den.hi, 2n * den.hi);
  // Highest: P − h ≤ 100·nhi/den.lo ⇔ P ≤ (200·10^d·nhi + den.lo) / (2·den.lo).
  const highest = floorDiv(200n * sd * nhi + den.lo, 2n * den.lo);
  const min = formatScaled(lowest, sd, d, false);
  const max = formatScaled(highest, sd, d, false);
  return {
    verdict: tooHigh || tooLow ? 'wrong' : 'ok',
    min,
    max,
    range: min === max ? `${min}%` : `${min}%–${max}%`,
  };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}

/** The exact percentage of two amounts, rounded half-up, as a string with `decimals` places. */
export function percentString(num: number, den: number, decimals = 2): string | null {
  if (den === 0) return null;
  const scale = 10n ** BigInt(decimals);
  const n = BigInt(num) * 100n * scale;
  const dd = BigInt(den);
  let q = n / dd;
  if ((n % dd) * 2n >= dd) q += 1n;
  const neg = q < 0n;
  const abs = neg ? -q : q;
  return `${neg ? '-' : ''}${abs / scale}${decimals > 0 ? `.${(abs % scale).toString().padStart(decimals, '0')}` : ''}`;
}
