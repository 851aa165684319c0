import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parseIndicatorValue } from './indicator.ts';
import { cmp, eq, fromHundredths, HUNDRED, rat, sum, toFixed, toShort, ZERO } from './rational.ts';
import {
  budgetExecutionScore,
  executionRate,
  GRADE_SCALES,
  gradeOf,
  indicatorScore,
  parseGradeScale,
  quantitativeScore,
  rescaledTotal,
  rescaledWeights,
  scaleForLabel,
  type ScoredItem,
} from './score.ts';

const SEED = { seed: 90, numRuns: 300 };
const h = fromHundredths;

describe('预算执行', () => {
  it('scores 分值 × 执行率 as printed in the example tables', () => {
    const rate = executionRate(h(43939), h(44924));
    expect(rate && toFixed(rate, 4)).toBe('0.9781');
    expect(rate && toFixed(budgetExecutionScore(rat(10), rate), 2)).toBe('9.78');
    const project = executionRate(h(3650), h(3800));
    expect(project && toFixed(budgetExecutionScore(rat(10), project), 2)).toBe('9.61');
  });
  it('caps at 分值 and has no rate without a budget', () => {
    expect(toShort(budgetExecutionScore(rat(10), rat(12, 10)))).toBe('10');
    expect(toShort(budgetExecutionScore(rat(10), rat(12, 10), false))).toBe('12');
    expect(executionRate(h(100), ZERO)).toBeNull();
  });

  test.prop(
    [fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 100 })],
    SEED,
  )('is capped at 分值 and never negative', (executed, budget, weight) => {
    const rate = executionRate(h(executed), h(budget));
    expect(rate).not.toBeNull();
    if (!rate) return;
    const s = budgetExecutionScore(rat(weight), rate);
    expect(cmp(s, ZERO)).toBeGreaterThanOrEqual(0);
    expect(cmp(s, rat(weight))).toBeLessThanOrEqual(0);
  });

  test.prop(
    [fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 })],
    SEED,
  )('is monotone in 执行数', (a, b, budget) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const s = (e: number) => budgetExecutionScore(rat(10), executionRate(h(e), h(budget)) ?? ZERO);
    expect(cmp(s(lo), s(hi))).toBeLessThanOrEqual(0);
  });
});

describe('quantitative indicators', () => {
  const q = (t: string, a: string, w = 10) =>
    quantitativeScore(parseIndicatorValue(t), parseIndicatorValue(a), rat(w));
  it('scores by direction', () => {
    expect(toShort(q('≥30件', '27件') ?? ZERO)).toBe('9');
    expect(toShort(q('≥30件', '45件') ?? ZERO)).toBe('10');
    expect(toShort(q('≤20天', '25天') ?? ZERO)).toBe('8');
    expect(toShort(q('≤20天', '10天') ?? ZERO)).toBe('10');
    expect(q('100%', '90%')).toBeNull();
    expect(q('≥95%', '96分')).toBeNull();
  });

  const pair = fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 100000 }));
  test.prop(
    [
      fc.constantFrom('≥', '≤', '='),
      fc.integer({ min: 1, max: 100000 }),
      pair,
      fc.integer({ min: 1, max: 50 }),
    ],
    SEED,
  )('is capped at 分值, never negative, and monotone in the actual value', (op, target, [a, b], w) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const sLo = q(`${op}${target}个`, `${lo}个`, w);
    const sHi = q(`${op}${target}个`, `${hi}个`, w);
    expect(sLo && sHi).toBeTruthy();
    if (!sLo || !sHi) return;
    for (const s of [sLo, sHi]) {
      expect(cmp(s, ZERO)).toBeGreaterThanOrEqual(0);
      expect(cmp(s, rat(w))).toBeLessThanOrEqual(0);
    }
    if (op === '≥') expect(cmp(sLo, sHi)).toBeLessThanOrEqual(0);
    if (op === '≤') expect(cmp(sLo, sHi)).toBeGreaterThanOrEqual(0);
  });

  it('gives bands for qualitative pairs and exact points for dates', () => {
    const band = indicatorScore('较好完成', '基本完成', rat(15));
    expect(band).toMatchObject({ kind: 'band', label: '部分达成' });
    expect(band?.kind === 'band' && [toShort(band.min), toShort(band.max)]).toEqual(['9', '12']);
    const met = indicatorScore('不断提升', '显著提升', rat(15));
    expect(met?.kind === 'band' && toShort(met.min)).toBe('12');
    expect(indicatorScore('2020年底', '2021年3月', rat(5))).toEqual({ kind: 'exact', score: ZERO });
  });
});

describe('totals and rescaling', () => {
  const items = fc.array(
    fc
      .tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 100 }), fc.boolean())
      .map(([w, pct, applicable]): ScoredItem => ({
        weight: h(w),
        score: rat(w * pct, 10000),
        applicable,
      })),
    { minLength: 1, maxLength: 20 },
  );

  test.prop([items], SEED)('rescaled weights sum to exactly 100 and the total stays within 0–100', (list) => {
    const weights = rescaledWeights(list);
    const total = rescaledTotal(list);
    if (!list.some((i) => i.applicable)) {
      expect(weights).toBeNull();
      expect(total).toBeNull();
      return;
    }
    expect(weights && eq(sum(weights), HUNDRED)).toBe(true);
    expect(total && cmp(total, ZERO) >= 0 && cmp(total, HUNDRED) <= 0).toBe(true);
  });

  test.prop([items], SEED)('full points on every applicable item rescale to exactly 100', (list) => {
    const full = list.map((i) => ({ ...i, score: i.weight }));
    const total = rescaledTotal(full);
    if (total) expect(eq(total, HUNDRED)).toBe(true);
  });

  it('drops a non-applicable indicator and rescales', () => {
    const list: ScoredItem[] = [
      { weight: rat(10), score: rat(10), applicable: true },
      { weight: rat(80), score: rat(72), applicable: true },
      { weight: rat(10), score: ZERO, applicable: false },
    ];
    expect(toFixed(rescaledTotal(list) ?? ZERO, 2)).toBe('91.11');
  });
});

describe('grades', () => {
  it('uses the Hunan bands by default', () => {
    expect(gradeOf(rat(90)).label).toBe('优');
    expect(gradeOf(rat(8999, 100)).label).toBe('良');
    expect(gradeOf(rat(60)).label).toBe('中');
    expect(gradeOf(rat(5999, 100)).label).toBe('差');
    expect(gradeOf(rat(75), GRADE_SCALES.shanghai).label).toBe('合格');
    expect(scaleForLabel('不合格')?.name).toBe('上海');
    expect(scaleForLabel('优秀')?.name).toBe('湖南');
  });

  it('reads the bands printed in the 备注', () => {
    const s = parseGradeScale(
      '2. 总分设置为 100 分,等级划分为: 90 分(含)—100 分为优, 80 分(含)—90 分为良, 60 分(含)—80 分为中, 60 分以下为差。',
    );
    expect(s?.bands.map((b) => `${b.label}${toShort(b.min)}`)).toEqual(['优90', '良80', '中60', '差0']);
    const sh = parseGradeScale(
      '总分90分（含）以上为优，80（含）-90分为良，60（含）-80分为合格，60分以下为不合格',
    );
    expect(sh?.bands.map((b) => b.label)).toEqual(['优', '良', '合格', '不合格']);
    expect(parseGradeScale('执行率=全年执行数/全年预算数')).toBeNull();
  });

  test.prop([fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 })], SEED)(
    'the band is monotone in the score',
    (a, b) => {
      const rank = (x: number) => GRADE_SCALES.hunan.bands.findIndex((g) => g.label === gradeOf(h(x)).label);
      if (a <= b) expect(rank(a)).toBeGreaterThanOrEqual(rank(b));
    },
  );
});
