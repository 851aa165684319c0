/** 绩效自评表 generation (issue 7 part 4): computed figures, read back identically, audited clean; missing facts refused. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moneyRow, perfName } from '../perf/table.ts';
import { build, BuildRefused } from './build.ts';
import { computePerformance } from './perf.ts';
import { DisclosureData } from './data.ts';
import { renderHtml } from './html.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'examples', 'data', '青山县农业农村局-2021.json'), 'utf8')) as Record<
    string,
    unknown
  >;

function refusal(
  edit: (d: { performanceEvaluations: { overall: { indicators: Record<string, unknown>[] } } }) => void,
) {
  const data = example() as unknown as Parameters<typeof edit>[0];
  edit(data);
  try {
    build(data);
  } catch (e) {
    if (e instanceof BuildRefused) return e.problems;
    throw e;
  }
  throw new Error('not refused');
}

describe('绩效自评表 generation', () => {
  it('computes 合计, 执行率, 得分, 总分 and grade', () => {
    const r = computePerformance(DisclosureData.parse(example()));
    expect(r.problems).toEqual([]);
    expect(r.tables.map((t) => [t.kind, t.rate, (t.total.num * 100n) / t.total.den, t.grade])).toEqual([
      ['overall', '97.81%', 9778n, '优'],
      ['project', '96.05%', 9761n, '优'],
    ]);
  });

  it('reads back with identical 自评表 figures and zero findings', () => {
    const built = build(example());
    const { tables } = computePerformance(built.data);
    const parsed = built.document.perfEvaluations;
    expect(parsed.map((p) => p.kind)).toEqual(['overall', 'project']);
    parsed.forEach((p, i) => {
      const t = tables[i];
      const rows = t?.table.rows ?? [];
      // every money cell, every indicator's 分值/得分 and the 总分 as generated
      const total = rows.find((r) => r.cells[0] === '总分')?.cells;
      expect(p.total?.score?.raw).toBe(total?.[7]);
      expect(p.total?.grade).toBe(total?.[8]?.replace(/^等级：/, ''));
      const money = rows.find((r) => r.cells[1] === '合计')?.cells;
      const m = moneyRow(p, 'total');
      expect([
        m?.initialBudget?.raw,
        m?.adjustedBudget?.raw,
        m?.executed?.raw,
        m?.rate?.raw,
        m?.score?.raw,
      ]).toEqual([money?.[3], money?.[4], money?.[5], money?.[7], money?.[8]]);
      const generated = rows
        .filter((r) => r.origin?.includes('.indicators['))
        .map((r) => [r.cells[3], r.cells[6], r.cells[7]]);
      expect(
        p.indicators.filter((r) => r.indicator !== '').map((r) => [r.indicator, r.weight?.raw, r.score?.raw]),
      ).toEqual(generated);
      expect(p.objective?.planned).not.toBe('');
      expect(perfName(p)).toMatch(/绩效自评表/);
    });
    // build already refuses on any error or warning; no P finding remains at all
    expect(built.notes.filter((f) => f.ruleId.startsWith('P-'))).toEqual([]);
    expect(built.text).toContain('部门整体支出绩效自评得分97.78分，等级为优。');
  });

  it('prints the 自评表 in every rich format', () => {
    const html = renderHtml(build(example()).layout);
    expect(html).toContain('2021年度部门整体支出绩效自评表');
    expect(html).toContain('id="perf2"');
  });

  it('refuses a qualitative indicator without a score, listing its JSON path', () => {
    const problems = refusal((d) => {
      delete d.performanceEvaluations.overall.indicators[7]?.score;
    });
    expect(problems[0]).toMatchObject({
      path: 'performanceEvaluations.overall.indicators[7].score',
      message: expect.stringMatching(/须填写得分/) as unknown,
    });
  });

  it('refuses deductions without 偏差原因 and a changed score without a reason', () => {
    const problems = refusal((d) => {
      const ind = d.performanceEvaluations.overall.indicators[6];
      if (ind) {
        delete ind.deviation;
        delete ind.scoreReason;
      }
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'performanceEvaluations.overall.indicators[6].deviation',
      'performanceEvaluations.overall.indicators[6].scoreReason',
    ]);
  });

  it('refuses weights that do not add up to 100', () => {
    const problems = refusal((d) => {
      const ind = d.performanceEvaluations.overall.indicators[0];
      if (ind) ind.weight = 12;
    });
    expect(problems.map((p) => p.path)).toContain('performanceEvaluations.overall.indicators');
  });
});
