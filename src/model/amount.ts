/**
 * Exact money and number handling (金额精确计算).
 *
 * An amount is an integer count of hundredths of the document's unit (万元 75.10 → 7510). Printed strings are parsed
 * straight to integers — never through floating point — and sums are integer sums.
 */

/** What a printed cell holds. Blank and 0 are different things and stay different. */
export type NumberKind = 'blank' | 'number' | 'dash' | 'text';

export interface ParsedNumber {
  readonly kind: NumberKind;
  /** Integer hundredths of the unit; null unless kind = 'number'. */
  readonly hundredths: number | null;
  /** Decimal places as printed ("75.10" → 2, "109" → 0). */
  readonly decimals: number;
  /** True when the printed value had more than 2 decimals and was rounded half-up to hundredths. */
  readonly rounded: boolean;
  readonly raw: string;
}

const FULLWIDTH_DIGITS = /[０-９]/g;

/** Normalise full-width digits and punctuation that appear in numbers. */
export function normalizeNumberText(raw: string): string {
  return raw
    .replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。](?=\d)/g, '.')
    .replace(/[，,](?=\d{3}(?:\D|$))/g, ',')
    .replace(/[－−–]/g, '-')
    .replace(/＋/g, '+')
    .trim();
}

const NUMBER_RE = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;
const DASHES = new Set(['-', '—', '——', '--', '/', '－', '─', '…']);

/** Parse one printed number. Accepts thousands separators, full-width digits, signs, (12.30) negatives. */
export function parseNumber(raw: string): ParsedNumber {
  const text = normalizeNumberText(raw).replace(/\s+/g, '');
  if (text === '') return { kind: 'blank', hundredths: null, decimals: 0, rounded: false, raw };
  if (DASHES.has(text)) return { kind: 'dash', hundredths: null, decimals: 0, rounded: false, raw };
  let body = text;
  let negative = false;
  const paren = /^[(（](.+)[)）]$/.exec(body);
  if (paren?.[1] !== undefined) {
    body = paren[1];
    negative = true;
  }
  const m = NUMBER_RE.exec(body);
  if (!m || (m[2] === undefined && m[3] === undefined)) {
    return { kind: 'text', hundredths: null, decimals: 0, rounded: false, raw };
  }
  if (m[1] === '-') negative = !negative;
  const intPart = (m[2] ?? '0').replace(/,/g, '');
  const frac = m[3] ?? '';
  const decimals = frac.length;
  const padded = (frac + '00').slice(0, 2);
  let hundredths = Number(intPart) * 100 + Number(padded);
  let rounded = false;
  if (decimals > 2) {
    rounded = true;
    // half-up on the third decimal, exact because it is decided on the digit string
    if (frac.charCodeAt(2) - 48 >= 5) hundredths += 1;
  }
  if (!Number.isSafeInteger(hundredths))
    return { kind: 'text', hundredths: null, decimals: 0, rounded: false, raw };
  return { kind: 'number', hundredths: negative ? -hundredths : hundredths, decimals, rounded, raw };
}

/** True when the text is a printed number (not blank, not a dash). */
export function isNumeric(raw: string): boolean {
  return parseNumber(raw).kind === 'number';
}

/** Exact integer sum of hundredths; throws on overflow rather than losing a cent. */
export function sumHundredths(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`not an integer amount: ${v}`);
    total += v;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('amount overflow');
  return total;
}

/** Decimal number for JSON output: 7510 → 75.1 (IEEE division is correctly rounded, so this equals the decimal). */
export function hundredthsToNumber(h: number): number {
  return h / 100;
}

/** Format hundredths as a fixed 2-decimal string without floating point: 7510 → "75.10", -5 → "-0.05". */
export function formatHundredths(h: number, decimals = 2): string {
  const sign = h < 0 ? '-' : '';
  const abs = Math.abs(h);
  const int = Math.trunc(abs / 100);
  const frac = String(abs % 100).padStart(2, '0');
  if (decimals <= 0) return `${sign}${Math.round(abs / 100)}`;
  return `${sign}${int}.${frac}`;
}

/**
 * A rate as an exact rational quotient rounded half-up to `decimals` places of percent, returned as an integer
 * count of 10^-decimals percent (e.g. decimals = 2 → basis points of a percent ×100).
 */
export function percentScaled(numerator: number, denominator: number, decimals = 2): number | null {
  if (denominator === 0) return null;
  const scale = 100 * 10 ** decimals;
  const num = BigInt(numerator) * BigInt(scale);
  const den = BigInt(denominator);
  const negative = num < 0n !== den < 0n;
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  let q = a / b;
  if ((a % b) * 2n >= b) q += 1n;
  return Number(negative ? -q : q);
}
