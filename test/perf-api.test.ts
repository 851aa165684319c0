/** The 绩效自评 scoring engine is part of the public API. */
import { describe, expect, it } from 'vitest';
import {
  budgetExecutionScore,
  executionRate,
  gradeOf,
  indicatorScore,
  parseIndicatorValue,
  rational,
} from '../src/index.ts';

describe('public scoring API', () => {
  it('scores a 自评表 in exact rationals', () => {
    const { parseDecimal, toFixed } = rational;
    const rate = executionRate(
      parseDecimal('439.39') ?? rational.ZERO,
      parseDecimal('449.24') ?? rational.ONE,
    );
    expect(rate && toFixed(rational.mul(rate, rational.HUNDRED), 2)).toBe('97.81');
    expect(rate && toFixed(budgetExecutionScore(rational.rat(10), rate), 2)).toBe('9.78');
    expect(indicatorScore('≥30件', '27件', rational.rat(10))).toEqual({
      kind: 'exact',
      score: rational.rat(9),
    });
    expect(gradeOf(rational.rat(9778, 100)).label).toBe('优');
    expect(parseIndicatorValue('≥95%').kind).toBe('quantity');
  });
});
