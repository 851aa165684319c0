import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatHundredths, parseNumber, percentScaled, sumHundredths } from './amount.ts';

const SEED = { seed: 20261125, numRuns: 300 };

/** Print an integer count of hundredths the ways documents do. */
function printWith(h: number, style: 'plain' | 'thousands' | 'fullwidth'): string {
  const text = formatHundredths(h);
  if (style === 'plain') return text;
  const [int = '', frac = ''] = text.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const signed = `${h < 0 ? '-' : ''}${grouped}.${frac}`;
  if (style === 'thousands') return signed;
  return signed.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace('.', '．');
}

describe('parseNumber', () => {
  test.prop(
    [fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom('plain', 'thousands', 'fullwidth')],
    SEED,
  )('round-trips every printed amount exactly', (h, style) => {
    const p = parseNumber(printWith(h, style));
    expect(p.kind).toBe('number');
    expect(p.hundredths).toBe(h);
    expect(p.decimals).toBe(2);
  });

  test.prop([fc.integer({ min: 0, max: 1e9 })], SEED)('an integer without decimals is whole units', (n) => {
    expect(parseNumber(String(n)).hundredths).toBe(n * 100);
    expect(parseNumber(String(n)).decimals).toBe(0);
  });

  test.prop([fc.string()], SEED)('never throws, and only numbers carry an amount', (s) => {
    const p = parseNumber(s);
    expect(['blank', 'number', 'dash', 'text']).toContain(p.kind);
    expect(p.kind === 'number').toBe(p.hundredths !== null);
  });

  it('keeps blank, dash, zero and text apart', () => {
    expect(parseNumber('').kind).toBe('blank');
    expect(parseNumber('  ').kind).toBe('blank');
    expect(parseNumber('-').kind).toBe('dash');
    expect(parseNumber('—').kind).toBe('dash');
    expect(parseNumber('0')).toMatchObject({ kind: 'number', hundredths: 0 });
    expect(parseNumber('0.00')).toMatchObject({ kind: 'number', hundredths: 0, decimals: 2 });
    expect(parseNumber('合计').kind).toBe('text');
    expect(parseNumber('12期').kind).toBe('text');
  });

  it('reads negatives, parentheses, a leading point and 3-decimal rounding half-up', () => {
    expect(parseNumber('-12.30').hundredths).toBe(-1230);
    expect(parseNumber('－12.30').hundredths).toBe(-1230);
    expect(parseNumber('(12.30)').hundredths).toBe(-1230);
    expect(parseNumber('.5').hundredths).toBe(50);
    expect(parseNumber('1.005')).toMatchObject({ hundredths: 101, rounded: true });
    expect(parseNumber('1.004')).toMatchObject({ hundredths: 100, rounded: true });
    expect(parseNumber('1,234,567.8').hundredths).toBe(123456780);
    expect(parseNumber('12,34').kind).toBe('text');
  });
});

describe('money arithmetic', () => {
  test.prop([fc.array(fc.integer({ min: -1e10, max: 1e10 }), { maxLength: 50 })], SEED)(
    'sums are exact (checked against BigInt)',
    (values) => {
      const big = values.reduce((a, b) => a + BigInt(b), 0n);
      expect(BigInt(sumHundredths(values))).toBe(big);
    },
  );

  it('refuses non-integer amounts instead of losing a cent', () => {
    expect(() => sumHundredths([1, 0.5])).toThrow(RangeError);
  });

  test.prop([fc.integer({ min: -1e12, max: 1e12 })], SEED)('formats without floating point', (h) => {
    expect(parseNumber(formatHundredths(h)).hundredths).toBe(h);
  });

  test.prop([fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 })], SEED)(
    'percentages round half-up from the exact quotient',
    (a, b) => {
      const scaled = percentScaled(a, b, 2);
      expect(scaled).not.toBeNull();
      // scaled / 100 is the percent; compare with exact rational bounds
      const lower = BigInt(a) * 10000n * 2n;
      const s = BigInt(scaled ?? 0);
      expect((2n * s - 1n) * BigInt(b) <= lower).toBe(true);
      expect(lower < (2n * s + 1n) * BigInt(b)).toBe(true);
    },
  );

  it('has no rate for a zero denominator', () => {
    expect(percentScaled(5, 0)).toBeNull();
    expect(percentScaled(9615, 10000, 2)).toBe(9615);
    expect(percentScaled(7501, 7801, 2)).toBe(9615);
  });
});
