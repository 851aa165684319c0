/** A 部门预算 / 单位预算 is read but never judged by the 决算 rules; `check` says so in one line (issue 6). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../src/index.ts';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import { appliesTo } from '../src/rules/define-rule.ts';
import { allRules } from '../src/rules/index.ts';
import { checkToText } from '../src/report/check-text.ts';

const budgetFile = join(import.meta.dirname, 'fixtures', 'budget', 'qinghe-culture-2025-dept-budget.txt');
const finalFile = join(import.meta.dirname, '..', 'examples', '青山县农业农村局-2021年度部门决算.txt');

describe('rules gating by document kind', () => {
  const budget = parseTextDisclosure(readFileSync(budgetFile), budgetFile);

  it('runs no 决算 rule on a budget, so a budget gets no 决算 findings', () => {
    expect(budget.meta.kind).toBe('budget');
    const result = audit(budget);
    expect(result.findings).toEqual([]);
    expect(result.failures).toEqual([]);
    const budgetRuleIds = allRules.filter((r) => appliesTo(r, 'budget')).map((r) => r.meta.id);
    expect(result.rulesRun.filter((id) => !budgetRuleIds.includes(id))).toEqual([]);
    expect(allRules.filter((r) => appliesTo(r, 'final-accounts')).length).toBeGreaterThan(100);
  });

  it('still runs the 决算 rules on a 决算', () => {
    const final = parseTextDisclosure(readFileSync(finalFile), finalFile);
    expect(audit(final).rulesRun.length).toBeGreaterThan(100);
  });

  it('check prints that the file is a 部门预算, how many budget tables were read, and that 决算 rules did not run', () => {
    const text = checkToText([{ file: budgetFile, doc: budget, findings: [], failures: [] }], false);
    expect(text).toContain('本文件是部门预算，读取了 3 张预算表；决算审核规则不适用于预算，未运行。');
  });
});
