/**
 * The generator round trip: data → disclosure text → juesuan's reader → the same figures, and no audit error or
 * warning; refusals are located at the input. Property test over random consistent data.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { catalogEntries } from '../catalog/index.ts';
import { isGovFundCode } from '../rules/classification/shared.ts';
import { parseTextDisclosure } from '../ingest/text/index.ts';
import { formatHundredths } from '../model/amount.ts';
import type { Disclosure } from '../model/document.ts';
import { runRules } from '../rules/engine.ts';
import { allRules } from '../rules/index.ts';
import { build, BuildRefused } from './build.ts';
import type { DisclosureData } from './data.ts';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const DATA = join(EXAMPLES, 'data');

const bare = (label: string): string => label.replace(/^[一二三四五六七八九十]+、/, '');

/** Every non-blank, non-zero table figure keyed by table kind, side, code, label and column key. */
function figures(doc: Disclosure): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of doc.tables)
    for (const r of t.rows)
      for (const c of r.cells)
        if (c.amount !== null && c.amount !== 0)
          // 01/04 number only the 类 they print: compare 类 lines by name, not by ordinal
          out.set(
            `${t.kind ?? ''}|${r.side ?? ''}|${r.code ?? ''}|${bare(r.label)}|${c.key ?? c.column}`,
            c.amount,
          );
  return out;
}

function refusal(data: unknown): BuildRefused {
  try {
    build(data);
  } catch (err) {
    if (err instanceof BuildRefused) return err;
    throw err;
  }
  throw new Error('build did not refuse');
}

const exampleFiles = readdirSync(DATA).filter((f) => f.endsWith('.json'));
const load = (f: string): DisclosureData => JSON.parse(readFileSync(join(DATA, f), 'utf8')) as DisclosureData;

describe('build: the bundled examples', () => {
  it('has at least one example', () => {
    expect(exampleFiles.length).toBeGreaterThan(0);
  });

  it.each(exampleFiles)('%s round-trips: read back, zero errors and warnings', (file) => {
    const built = build(load(file));
    const doc = parseTextDisclosure(Buffer.from(built.text), `${built.name}.txt`);
    expect(doc.warnings).toEqual([]);
    expect(doc.tables.map((t) => t.kind)).toHaveLength(9);
    const { findings, failures } = runRules(doc, allRules);
    expect(failures).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it.each(exampleFiles)(
    '%s reproduces every figure of the hand-written disclosure it was taken from',
    (file) => {
      const built = build(load(file));
      const original = join(EXAMPLES, `${built.name}.txt`);
      if (!existsSync(original)) return;
      const expected = figures(parseTextDisclosure(readFileSync(original), 'original.txt'));
      const actual = figures(built.document);
      expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    },
  );
});

describe('build: a 单位 with every item (出国, 车辆购置, 国资, 节庆, 采购 of 0)', () => {
  const file = join(
    import.meta.dirname,
    '..',
    '..',
    'test',
    'fixtures',
    'generate',
    'unit-2023-all-items.json',
  );
  const built = build(JSON.parse(readFileSync(file, 'utf8')));

  it('builds clean and says 单位 where it should', () => {
    expect(built.name).toBe('临江县林业站-2023年度单位决算');
    expect(built.notes.filter((f) => f.severity !== 'note')).toEqual([]);
    expect(built.document.meta.entityKind).toBe('unit');
  });

  it('writes every item with its figures and counts', () => {
    expect(built.text).toContain('因公出国（境）费支出预算为3.00万元，支出决算为2.50万元，完成预算的83.33%');
    expect(built.text).toContain('全年安排因公出国（境）团组1个，累计3人次，开支内容包括国际旅费、住宿费。');
    expect(built.text).toContain(
      '2023年度国有资本经营预算财政拨款支出5.00万元，其中基本支出0.00万元，项目支出5.00万元。',
    );
    expect(built.text).toContain('举办节庆、晚会、论坛、赛事活动1场，开支1.20万元');
    expect(built.text).toContain('授予中小企业合同金额0.00万元，由于总额为0万元，无法计算百分比');
  });
});

describe('build: Hunan templates of 13, 14 and 15 sections', () => {
  it.each([
    ['hunan-15', 15, true, true],
    ['hunan-14', 14, true, false],
    ['hunan-13', 13, false, false],
  ] as const)('%s: %i sections, renumbered, audited clean', (template, count, capital, other) => {
    const d = structuredClone(load('青山县农业农村局-2021.json'));
    d.settings.template = template;
    const built = build(d);
    const part = built.document.parts.find((p) => p.kind === 'narrative');
    expect(part?.sections.map((s) => s.number)).toEqual(
      Array.from(
        { length: count },
        (_, i) =>
          [
            '一',
            '二',
            '三',
            '四',
            '五',
            '六',
            '七',
            '八',
            '九',
            '十',
            '十一',
            '十二',
            '十三',
            '十四',
            '十五',
          ][i],
      ),
    );
    const headings = part?.sections.map((s) => s.heading).join('|') ?? '';
    expect(headings.includes('国有资本经营预算支出决算情况')).toBe(capital);
    expect(headings.includes('其他重要事项')).toBe(other);
    expect(built.notes.filter((f) => f.severity !== 'note')).toEqual([]);
  });
});

describe('build: the template follows the year', () => {
  it('2021: 公务用车 explained as one item, 50/100万元 equipment pair', () => {
    const text = build(load('青山县农业农村局-2021.json')).text;
    expect(text).toContain('公务用车购置费及运行维护费支出预算为');
    expect(text).toContain('单位价值50万元以上通用设备0台（套）；单位价值100万元以上专用设备0台（套）');
  });

  it('2023: 公务用车购置费 and 运行维护费 apart, one equipment line, per-category SME shares', () => {
    const text = build(load('青山县林业局-2023.json')).text;
    expect(text).toContain(
      '公务用车购置费支出预算为0.00万元，支出决算为0.00万元，本局2023年度和2022年度均未购置公务用车',
    );
    expect(text).toContain('公务用车运行维护费支出预算为6.00万元');
    expect(text).toContain('单位价值100万元以上设备（不含车辆）0台（套）');
    expect(text).toContain(
      '货物采购授予中小企业合同金额8.20万元，占货物支出金额的85.06%；本年度无政府采购工程支出',
    );
  });
});

describe('build: refusals name the input that is wrong', () => {
  const base = (): DisclosureData => structuredClone(load('青山县农业农村局-2021.json'));

  it('refuses contradictory totals', () => {
    const d = base();
    const row = d.income[0];
    if (row) row.fiscal = '26.62';
    const r = refusal(d);
    expect(r.problems.map((p) => p.path)).toContain('income[*].fiscal');
    expect(r.problems[0]?.message).toMatch(/431\.84.*430\.84/);
  });

  it('refuses a missing reason and lists every missing fact', () => {
    const d = base();
    delete d.reasons.total;
    const item = d.generalBudget[2];
    if (item) delete item.reason;
    const r = refusal(d);
    expect(r.problems.map((p) => p.path).sort()).toEqual(['generalBudget[2].reason', 'reasons.total']);
    expect(r.problems.every((p) => p.message.startsWith('缺少'))).toBe(true);
  });

  it('refuses an unknown code for the year, once', () => {
    const d = base();
    const item = d.generalBudget[0];
    if (item) item.code = '2089988';
    const r = refusal(d);
    expect(r.problems).toEqual([
      { path: 'generalBudget[0].code', message: '科目编码 2089988 不是2021年支出功能分类的项级科目' },
    ]);
  });

  it('refuses a blank department', () => {
    const d = base();
    d.settings.department = '  ';
    expect(refusal(d).problems).toEqual([{ path: 'settings.department', message: '部门名称不能为空' }]);
  });

  it('maps an audit finding on the output back to the input line', () => {
    const d = base();
    // 住房公积金 paid from 213 行政运行 instead of 221 住房改革支出: the money adds up, but K-07 fires on the
    // 06 line 30113, which must be reported at the input line it was printed from
    const merge = (rows: { code: string }[], key: string): void => {
      const get = (r: { code: string } | undefined): number =>
        Math.round(Number((r as Record<string, unknown> | undefined)?.[key] ?? 0) * 100);
      const from = rows.find((r) => r.code === '2210201');
      const to = rows.find((r) => r.code === '2130101') as Record<string, unknown> | undefined;
      if (to) to[key] = formatHundredths(get(from) + get(to as { code: string }));
    };
    merge(d.income, 'fiscal');
    merge(d.expenditure, 'basic');
    merge(d.generalBudget, 'basic');
    merge(d.generalBudget, 'initialBudget');
    d.income = d.income.filter((r) => r.code !== '2210201');
    d.expenditure = d.expenditure.filter((r) => r.code !== '2210201');
    d.generalBudget = d.generalBudget.filter((r) => r.code !== '2210201');
    const r = refusal(d);
    const line = d.basicEconomic.findIndex((l) => l.code === '30113');
    expect(r.problems.find((p) => p.message.startsWith('K-07'))?.path).toBe(
      `basicEconomic[${String(line)}].amount`,
    );
  });

  it('reports schema errors with their paths', () => {
    const d = base() as unknown as Record<string, unknown>;
    delete d.threePublic;
    (d.settings as Record<string, unknown>).year = '2021';
    const paths = refusal(d).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['threePublic', 'settings.year']));
  });
});

// ---- property: random consistent data always builds, reads back identically and passes the audit ----

const YEAR = 2021;
const ITEMS = catalogEntries('functional', YEAR)
  .filter(
    (e) =>
      e.level === 'item' &&
      e.provenance === 'observed' &&
      !isGovFundCode(e.code) &&
      !e.code.startsWith('223'),
  )
  .map((e) => e.code);
const cents = fc.integer({ min: 1, max: 5_000_000 });

const money = formatHundredths;

const reason = '因工作任务调整，支出相应变化';

const dataset = fc
  .record({
    codes: fc.uniqueArray(fc.constantFrom(...ITEMS), { minLength: 1, maxLength: 6 }),
    amounts: fc.array(fc.tuple(cents, fc.integer({ min: 0, max: 2_000_000 }), cents), {
      minLength: 6,
      maxLength: 6,
    }),
    last: fc.tuple(cents, cents, cents, cents),
  })
  .map(({ codes, amounts, last }): DisclosureData => {
    const rows = codes.map((code, i) => {
      const [basic = 100, project = 0, budget = 100] = amounts[i] ?? [];
      return { code, basic, project, budget };
    });
    const basicTotal = rows.reduce((n, r) => n + r.basic, 0);
    const personnel = Math.floor(basicTotal / 2);
    return {
      settings: {
        department: '临江县测试局',
        year: YEAR,
        entityKind: 'department',
        template: 'hunan-15',
        tableOrder: 'old',
      },
      overview: {
        dutiesIntro: '临江县测试局是县人民政府工作部门。',
        duties: ['负责测试工作。'],
        organization: '内设办公室1个股室。',
        units: ['临江县测试局本级'],
      },
      income: rows.map((r) => ({ code: r.code, fiscal: money(r.basic + r.project) })),
      expenditure: rows.map((r) => ({ code: r.code, basic: money(r.basic), project: money(r.project) })),
      generalBudget: rows.map((r) => ({
        code: r.code,
        basic: money(r.basic),
        project: money(r.project),
        initialBudget: money(r.budget),
        reason,
      })),
      basicEconomic: [
        { code: '30101', amount: money(personnel) },
        { code: '30201', amount: money(basicTotal - personnel) },
      ],
      threePublic: {
        budget: {},
        actual: {},
        lastYear: {},
        counts: {
          overseasGroups: 0,
          overseasPersons: 0,
          receptionGroups: 0,
          receptionPersons: 0,
          vehiclesPurchased: 0,
          fleet: 0,
        },
        reasons: {},
        uses: {},
      },
      governmentFund: [],
      stateCapital: [],
      balances: { carryIn: {}, carryOut: {} },
      lastYear: {
        total: money(last[0]),
        fiscalTotal: money(last[1]),
        generalExpenditure: money(last[2]),
        operating: money(last[3]),
      },
      reasons: { total: reason, fiscalTotal: reason, generalExpenditure: reason, operating: reason },
      operating: money(basicTotal - personnel),
      generalSpending: {
        meetings: { amount: '0', count: 0, people: 0 },
        trainings: { amount: '0', count: 0, people: 0 },
        festivals: { amount: '0', count: 0 },
      },
      procurement: { goods: '0', works: '0', services: '0', sme: '0', micro: '0' },
      assets: { vehicles: [], generalEquipment: 0, specialEquipment: 0 },
      performance: [
        { heading: '本部门预算绩效管理开展情况', paragraphs: ['本部门对全部项目开展了绩效自评。'] },
      ],
      annex: {
        title: `${String(YEAR)}年度部门整体支出绩效评价报告`,
        sections: [{ heading: '预算单位基本情况', paragraphs: ['临江县测试局为县人民政府工作部门。'] }],
      },
    };
  });

describe('build: random consistent data', () => {
  fcTest.prop([dataset], { numRuns: 15 })(
    'builds, reads back the entered figures, and passes the audit',
    (data) => {
      const built = build(data);
      const t05 = built.document.tables.find((t) => t.kind === 'general-budget-expenditure');
      for (const row of data.generalBudget) {
        const printed = t05?.rows.find((r) => r.code === row.code);
        const basic = printed?.cells.find((c) => c.key === 'basic')?.amount ?? 0;
        const project = printed?.cells.find((c) => c.key === 'project')?.amount ?? 0;
        expect(money(basic)).toBe(row.basic); // the data holds the amount as printed ("12.30")
        expect(money(project)).toBe(row.project);
      }
      expect(built.notes.filter((f) => f.severity !== 'note')).toEqual([]);
    },
  );
});

describe('build: refusals speak Chinese', () => {
  it('names every schema problem in Chinese, whatever zod says', () => {
    const data = JSON.parse(JSON.stringify(load('青山县农业农村局-2021.json'))) as Record<string, unknown>;
    const perf = data.performanceEvaluations as { overall: { funds: { fiscal: Record<string, unknown> } } };
    delete perf.overall.funds.fiscal.executed;
    (data.settings as Record<string, unknown>).year = 'twenty';
    (data.settings as Record<string, unknown>).unknownSetting = 1;
    const problems = refusal(data).problems;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    for (const p of problems) expect(p.message, `${p.path}: ${p.message}`).toMatch(/[\u4e00-\u9fff]/);
    expect(problems.map((p) => p.message)).toContain('缺少必填项');
  });
});
