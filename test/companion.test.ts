/** A 决算 and the same department's stand-alone 绩效自评报告 of the same year are checked against each other. */
import { describe, expect, it } from 'vitest';
import { audit, companionOf, previousOf } from '../src/index.ts';
import { cleanDoc, DocBuilder } from './builder.ts';
import { standaloneReport } from './perf-report.ts';

describe('companionOf', () => {
  const accounts = cleanDoc().doc();
  const report = standaloneReport().doc();

  it('pairs a 决算 with the 自评报告 of the same department and year, both ways', () => {
    expect(report.meta.kind).toBe('perf-self-eval-report');
    expect(companionOf(accounts, [accounts, report])).toBe(report);
    expect(companionOf(report, [accounts, report])).toBe(accounts);
    expect(previousOf(report, [accounts, report])).toBeNull();
  });

  it('ignores another year, another department and a document of the same kind', () => {
    const otherYear = standaloneReport((t) =>
      t.replace('2021年度部门整体支出绩效自评报告', '2022年度部门整体支出绩效自评报告'),
    ).doc();
    const otherDept = standaloneReport((t) => t.replace('青山县农业农村局2021', '青山县林业局2021')).doc();
    expect(companionOf(accounts, [accounts, otherYear, otherDept])).toBeNull();
    expect(companionOf(accounts, [accounts, cleanDoc().doc()])).toBeNull();
  });

  it('audit compares the report’s 自评表 with the companion’s tables', () => {
    const wrong = standaloneReport((t) =>
      t.replace('\t合计\t\t400.44\t449.24\t439.39', '\t合计\t\t400.44\t449.24\t438.39'),
    ).doc();
    const alone = audit(wrong, { only: ['P-13'] });
    const paired = audit(wrong, { only: ['P-13'] }, null, companionOf(wrong, [accounts, wrong]));
    expect(alone.findings).toEqual([]);
    expect(paired.findings.map((f) => f.ruleId)).toEqual(['P-13']);
    expect(new DocBuilder(wrong.source.lines.join('\n')).doc().perfEvaluations).toHaveLength(2);
  });
});
