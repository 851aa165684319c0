/** The 自评表 reader on layout variants (the seed layout itself is covered by test/seeds.test.ts). */
import { describe, expect, it } from 'vitest';
import { parseTextDisclosure } from './index.ts';

const read = (lines: readonly string[]) =>
  parseTextDisclosure(Buffer.from(lines.join('\n')), 'perf.txt').perfEvaluations[0];

const MONEY = [
  '部门名称\t某某局\t\t\t\t\t\t\t',
  '资金情况（万元）\t年度资金总额\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分（分值×执行率）',
  '\t合计\t\t10.00\t10.00\t10.00\t10\t100%\t10',
];
const INDICATORS = [
  '绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
  '\t产出指标（50分）\t数量指标\t培训\t≥2次\t2次\t50\t50\t',
];

describe('自评表 年度总体目标', () => {
  it('joins the text of a merged cell wherever it lands in the span', () => {
    const p = read([
      '2021年度部门整体支出绩效自评表',
      '',
      ...MONEY,
      '年度总体目标\t预期目标\t\t\t\t实际完成情况\t\t\t',
      '\t\t完成培训两次\t\t\t\t\t如期完成两次培训\t',
      ...INDICATORS,
    ]);
    expect(p?.objective).toEqual({ planned: '完成培训两次', achieved: '如期完成两次培训' });
  });

  it('reads the text on the heading line when there are no 预期目标/实际完成情况 labels', () => {
    const p = read([
      '2021年度项目支出绩效自评表',
      '',
      ...MONEY,
      '年度绩效目标\t完成培训两次\t\t\t\t如期完成两次培训\t\t\t',
      ...INDICATORS,
    ]);
    expect(p?.objective).toEqual({ planned: '完成培训两次', achieved: '如期完成两次培训' });
    expect(p?.indicators[0]?.indicator).toBe('培训');
  });
});

describe('自评表 指标值 with 指标性质 and 度量单位 columns', () => {
  it('reads "≥ | 95 | %" as ≥95% and the actual with its unit', () => {
    const p = read([
      '2022年度项目支出绩效自评表',
      '',
      ...MONEY,
      '绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
      '\t产出指标（50分）\t数量指标\t培训人次\t≥\t95\t人次\t90\t50\t47\t部分学员未到',
      '\t\t质量指标\t培训质量\t定性\t较好\t\t较好\t0\t0\t',
    ]);
    expect(p?.indicators.map((r) => [r.target, r.actual])).toEqual([
      ['≥95人次', '90人次'],
      ['较好', '较好'],
    ]);
  });
});
