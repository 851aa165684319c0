/**
 * 部门预算 / 单位预算: document kind, budget table titles (never confused with 决算 titles), budget tables parsed
 * with figures, and documents of no supported kind refused. Corpus cases skip when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.ts';
import { parseDecodedText, parseTextDisclosure } from './index.ts';
import { matchBudgetHeaderFields, matchBudgetTitle, matchTableTitle } from './titles.ts';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'budget');
const budgetText = readFileSync(join(FIXTURE, 'qinghe-culture-2025-dept-budget.txt'), 'utf8');
const parse = (text: string) => parseDecodedText(text, 'test.txt', 'utf-8');

describe('budget table titles', () => {
  it('matches Shanghai, Jiangsu and central budget titles, longest alias first', () => {
    expect(matchBudgetTitle('2025年部门财务收支预算总表')?.kind).toBe('budget-income-expenditure-summary');
    expect(matchBudgetTitle('2026年预算单位收入预算总表')?.kind).toBe('budget-income');
    expect(matchBudgetTitle('2025年部门支出预算总表')?.kind).toBe('budget-expenditure');
    expect(matchBudgetTitle('2025年部门财政拨款收支预算总表')?.kind).toBe('budget-fiscal-summary');
    expect(matchBudgetTitle('2025年部门一般公共预算支出功能分类预算表')?.kind).toBe(
      'budget-general-expenditure',
    );
    expect(matchBudgetTitle('2025年部门一般公共预算基本支出部门预算经济分类预算表')?.kind).toBe(
      'budget-general-basic-expenditure',
    );
    expect(matchBudgetTitle('2025年部门政府性基金预算支出功能分类预算表')?.kind).toBe(
      'budget-government-fund',
    );
    expect(matchBudgetTitle('2025年部门国有资本经营预算支出功能分类预算表')?.kind).toBe(
      'budget-state-capital',
    );
    expect(matchBudgetTitle('2025年部门“三公”经费和机关运行经费预算表')?.kind).toBe('budget-three-public');
    expect(matchBudgetTitle('部门收支总表')?.kind).toBe('budget-income-expenditure-summary');
    expect(matchBudgetTitle('一般公共预算支出表')?.kind).toBe('budget-general-expenditure');
    expect(matchBudgetTitle('2018年度青禾县人民法院收支预算总表')?.kind).toBe(
      'budget-income-expenditure-summary',
    );
  });

  it('reads Jiangsu titles with the number, a （功能科目） suffix and the header on the same line', () => {
    expect(matchBudgetTitle('公开05表 财政拨款支出预算表（功能科目）')).toMatchObject({
      kind: 'budget-fiscal-expenditure',
      number: '05',
      header: null,
    });
    expect(matchBudgetTitle('收支预算总表公开表一部门：  青禾县某某局  单位：万元')).toMatchObject({
      kind: 'budget-income-expenditure-summary',
      number: '01',
      header: '部门：  青禾县某某局  单位：万元',
    });
    expect(matchBudgetTitle('公开09表“三公”经费、会议费、培训费支出预算表')?.kind).toBe(
      'budget-three-public',
    );
    expect(matchBudgetHeaderFields('编制部门：青禾县文化馆  单位：元')).toEqual([
      { field: 'department', value: '青禾县文化馆' },
      { field: 'unit', value: '元' },
    ]);
  });

  it('never takes a 决算 title for a budget table, nor a budget title for a 决算 table', () => {
    for (const t of [
      '收入支出决算总表',
      '一般公共预算财政拨款支出决算表',
      '一般公共预算财政拨款基本支出决算明细表',
      '政府性基金预算财政拨款收入支出决算表',
      '国有资本经营预算财政拨款支出决算表',
      '财政拨款“三公”经费支出决算表',
    ]) {
      expect(matchBudgetTitle(t), t).toBeNull();
      expect(matchTableTitle(t), t).not.toBeNull();
    }
    for (const t of [
      '2025年部门财务收支预算总表',
      '收入预算总表',
      '一般公共预算支出功能分类预算表',
      '“三公”经费和机关运行经费预算表',
    ]) {
      expect(matchTableTitle(t), t).toBeNull();
    }
  });

  it('rejects TOC entries, sentences and other tables', () => {
    expect(matchBudgetTitle('1. 2025年部门财务收支预算总表')).toBeNull();
    expect(matchBudgetTitle('详见单位的项目绩效目标表')).toBeNull();
    expect(matchBudgetTitle('2025年部门项目支出预算表')).toBeNull();
    expect(matchBudgetTitle('注：本部门无政府性基金预算，故本表为空表')).toBeNull();
  });
});

describe('budget documents', () => {
  const doc = parse(budgetText);

  it('recognises a 部门预算 from its cover, with department, year and unit', () => {
    expect(doc.meta).toMatchObject({
      kind: 'budget',
      entityKind: 'department',
      department: '青禾县文化馆',
      year: 2025,
      unit: '万元',
      title: '青禾县2025年部门预算',
    });
    expect(doc.tables.map((t) => t.kind)).toEqual([
      'budget-income-expenditure-summary',
      'budget-expenditure',
      'budget-three-public',
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('finds the unnumbered part headings of a budget through its 目录', () => {
    expect(doc.parts.map((p) => [p.number, p.kind, p.heading])).toEqual([
      [1, 'overview', '青禾县文化馆主要职能'],
      [2, 'narrative', '2025年部门预算编制说明'],
    ]);
  });

  it('cuts 目录 entries at their leader dots, and never takes a numbered section for a part heading', () => {
    const text = [
      '青禾县2025年部门预算',
      '预算主管部门：青禾县文化馆',
      '目录',
      '一、部门主要职能……………………1',
      '二、名词解释……………………2三、部门预算编制说明……………………3四、部门预算表……………………4',
      '五、绩效目标……………………9',
      '青禾县文化馆（部门）主要职能',
      '青禾县文化馆负责组织群众文化活动。',
      '名词解释',
      '（一）财政拨款收入：是本级财政当年拨付的资金。',
      '2025年部门预算编制说明',
      '2025年，青禾县文化馆收入预算150.00万元。',
      '一、绩效目标',
      '本部门编报绩效目标的项目2个。',
    ].join('\n');
    const got = parse(text);
    expect(got.parts.map((p) => [p.number, p.kind, p.heading])).toEqual([
      [1, 'overview', '青禾县文化馆（部门）主要职能'],
      [2, 'glossary', '名词解释'],
      [3, 'narrative', '2025年部门预算编制说明'],
    ]);
    expect(got.terms.map((t) => t.term)).toEqual(['财政拨款收入']);
    expect(got.parts[2]?.sections.map((s) => s.heading)).toEqual(['一、绩效目标']);
  });

  it('leaves 目录 entries that name tables to the tables (Jiangsu: 一、收支预算总表)', () => {
    const text = [
      '江苏省2018年度',
      '省级部门预算公开报表',
      '部门:青禾县文化馆',
      '目录',
      '一、收支预算总表',
      '二、收入预算总表',
      '收支预算总表',
      '单位：万元',
      '收入\t\t支出\t',
      '项目\t预算数\t项目\t预算数',
      '一、一般公共预算拨款收入\t140.00\t一、文化旅游体育与传媒支出\t140.00',
      '收入总计\t140.00\t支出总计\t140.00',
    ].join('\n');
    const got = parse(text);
    expect(got.parts).toEqual([]);
    expect(got.tables.map((t) => t.kind)).toEqual(['budget-income-expenditure-summary']);
  });

  it('reads the two-sided 收支总表 with figures on each side', () => {
    const t = doc.tables[0];
    const income = t?.rows.filter((r) => r.side === 'income') ?? [];
    const spending = t?.rows.filter((r) => r.side === 'expenditure') ?? [];
    expect(income.map((r) => [r.label, r.cells[0]?.amount])).toEqual([
      ['一、财政拨款收入', 14000],
      ['1.一般公共预算资金', 14000],
      ['二、其他收入', 1000],
      ['收入总计', 15000],
    ]);
    expect(spending[0]).toMatchObject({ label: '一、文化旅游体育与传媒支出', classCode: '207' });
    expect(spending.at(-1)?.cells[0]).toMatchObject({ key: 'amount', amount: 15000 });
    expect(t?.department).toBe('青禾县文化馆');
  });

  it('reads the 支出预算总表 by 功能分类 with total / basic / project', () => {
    const t = doc.tables[1];
    expect(t?.columns.map((c) => c.key)).toEqual([
      'code.class',
      'code.section',
      'code.item',
      'label',
      'total',
      'basic',
      'project',
    ]);
    const row = t?.rows.find((r) => r.code === '2070109');
    expect(row?.label).toBe('群众文化');
    expect(row?.cells.map((c) => [c.key, c.amount])).toEqual([
      ['total', 12800],
      ['basic', 9800],
      ['project', 3000],
    ]);
    expect(t?.rows.at(-1)).toMatchObject({ code: null, label: '合计' });
  });

  it('reads the 三公 and 机关运行经费 row, and ends the table at the prose after it', () => {
    const t = doc.tables[2];
    expect(t?.rows).toHaveLength(1);
    expect(Object.fromEntries(t?.rows[0]?.cells.map((c) => [c.key, c.amount]) ?? [])).toEqual({
      total: 350,
      overseas: null,
      reception: 150,
      vehicle: 200,
      vehiclePurchase: null,
      vehicleOperation: 200,
      operatingCost: 1230,
    });
    const headings = doc.parts.flatMap((p) => p.sections.map((s) => s.heading));
    expect(headings.some((h) => h.includes('2025年“三公”经费预算情况说明'))).toBe(true);
  });

  it('recognises a 单位预算 from its cover', () => {
    const unit = parse(
      budgetText.replace('青禾县2025年部门预算', '青禾县2025年单位预算').replace('预算主管部门', '预算单位'),
    );
    expect(unit.meta).toMatchObject({ kind: 'unit-budget', entityKind: 'unit', department: '青禾县文化馆' });
  });

  it('recognises a tables-only budget file (no cover) from its table titles', () => {
    const body = budgetText.slice(budgetText.indexOf('2025年部门财务收支预算总表\n编制部门'));
    const tablesOnly = parse(body.slice(0, body.indexOf('其他相关情况说明')));
    expect(tablesOnly.meta).toMatchObject({ kind: 'budget', department: '青禾县文化馆', year: 2025 });
    expect(tablesOnly.tables).toHaveLength(3);
  });

  it('keeps a 决算 a 决算 even with 预算 words and a “预算” column', () => {
    const final = parse(
      [
        '青禾县文化馆2024年度部门决算',
        '一般公共预算财政拨款支出决算表',
        '部门：青禾县文化馆',
        '单位：万元',
        ['科目编码', '科目名称', '年初预算数', '合计', '基本支出', '项目支出'].join('\t'),
        ['2070109', '群众文化', '120.00', '128.00', '98.00', '30.00'].join('\t'),
      ].join('\n'),
    );
    expect(final.meta.kind).toBe('final-accounts');
    expect(final.tables[0]?.kind).toBe('general-budget-expenditure');
  });

  it('refuses a document that is neither 决算, 预算 nor 绩效自评', () => {
    const report = [
      '青禾县文化馆2024年工作总结',
      '一、主要工作',
      '全年举办群众文化活动42场。',
      '二、下一步打算',
      '继续办好群众文化活动。',
    ];
    expect(() => parse(report.join('\n'))).toThrow(InputError);
    expect(() => parse(report.join('\n'))).toThrow(/暂不支持/);
  });
});

const SHARED = join(import.meta.dirname, '..', '..', '..', '..', 'shared');
const SEEDS = join(SHARED, 'seeds');
const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');

describe('决算 texts keep their kind', () => {
  const texts = [
    ...(existsSync(SEEDS) ? readdirSync(SEEDS).map((f) => join(SEEDS, f)) : []),
    ...readdirSync(EXAMPLES).map((f) => join(EXAMPLES, f)),
  ].filter((f) => f.endsWith('.txt'));

  it.each(texts)('%s is not a budget', (file) => {
    const doc = parseTextDisclosure(readFileSync(file), file);
    expect(doc.meta.kind).not.toMatch(/budget/);
    expect(doc.tables.every((t) => !t.kind?.startsWith('budget-'))).toBe(true);
  });
});

const PAGETEXT = join(SHARED, 'corpus', 'found', 'sh-putuo-shiquanlu-2026-unit-budget-pagetext.txt');

describe.skipIf(!existsSync(PAGETEXT))('corpus budget transcription (../shared)', () => {
  it('reads the 石泉路街道 2026 单位预算 as a 单位预算 with its nine tables', () => {
    const doc = parseTextDisclosure(readFileSync(PAGETEXT), PAGETEXT);
    expect(doc.meta).toMatchObject({ kind: 'unit-budget', year: 2026 });
    expect(doc.tables).toHaveLength(9);
  });
});
