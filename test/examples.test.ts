/** The bundled examples (fictional departments) parse completely: what `npm start` shows a new user. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import { Disclosure, type Table } from '../src/model/document.ts';
import { uncoveredNumbers } from './helpers/coverage.ts';

const DIR = join(import.meta.dirname, '..', 'examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

const cell = (t: Table | undefined, label: string, key: string, side?: string): number | null | undefined =>
  t?.rows
    .find((r) => (r.label === label || r.code === label) && (side === undefined || r.side === side))
    ?.cells.find((c) => c.key === key)?.amount;

describe('examples/', () => {
  it('holds an old-order and a new-order disclosure', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s parses completely and validates against the schema', (file) => {
    const bytes = readFileSync(join(DIR, file));
    const doc = parseTextDisclosure(bytes, file);
    expect(Disclosure.safeParse(doc).success).toBe(true);
    expect(doc.warnings).toEqual([]);
    expect(uncoveredNumbers(doc, bytes.toString('utf8'))).toEqual([]);
    expect(doc.tables).toHaveLength(9);
    expect(doc.meta.kind).toBe('final-accounts');
    expect(doc.meta.department).toMatch(/^青山县/);
    const narrative = doc.parts.find((p) => p.kind === 'narrative');
    expect([13, 15]).toContain(narrative?.sections.length);
  });

  it('reads the figures of the 2021 example exactly', () => {
    const file = files.find((f) => f.includes('2021'));
    expect(file).toBeDefined();
    const doc = parseTextDisclosure(readFileSync(join(DIR, file ?? '')), file ?? '');
    expect(doc.meta).toMatchObject({ year: 2021, tableOrder: 'old', unit: '万元' });
    const t01 = doc.tables.find((t) => t.kind === 'income-expenditure-summary');
    expect(cell(t01, '总计', 'amount', 'income')).toBe(45050);
    expect(cell(t01, '总计', 'amount', 'expenditure')).toBe(45050);
    expect(doc.perfEvaluations.map((p) => [p.kind, p.total?.grade])).toEqual([
      ['overall', '优'],
      ['project', '优'],
    ]);
  });

  it('reads the 政府性基金 table of the 2023 example', () => {
    const file = files.find((f) => f.includes('2023'));
    const doc = parseTextDisclosure(readFileSync(join(DIR, file ?? '')), file ?? '');
    expect(doc.meta).toMatchObject({ year: 2023, tableOrder: 'new' });
    const fund = doc.tables.find((t) => t.kind === 'government-fund');
    expect(fund?.number).toBe('07');
    expect(cell(fund, '合计', 'opening')).toBe(500);
    expect(cell(fund, '合计', 'total')).toBe(5820);
    expect(cell(fund, '合计', 'closing')).toBe(680);
  });
});

describe('examples/audit-demo', () => {
  it('each injected defect is reported once', async () => {
    const { runRules } = await import('../src/rules/engine.ts');
    const { allRules } = await import('../src/rules/index.ts');
    const demo = join(DIR, 'audit-demo');
    for (const f of readdirSync(demo).filter((x) => x.endsWith('.txt'))) {
      const doc = parseTextDisclosure(readFileSync(join(demo, f)), f);
      const ids = runRules(doc, allRules)
        .findings.filter((x) => x.severity === 'error')
        .map((x) => x.ruleId)
        .sort();
      expect(ids).toEqual(expect.arrayContaining(['C-08', 'C-11', 'N-02', 'N-06', 'N-13']));
      expect(ids.filter((id) => id === 'N-06')).toHaveLength(1);
    }
  });
});
