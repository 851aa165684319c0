/** Report formats: the JSON contract, SARIF 2.1.0 validated against the official schema, the text summary. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import Ajv04Module from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkToJson } from '../src/report/check-json.ts';
import { checkToSarif } from '../src/report/check-sarif.ts';
import { checkToText } from '../src/report/check-text.ts';
import type { CheckedDocument } from '../src/report/types.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';
import { cleanDoc } from './builder.ts';

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
) as Record<string, unknown>;

function checked(): CheckedDocument[] {
  const broken = cleanDoc()
    .setCell('general-budget-expenditure', '2130101', 'basic', '234.58')
    .replace('财政拨款收入430.84万元，占99.71%', '财政拨款收入430.48万元，占99.71%');
  const doc = broken.doc();
  const { findings, failures } = runRules(doc, allRules);
  const clean = cleanDoc('base-2023').doc();
  return [
    { file: 'broken.txt', doc, findings, failures },
    { file: 'clean.txt', doc: clean, findings: runRules(clean, allRules).findings, failures: [] },
    { file: 'missing.txt', doc: null, findings: [], failures: [], error: '文件不存在或无法读取' },
  ];
}

describe('check --format json', () => {
  it('follows the fixed interface', () => {
    const out = JSON.parse(checkToJson(checked())) as {
      documents: { file: string; findings: Record<string, unknown>[]; error?: string }[];
    };
    expect(out.documents.map((d) => d.file)).toEqual(['broken.txt', 'clean.txt', 'missing.txt']);
    const f = out.documents[0]?.findings[0];
    expect(Object.keys(f ?? {})).toEqual(
      expect.arrayContaining(['ruleId', 'severity', 'message', 'locations', 'expected', 'actual', 'fix']),
    );
    const loc = (f?.locations as Record<string, unknown>[])[0];
    expect(Object.keys(loc ?? {})).toEqual([
      'part',
      'table',
      'row',
      'column',
      'section',
      'line',
      'page',
      'excerpt',
    ]);
    expect(out.documents[1]?.findings).toEqual([]);
    expect(out.documents[2]?.error).toBe('文件不存在或无法读取');
    const ids = out.documents[0]?.findings.map((x) => x.ruleId);
    // 05表 2130101·基本支出 breaks its row (I-13) and its column (I-08): one finding, the other folded in
    expect(ids).toContain('I-08');
    const i08 = out.documents[0]?.findings.find((x) => x.ruleId === 'I-08') as {
      related?: { ruleId: string }[];
    };
    expect(i08.related?.map((r) => r.ruleId)).toContain('I-13');
    expect(ids).toContain('N-06');
    const n06 = out.documents[0]?.findings.find((x) => x.ruleId === 'N-06');
    expect(n06).toMatchObject({ expected: 430.84, actual: 430.48 });
  });
});

describe('check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    const ajv = new Ajv04Module.default({ strict: false, allErrors: true, unicodeRegExp: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    const sarif = JSON.parse(checkToSarif(checked(), allRules)) as Record<string, unknown>;
    const ok = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('links results to rule metadata and reports input errors as notifications', () => {
    const sarif = JSON.parse(checkToSarif(checked(), allRules)) as {
      runs: {
        tool: { driver: { rules: { id: string; helpUri: string }[] } };
        results: { ruleId: string; ruleIndex: number; level: string }[];
        invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] }[];
      }[];
    };
    const run = sarif.runs[0];
    expect(run?.tool.driver.rules.length).toBe(allRules.length);
    for (const r of run?.results ?? []) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
    }
    expect(run?.tool.driver.rules[0]?.helpUri).toMatch(/^https:\/\/.*\/docs\/rules\/I-01\.md$/);
    expect(run?.invocations[0]?.executionSuccessful).toBe(false);
    expect(run?.invocations[0]?.toolExecutionNotifications).toHaveLength(1);
  });
});

describe('check --format text', () => {
  it('groups by part and ends with a summary line', () => {
    const text = checkToText(checked(), false);
    expect(text).toContain('【决算表】');
    expect(text).toContain('【情况说明】');
    expect(text).toMatch(/共 3 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示$/);
    expect(text.includes('\u001b[')).toBe(false);
    expect(checkToText(checked(), true).includes('\u001b[31m')).toBe(true);
  });
});
