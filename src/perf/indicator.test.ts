import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { attainment, parseIndicatorValue, type IndicatorValue, type Operator } from './indicator.ts';
import { rat, toShort } from './rational.ts';

const SEED = { seed: 2020, numRuns: 300 };

function quantity(v: IndicatorValue): { op: Operator | null; value: string; unit: string } | null {
  return v.kind === 'quantity' ? { op: v.op, value: toShort(v.value, 6), unit: v.unit } : null;
}

describe('parseIndicatorValue', () => {
  it.each([
    ['≥95%', '≥', '95', '%'],
    ['≤30天', '≤', '30', '天'],
    ['=100%', '=', '100', '%'],
    ['≥ 12 期', '≥', '12', '期'],
    ['12期', null, '12', '期'],
    ['≥2.5万亩', '≥', '2.5', '万亩'],
    ['≤8.20万元', '≤', '8.2', '万元'],
    ['2000次以上', '≥', '2000', '次'],
    ['3天内', '≤', '3', '天'],
    ['不低于90％', '≥', '90', '%'],
    ['＞0', '>', '0', ''],
    ['2,000人次', null, '2000', '人次'],
    ['１００%', null, '100', '%'],
  ] as const)('%s', (raw, op, value, unit) => {
    expect(quantity(parseIndicatorValue(raw))).toEqual({ op, value, unit });
  });

  it('reads dates as deadlines', () => {
    expect(parseIndicatorValue('2020年底')).toMatchObject({ kind: 'date', year: 2020, month: 12, op: null });
    expect(parseIndicatorValue('2021年12月')).toMatchObject({ kind: 'date', year: 2021, month: 12 });
    expect(parseIndicatorValue('2021 年 6 月底前')).toMatchObject({ kind: 'date', month: 6, op: '≤' });
  });

  it('keeps qualitative phrases with their degree', () => {
    expect(parseIndicatorValue('达到预期')).toMatchObject({ kind: 'qualitative', level: 2 });
    expect(parseIndicatorValue('较好完成')).toMatchObject({ kind: 'qualitative', level: 2 });
    expect(parseIndicatorValue('显著提升')).toMatchObject({ kind: 'qualitative', level: 3 });
    expect(parseIndicatorValue('不断提升')).toMatchObject({ kind: 'qualitative', level: 2 });
    expect(parseIndicatorValue('基本完成')).toMatchObject({ kind: 'qualitative', level: 1 });
    expect(parseIndicatorValue('未完成')).toMatchObject({ kind: 'qualitative', level: 0 });
    expect(parseIndicatorValue('较上年减少3.1%')).toMatchObject({ kind: 'qualitative' });
  });

  it('knows empty and not-applicable cells', () => {
    expect(parseIndicatorValue('').kind).toBe('empty');
    expect(parseIndicatorValue('/').kind).toBe('empty');
    expect(parseIndicatorValue('不适用').kind).toBe('not-applicable');
  });

  const ops = fc.constantFrom('≥', '≤', '=', '>', '<', '');
  const units = fc.constantFrom('%', '期', '天', '万元', '人次', '个', '');
  test.prop([ops, fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 3 }), units], SEED)(
    'round-trips operator, number and unit',
    (op, n, decimals, unit) => {
      const digits = decimals === 0 ? String(n) : (n / 10 ** decimals).toFixed(decimals);
      const v = parseIndicatorValue(`${op}${digits}${unit}`);
      expect(v.kind).toBe('quantity');
      if (v.kind !== 'quantity') return;
      expect(v.op).toBe(op === '' ? null : op);
      expect(v.unit).toBe(unit);
      expect(v.decimals).toBe(decimals);
      expect(toShort(v.value, 3)).toBe(toShort(rat(n, 10 ** decimals), 3));
    },
  );
});

describe('attainment', () => {
  const at = (t: string, a: string): string =>
    attainment(parseIndicatorValue(t), parseIndicatorValue(a)).verdict;
  it('compares quantities of the same unit by the printed operator', () => {
    expect(at('≥12期', '12期')).toBe('met');
    expect(at('≥30件', '27件')).toBe('unmet');
    expect(at('≤8.20万元', '7.40万元')).toBe('met');
    expect(at('≤30天', '31天')).toBe('unmet');
    expect(at('=100%', '98%')).toBe('unmet');
    expect(at('≥95%', '0.98')).toBe('unknown');
    expect(at('100%', '100%')).toBe('met');
    expect(at('100%', '98%')).toBe('unknown');
    expect(at('≥2000次', '2000次以上')).toBe('met');
  });
  it('treats dates as deadlines', () => {
    expect(at('2020年底', '2020年底')).toBe('met');
    expect(at('2021年底', '2021年12月')).toBe('met');
    expect(at('2021年6月底前', '2021年9月')).toBe('unmet');
  });
  it('ranks qualitative words', () => {
    expect(at('不断提升', '显著提升')).toBe('met');
    expect(at('较好完成', '基本完成')).toBe('unmet');
    expect(at('较上年零增长', '较上年减少3.1%')).toBe('unknown');
  });

  test.prop(
    [
      fc.constantFrom('≥', '≤', '>', '<', '='),
      fc.integer({ min: 0, max: 10000 }),
      fc.integer({ min: 0, max: 10000 }),
    ],
    SEED,
  )('a quantitative pair is decided and agrees with the arithmetic', (op, t, a) => {
    const verdict = at(`${op}${t}个`, `${a}个`);
    const expected = { '≥': a >= t, '≤': a <= t, '>': a > t, '<': a < t, '=': a === t }[op];
    expect(verdict).toBe(expected ? 'met' : 'unmet');
  });
});
