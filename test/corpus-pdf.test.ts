/**
 * The three Shanghai 2024 部门决算 PDFs of ../shared/corpus/peer-gov: cells read at their place (values checked by
 * eye against the rendered pages), and exactly the defects the corpus notes and a reviewer confirms — no more.
 * Skips when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, type Disclosure } from '../src/index.ts';
import { parsePdf } from '../src/ingest/pdf/index.ts';
import { cellByKey, rowByCode, tableOfKind } from '../src/model/query.ts';

const PEER = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'peer-gov');
const GOOD = join(PEER, 'good', '上海市普陀区财政局2024年度部门决算.pdf');
const SOCIAL = join(PEER, 'bad', '中共上海市普陀区委社会工作部 2024 年度部门决算.pdf');
const PLANNING = join(PEER, 'bad', '上海市普陀区规划和自然资源局 2024 年度部门决算.pdf');

const cache = new Map<string, Promise<Disclosure>>();
function read(file: string): Promise<Disclosure> {
  let p = cache.get(file);
  if (!p) {
    p = parsePdf(readFileSync(file), file);
    cache.set(file, p);
  }
  return p;
}

/** Errors and warnings as "rule: start of message", sorted. */
async function blocking(file: string): Promise<string[]> {
  const doc = await read(file);
  return audit(doc)
    .findings.filter((f) => f.severity !== 'note')
    .map((f) => `${f.ruleId} p${String(f.locations[0]?.page ?? '?')}`)
    .sort();
}

/** The proofreading notes (C-18) as "page: message tail". */
async function proofreading(file: string): Promise<string[]> {
  const doc = await read(file);
  return audit(doc, { only: ['C-18'] }).findings.map(
    (f) => `p${String(f.locations[0]?.page ?? '?')} ${f.message}`,
  );
}

function amount(
  doc: Disclosure,
  kind: Parameters<typeof tableOfKind>[1],
  code: string,
  key: string,
): number | null {
  const t = tableOfKind(doc, kind);
  const row = t ? rowByCode(t, code) : undefined;
  return row ? (cellByKey(row, key)?.amount ?? null) : null;
}

describe.skipIf(!existsSync(GOOD))('Shanghai 2024 决算 PDFs (../shared/corpus/peer-gov)', () => {
  it('reads all nine tables of each, with figures at their page', async () => {
    for (const file of [GOOD, SOCIAL, PLANNING]) {
      const doc = await read(file);
      expect(doc.tables.map((t) => t.kind).filter(Boolean), file).toHaveLength(9);
      expect(doc.meta.year).toBe(2024);
      expect(doc.parts.map((p) => p.kind)).toEqual(
        expect.arrayContaining(['overview', 'narrative', 'glossary']),
      );
    }
    const good = await read(GOOD);
    expect(amount(good, 'expenditure', '2010601', 'total')).toBe(151189);
    expect(amount(good, 'expenditure', '2010601', 'basic')).toBe(150352);
    expect(amount(good, 'income', '2010602', 'other')).toBe(619);
    expect(amount(good, 'general-budget-basic-expenditure', '30101', 'amount') ?? 0).toBeGreaterThan(0);
    const t03 = tableOfKind(good, 'expenditure');
    const row = t03 ? rowByCode(t03, '2010601') : undefined;
    const cell = row ? cellByKey(row, 'total') : undefined;
    expect(cell?.at.page).toBe(10);
    expect(cell?.at.bbox).toBeDefined();
    const planning = await read(PLANNING);
    expect(amount(planning, 'expenditure', '210', 'total')).toBe(23664);
  }, 300_000);

  it('good file: 326.71 vs 326.72, the 0.3万元 total, the 71.73% share, an item listed at 0', async () => {
    expect(await blocking(GOOD)).toEqual([
      'N-08 p21',
      'N-10 p21',
      'N-15 p23',
      'N-20 p21',
      'X-04 p6',
      'X-08 p12',
    ]);
  }, 300_000);

  it('社会工作部: 完成年初预算 on a zero 年初预算, 住房公积金 used for 医疗保险, 9.55%, growth from zero', async () => {
    const found = await blocking(SOCIAL);
    expect(found).toEqual([
      'K-08 p20',
      'N-02 p17',
      'N-02 p17',
      'N-02 p17',
      'N-02 p21',
      'N-10 p18',
      'N-13 p18',
      'N-15 p20',
    ]);
    // Minor (a note): item 5 and the section's opening compare with "预算数" where the others say "全年预算数".
    expect(await proofreading(SOCIAL)).toEqual([
      expect.stringMatching(/^p18 .*“决算数小于预算数”未写明是与哪一预算数比较；本节其他 8 处写“全年预算数”/),
      expect.stringMatching(/^p19 .*“决算数小于预算数”未写明/),
    ]);
    // 基本支出 105.58 vs 人员经费 95.36 + 公用经费 10.23 = 105.59: a 尾数差 (rules.md §9.2), a note only when asked for.
    const rounding = audit(await read(SOCIAL), {
      only: ['X-11'],
      tolerances: { roundingNotes: true },
    }).findings;
    expect(rounding.map((f) => f.message)).toEqual([
      expect.stringMatching(/105\.58 与 .*95\.36 \+ .*10\.23 = 105\.59 相差 0\.01，在尾数容差 0\.015 以内/),
    ]);
  }, 300_000);

  it('规划和自然资源局: name variants, §六 all-funds figures, 236.63/236.64, 3845.25/3845.24, 13.95 without %, 下降（增长）', async () => {
    const found = await blocking(PLANNING);
    for (const expected of [
      'C-08 p25',
      'C-12 p7',
      'C-12 p26',
      'N-14 p24',
      'N-22 p21',
      'X-04 p7',
      'X-08 p12',
    ]) {
      expect(found).toContain(expected);
    }
    expect(found.filter((f) => f.startsWith('X-04'))).toHaveLength(2);
    expect(found.filter((f) => f.startsWith('N-14'))).toHaveLength(2);
    expect(found).toHaveLength(20);
    // The typo "较上一度" (three times), a note.
    expect(await proofreading(PLANNING)).toEqual([
      expect.stringMatching(/^p20 .*“上一度”疑为笔误，应为“上一年度”$/),
      expect.stringMatching(/^p20 .*“上一度”疑为笔误，应为“上一年度”$/),
      expect.stringMatching(/^p21 .*“上一度”疑为笔误，应为“上一年度”$/),
    ]);
  }, 300_000);
});
