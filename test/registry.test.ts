/** Parity between rule code, registry, tests and docs; the clean bases pass every rule; the engine isolates rules. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocs, DOCS_DIR } from '../scripts/rule-docs.ts';
import { defineRule } from '../src/rules/define-rule.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';
import { cleanDoc, DocBuilder } from './builder.ts';

const RULES_DIR = join(import.meta.dirname, '..', 'src', 'rules');
const EXAMPLES = join(import.meta.dirname, '..', 'examples');

describe('rule registry', () => {
  it('has unique ids named like the catalog, each in its own file with a test beside it', () => {
    const ids = allRules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of allRules) {
      expect(r.meta.id).toMatch(/^[A-Z]-\d{2}$/);
      const file = join(RULES_DIR, r.meta.group, `${r.meta.id}.ts`);
      expect(existsSync(file), file).toBe(true);
      expect(existsSync(file.replace(/\.ts$/, '.test.ts')), `${r.meta.id} has no test`).toBe(true);
      expect(r.meta.title).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(r.meta.messages).length).toBeGreaterThan(0);
    }
  });

  it('registers every rule file', () => {
    const files = readdirSync(RULES_DIR, { recursive: true, encoding: 'utf8' })
      .filter((f) => /[A-Z]-\d{2}\.ts$/.test(f))
      .map((f) => f.replace(/^.*\//, '').replace(/\.ts$/, ''));
    expect([...files].sort()).toEqual(allRules.map((r) => r.meta.id).sort());
  });

  it('keeps docs/rules in step with the rules (run `npm run docs`)', async () => {
    const pages = await buildDocs();
    for (const [name, text] of pages) {
      const file = join(DOCS_DIR, name);
      expect(existsSync(file), `${name} missing: run npm run docs`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${name} is stale: run npm run docs`).toBe(text);
    }
  });
});

describe('clean documents pass every rule', () => {
  it.each(['base-2021', 'base-2023'] as const)('%s', (name) => {
    const { findings, failures } = runRules(cleanDoc(name).doc(), allRules);
    expect(failures).toEqual([]);
    expect(findings.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')))('examples/%s', (file) => {
    const doc = new DocBuilder(readFileSync(join(EXAMPLES, file), 'utf8'), file).doc();
    const { findings } = runRules(doc, allRules);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });
});

describe('engine', () => {
  const boom = defineRule({
    meta: {
      id: 'Z-99',
      title: '测试用：总是出错的规则',
      group: 'within-table',
      severity: 'error',
      formula: '—',
      rationale: '—',
      references: [],
      messages: { x: 'x' },
    },
    check() {
      throw new Error('boom');
    },
  });

  it('reports a crashing rule as a failure and keeps running the others', () => {
    const doc = cleanDoc().setCell('income', '2130101', 'other', '9.99').doc();
    const { findings, failures, rulesRun } = runRules(doc, [boom, ...allRules]);
    expect(failures).toEqual([{ ruleId: 'Z-99', message: 'boom' }]);
    expect(rulesRun.length).toBe(allRules.length + 1);
    const ids = findings.flatMap((f) => [f.ruleId, ...(f.related ?? []).map((r) => r.ruleId)]);
    expect(ids).toContain('I-06');
  });

  it('selects rules by id or group and overrides severity', () => {
    const doc = cleanDoc().setCell('income', '2130101', 'other', '9.99').doc();
    expect(runRules(doc, allRules, { only: ['I-06'] }).rulesRun).toEqual(['I-06']);
    expect(
      runRules(doc, allRules, { only: ['within-table'], disable: ['I-06'] }).findings.some(
        (f) => f.ruleId === 'I-06',
      ),
    ).toBe(false);
    const overridden = runRules(doc, allRules, { only: ['I'], severity: { 'I-06': 'note' } });
    expect(overridden.findings.filter((f) => f.ruleId === 'I-06').every((f) => f.severity === 'note')).toBe(
      true,
    );
    expect(runRules(doc, allRules, { severity: { 'I-06': 'off' } }).rulesRun).not.toContain('I-06');
  });
});
