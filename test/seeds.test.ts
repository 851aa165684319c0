/**
 * The five published samples in ../shared/seeds (skipped when ../shared is absent). They contain genuine defects;
 * these tests check only that the reader recognises everything printed, never that the figures are right.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import { Disclosure, type TableKind } from '../src/model/document.ts';
import { uncoveredNumbers } from './helpers/coverage.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const files = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];

const NINE: readonly TableKind[] = [
  'income-expenditure-summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-budget-expenditure',
  'general-budget-basic-expenditure',
  'three-public',
  'government-fund',
  'state-capital',
];

describe.skipIf(files.length === 0)('published samples (../shared/seeds)', () => {
  const docs = files.map((f) => {
    const bytes = readFileSync(join(SEEDS, f));
    return { file: f, text: bytes.toString('utf8'), doc: parseTextDisclosure(bytes, f) };
  });
  const finals = docs.filter((d) => d.doc.meta.kind === 'final-accounts');

  it('recognises four 部门决算 and one stand-alone 自评报告', () => {
    expect(finals).toHaveLength(4);
    expect(docs.filter((d) => d.doc.meta.kind === 'perf-self-eval-report')).toHaveLength(1);
  });

  it.each(files)('%s: every number printed in a table region is in the model', (file) => {
    const d = docs.find((x) => x.file === file);
    expect(d).toBeDefined();
    if (!d) return;
    expect(uncoveredNumbers(d.doc, d.text)).toEqual([]);
    expect(Disclosure.safeParse(d.doc).success).toBe(true);
  });

  it('the coverage check itself notices a dropped row', () => {
    const d = finals[0];
    expect(d).toBeDefined();
    if (!d) return;
    const tables = d.doc.tables.map((t, i) => (i === 1 ? { ...t, rows: t.rows.slice(1) } : t));
    const missing = uncoveredNumbers({ ...d.doc, tables }, d.text);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((m) => m.region === '02表')).toBe(true);
  });

  it('every 决算 has the nine tables, numbered 01–09, each kind once', () => {
    for (const { doc } of finals) {
      expect(doc.tables.map((t) => t.number)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
      expect([...doc.tables.map((t) => t.kind)].sort()).toEqual([...NINE].sort());
      expect(doc.meta.unit).toBe('万元');
      expect(doc.meta.department).not.toBe('');
      expect(doc.meta.year).toBeGreaterThanOrEqual(2020);
    }
  });

  it('detects both table orders from titles, never from the year', () => {
    const orders = finals.map((d) => d.doc.meta.tableOrder);
    expect(orders.filter((o) => o === 'old').length).toBe(3);
    expect(orders.filter((o) => o === 'new').length).toBe(1);
    for (const { doc } of finals) {
      const tp = doc.tables.find((t) => t.kind === 'three-public');
      expect(tp?.number).toBe(doc.meta.tableOrder === 'old' ? '07' : '09');
    }
  });

  it('reads both sides of 01 and 04 and the 06 footers', () => {
    for (const { doc } of finals) {
      for (const kind of ['income-expenditure-summary', 'fiscal-summary'] as const) {
        const t = doc.tables.find((x) => x.kind === kind);
        expect(t?.rows.some((r) => r.side === 'income' && r.label === '总计')).toBe(true);
        expect(t?.rows.some((r) => r.side === 'expenditure' && r.label === '总计')).toBe(true);
        expect(t?.rows.some((r) => r.side === 'expenditure' && r.classCode === '201')).toBe(true);
      }
      const t06 = doc.tables.find((x) => x.kind === 'general-budget-basic-expenditure');
      const footers = t06?.rows.filter((r) => r.group === 0).map((r) => r.label);
      expect(footers).toEqual(['人员经费合计', '公用经费合计']);
      for (const code of ['301', '30101', '302', '30299', '303', '310', '399', '39999']) {
        expect(t06?.rows.some((r) => r.code === code)).toBe(true);
      }
    }
  });

  it('maps every 三公 cell through the header', () => {
    for (const { doc } of finals) {
      const t = doc.tables.find((x) => x.kind === 'three-public');
      expect(t?.columns.map((c) => c.key)).toEqual([
        'budget.total',
        'budget.overseas',
        'budget.vehicle',
        'budget.vehiclePurchase',
        'budget.vehicleOperation',
        'budget.reception',
        'actual.total',
        'actual.overseas',
        'actual.vehicle',
        'actual.vehiclePurchase',
        'actual.vehicleOperation',
        'actual.reception',
      ]);
    }
  });

  it('splits the 情况说明 into its numbered sections and keeps sub-sections', () => {
    for (const { doc } of finals) {
      const narrative = doc.parts.find((p) => p.kind === 'narrative');
      expect(narrative).toBeDefined();
      const count = narrative?.sections.length ?? 0;
      expect([13, 14, 15]).toContain(count);
      const numbers = narrative?.sections.map((s) => s.number) ?? [];
      expect(numbers[0]).toBe('一');
      const five = narrative?.sections[4];
      expect(five?.heading).toMatch(/^五、一般公共预算财政拨款支出决算情况说明/);
      expect(five?.subsections.map((s) => s.number)).toEqual(['一', '二', '三']);
      expect(doc.parts.map((p) => p.kind)).toEqual(['overview', 'tables', 'narrative', 'glossary', 'annex']);
      expect(doc.terms.length).toBeGreaterThanOrEqual(8);
      expect(doc.toc.length).toBeGreaterThan(10);
    }
  });

  it('rejoins a sentence broken over two lines', () => {
    const all = finals.flatMap((d) =>
      d.doc.parts.flatMap((p) => p.sections.flatMap((s) => [s, ...s.subsections])),
    );
    // no section text line ends with a bare number followed by a line starting with 万元
    for (const s of all) expect(s.text).not.toMatch(/\d\n万元/);
  });

  it('reads the 绩效自评表 of the annex', () => {
    const withPerf = finals.filter((d) => d.doc.perfEvaluations.length > 0);
    expect(withPerf).toHaveLength(1);
    const perf = withPerf[0]?.doc.perfEvaluations ?? [];
    expect(perf.map((p) => p.kind)).toEqual(['overall', 'project']);
    for (const p of perf) {
      expect(p.money.map((m) => m.label)[0]).toBe('合计');
      expect(p.money).toHaveLength(4);
      expect(p.indicators.length).toBeGreaterThanOrEqual(9);
      expect(p.indicators.every((r) => r.level1 !== '' && r.level2 !== '')).toBe(true);
      expect(p.total?.weight?.amount).toBe(10000);
      expect(p.objective?.planned).not.toBe('');
    }
  });

  it('recognises the stand-alone 自评报告 without inventing tables', () => {
    const report = docs.find((d) => d.doc.meta.kind === 'perf-self-eval-report');
    expect(report?.doc.tables).toEqual([]);
    expect(report?.doc.meta.department).not.toBe('');
    expect(report?.doc.parts[0]?.sections.length).toBeGreaterThanOrEqual(5);
  });
});

describe.skipIf(files.length === 0)('classification codes printed in the samples', () => {
  it('are all in the catalog of the report year', async () => {
    const { lookupCode } = await import('../src/catalog/index.ts');
    const missing: string[] = [];
    for (const f of files) {
      const doc = parseTextDisclosure(readFileSync(join(SEEDS, f)), f);
      for (const t of doc.tables) {
        const system = t.kind === 'general-budget-basic-expenditure' ? 'economic' : 'functional';
        for (const r of t.rows) {
          if (r.code && !lookupCode(system, r.code, doc.meta.year)) missing.push(`${f} ${r.code} ${r.label}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
