/** One wrong figure in a 自评表 is reported once, at that figure, with the other broken identities folded in. */
import { describe, expect, it } from 'vitest';
import { cleanDoc } from '../../../test/builder.ts';
import { runRules } from '../engine.ts';
import { performanceRules } from './index.ts';

const run = (doc: ReturnType<typeof cleanDoc>) =>
  runRules(doc.doc(), performanceRules).findings.filter((f) => f.severity !== 'note');

describe('P findings caused by one wrong figure', () => {
  it('a wrong 全年执行数 breaks the money block and the 执行率: one finding at that figure', () => {
    const findings = run(
      cleanDoc().replace('\t合计\t\t30.00\t38.00\t36.50', '\t合计\t\t30.00\t38.00\t37.50'),
    );
    expect(findings.map((f) => f.ruleId)).toEqual(['P-01']);
    expect(findings[0]?.locations[0]).toMatchObject({ row: '资金情况·合计', column: '全年执行数' });
    expect(findings[0]?.related?.map((r) => r.ruleId)).toEqual(['P-02']);
  });

  it('a score above its 分值 also breaks the total: one finding', () => {
    const findings = run(cleanDoc().replace('≥2.5万亩\t2.62万亩\t10\t10', '≥2.5万亩\t2.62万亩\t10\t11'));
    expect(findings).toHaveLength(1);
    expect(findings[0]?.ruleId).toBe('P-04');
    expect(findings[0]?.related?.map((r) => r.ruleId)).toEqual(['P-06']);
  });

  it('independent problems in different tables stay apart', () => {
    const findings = run(
      cleanDoc()
        .replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t96.78')
        .replace('\t10\t96.05%\t9.61', '\t10\t95.05%\t9.61'),
    );
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['P-02', 'P-06']);
  });
});
