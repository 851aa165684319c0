import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkPercent, minus, percentString, printed } from './ratio.ts';

const SEED = { seed: 777, numRuns: 300 };

describe('checkPercent (rules.md §9.3)', () => {
  test.prop(
    [fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 1, max: 1e8 }), fc.integer({ min: 0, max: 2 })],
    SEED,
  )('the correctly rounded percentage of the printed figures always passes', (a, b, decimals) => {
    const s = percentString(a, b, decimals) ?? '';
    const scaled = Number(s.replace('.', ''));
    expect(checkPercent(printed(a), printed(b), { scaled, decimals }).verdict).toBe('ok');
  });

  test.prop([fc.integer({ min: 10000, max: 1e7 }), fc.double({ min: 0, max: 1, noNaN: true })], SEED)(
    'a share of a total ≥ 100.00 that is off by 5 points is wrong',
    (b, f) => {
      const a = Math.floor(b * f);
      const s = percentString(a, b, 2) ?? '';
      const scaled = Number(s.replace('.', '')) + 500; // +5 percentage points
      expect(checkPercent(printed(a), printed(b), { scaled, decimals: 2 }).verdict).toBe('wrong');
    },
  );

  it('accepts the cases of rules.md', () => {
    // 120.00 / 130.00 = 92.3077 → 92.31% ok, 96.20% wrong
    expect(checkPercent(printed(12000), printed(13000), { scaled: 9231, decimals: 2 }).verdict).toBe('ok');
    const wrong = checkPercent(printed(12000), printed(13000), { scaled: 9620, decimals: 2 });
    expect(wrong.verdict).toBe('wrong');
    expect([wrong.min, wrong.max]).toEqual(['92.30', '92.32']);
    // 53% printed with 0 decimals for 27.33/51.56 = 53.006 → ok
    expect(checkPercent(printed(2733), printed(5156), { scaled: 53, decimals: 0 }).verdict).toBe('ok');
  });

  it('has no verdict when the denominator may be zero', () => {
    expect(checkPercent(printed(0), printed(0), { scaled: 0, decimals: 0 }).verdict).toBe('undefined');
  });

  it('widens derived amounts (上年 = 本年 − 增减额)', () => {
    // 本年 78.01, 增加 27.33 → 上年 50.68; 27.33/50.68 = 53.93% ; printed 53% (0 decimals) is wrong, 53.9% ok
    const prior = minus(printed(7801), printed(2733));
    expect(checkPercent(printed(2733), prior, { scaled: 539, decimals: 1 }).verdict).toBe('ok');
    expect(checkPercent(printed(2733), prior, { scaled: 53, decimals: 0 }).verdict).toBe('wrong');
  });
});
