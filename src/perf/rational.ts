/**
 * Exact rationals for 绩效自评 scoring. Scores, weights, rates and indicator values are printed decimals; every
 * product, quotient and sum is kept exact (BigInt numerator/denominator) and rounded only when printed.
 */

/** A reduced fraction with a positive denominator. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

export function rat(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO = rat(0);
export const ONE = rat(1);
export const HUNDRED = rat(100);

/** Integer hundredths (the model's money and score unit) → rational: 978 → 9.78. */
export function fromHundredths(h: number): Rational {
  return rat(h, 100);
}

/** A printed decimal string ("97.81", "-3", "2.5") → exact rational; null when it is not a plain decimal. */
export function parseDecimal(text: string): Rational | null {
  const m = /^([+-])?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const frac = m[3] ?? '';
  const n = BigInt(`${m[2] ?? '0'}${frac}`);
  return rat(m[1] === '-' ? -n : n, 10n ** BigInt(frac.length));
}

export const add = (a: Rational, b: Rational): Rational => rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational => rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rat(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('division by zero');
  return rat(a.num * b.den, a.den * b.num);
}

export function sum(values: readonly Rational[]): Rational {
  return values.reduce(add, ZERO);
}

/** −1, 0 or 1. */
export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

export const eq = (a: Rational, b: Rational): boolean => cmp(a, b) === 0;
export const min = (a: Rational, b: Rational): Rational => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Rational, b: Rational): Rational => (cmp(a, b) >= 0 ? a : b);
export const abs = (a: Rational): Rational => (a.num < 0n ? rat(-a.num, a.den) : a);

/** Half a unit of the last of `decimals` places: 0 → 1/2, 2 → 1/200. */
export function halfUnit(decimals: number): Rational {
  return rat(1n, 2n * 10n ** BigInt(decimals));
}

/** Round half away from zero to `decimals` places and print: (9781/1000, 2) → "9.78". */
export function toFixed(a: Rational, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const n = a.num < 0n ? -a.num : a.num;
  let q = (n * scale) / a.den;
  if (((n * scale) % a.den) * 2n >= a.den) q += 1n;
  const int = q / scale;
  const frac = (q % scale).toString().padStart(decimals, '0');
  return `${a.num < 0n && q !== 0n ? '-' : ''}${int}${decimals > 0 ? `.${frac}` : ''}`;
}

/** Shortest print at up to `decimals` places ("98.00" → "98", "9.80" → "9.8"). */
export function toShort(a: Rational, decimals = 2): string {
  const s = toFixed(a, decimals);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/** Nearest integer hundredths (half away from zero), for the model's integer scale. */
export function toHundredths(a: Rational): number {
  return Number(toFixed(a, 2).replace('.', ''));
}
