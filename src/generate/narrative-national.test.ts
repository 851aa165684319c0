/**
 * The national / Shanghai 11-section 情况说明 (template national-11): the example builds, reads back into the same
 * figures with no audit error or warning, prints the eleven headings in order, and refuses when a fact only this
 * template needs is missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTextDisclosure } from '../ingest/text/index.ts';
import { formatHundredths, parseNumber } from '../model/amount.ts';
import { runRules } from '../rules/engine.ts';
import { allRules } from '../rules/index.ts';
import { build, BuildRefused } from './build.ts';
import type { DisclosureData } from './data.ts';
import type { GenTable } from './layout.ts';

const FILE = join(import.meta.dirname, '..', '..', 'examples', 'data', '泓江区城市管理局-2024.json');
const load = (): DisclosureData => JSON.parse(readFileSync(FILE, 'utf8')) as DisclosureData;

function refusal(data: unknown): BuildRefused {
  try {
    build(data);
  } catch (err) {
    if (err instanceof BuildRefused) return err;
    throw err;
  }
  throw new Error('build did not refuse');
}

const HEADINGS = [
  '一、收入支出决算总体情况说明',
  '二、收入决算情况说明',
  '三、支出决算情况说明',
  '四、财政拨款收入支出决算总体情况说明',
  '五、一般公共预算财政拨款支出决算情况说明',
  '六、一般公共预算财政拨款基本支出决算情况说明',
  '七、财政拨款“三公”经费支出决算情况说明',
  '八、政府性基金预算财政拨款收入支出决算情况说明',
  '九、国有资本经营预算财政拨款收入支出决算情况说明',
  '十、预算绩效管理情况',
  '十一、其他重要事项的情况说明',
];

describe('build: the national / Shanghai 11-section template', () => {
  const data = load();
  const built = build(data);

  it('is the template of the example', () => {
    expect(data.settings.template).toBe('national-11');
  });

  it('reads back with no reader warning and no audit error or warning', () => {
    const doc = parseTextDisclosure(Buffer.from(built.text), `${built.name}.txt`);
    expect(doc.warnings).toEqual([]);
    expect(doc.tables).toHaveLength(9);
    const { findings, failures } = runRules(doc, allRules);
    expect(failures).toEqual([]);
    expect(findings.filter((f) => f.severity !== 'note').map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('reads back every table figure it printed', () => {
    const doc = parseTextDisclosure(Buffer.from(built.text), `${built.name}.txt`);
    const tables = built.layout.parts
      .flatMap((p) => p.blocks)
      .filter((b): b is GenTable => b.kind === 'table');
    expect(tables).toHaveLength(9);
    for (const t of tables) {
      const printed = t.rows
        .flatMap((r) => t.amountColumns.map((i) => r.cells[i] ?? ''))
        .map((s) => parseNumber(s).hundredths ?? 0)
        .filter((v) => v !== 0)
        .sort((a, b) => a - b);
      const read = (doc.tables.find((x) => x.number === t.number)?.rows ?? [])
        .flatMap((r) => r.cells.map((c) => c.amount ?? 0))
        .filter((v) => v !== 0)
        .sort((a, b) => a - b);
      expect({ table: t.number, figures: read }).toEqual({ table: t.number, figures: printed });
    }
    // the entered 05 lines, as printed
    const t05 = doc.tables.find((t) => t.kind === 'general-budget-expenditure');
    for (const row of data.generalBudget) {
      const r = t05?.rows.find((x) => x.code === row.code);
      const total = r?.cells.find((c) => c.key === 'total')?.amount ?? 0;
      const entered =
        (parseNumber(String(row.basic ?? '0')).hundredths ?? 0) +
        (parseNumber(String(row.project ?? '0')).hundredths ?? 0);
      expect(formatHundredths(total)).toBe(formatHundredths(entered));
    }
  });

  it('prints the eleven headings in order, with 运行经费, 采购 and 资产 under 十一', () => {
    const part = built.document.parts.find((p) => p.kind === 'narrative');
    expect(part?.sections.map((s) => s.heading)).toEqual(HEADINGS);
    const other = part?.sections[10];
    expect(other?.subsections.map((s) => s.heading)).toEqual([
      '（一）机关运行经费支出情况',
      '（二）政府采购支出情况',
      '（三）国有资产占有使用情况说明',
    ]);
    // the text itself, in order
    let at = 0;
    for (const h of HEADINGS) {
      const i = built.text.indexOf(`\n${h}\n`, at);
      expect(i, h).toBeGreaterThan(at);
      at = i;
    }
  });

  it('words the sentences as the national template does, every figure computed', () => {
    const t = built.text;
    expect(t).toContain(
      '泓江区城市管理局2024年度收入支出总计3704.70万元。与2023年度相比，收入支出总计增加192.30万元，增长5.47%。主要原因：',
    );
    expect(t).toContain('本年收入合计3704.70万元，其中：财政拨款收入3704.70万元，占100.00%。');
    expect(t).toContain(
      '一般公共预算财政拨款支出年初预算为3384.50万元，支出决算为3404.70万元，完成年初预算的100.60%。决算数大于预算数的主要原因：',
    );
    expect(t).toContain(
      '1、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：行政单位退休人员的退休费。年初预算为38.20万元，支出决算为38.20万元。决算数与预算数持平。',
    );
    expect(t).toContain('年初预算为0.00万元，支出决算为86.20万元。决算数大于预算数的主要原因：');
    expect(t).toContain(
      '“三公”经费财政拨款支出预算为19.00万元，支出决算为16.86万元，完成预算的88.74%，其中：因公出国（境）费支出决算为0.00万元，未安排预算；',
    );
    expect(t).toContain(
      '因公出国（境）费支出决算与2023年度持平；公务用车购置及运行维护费支出决算减少18.80万元，下降60.45%',
    );
    expect(t).toContain('公务接待38批次、296人次，其中：接待外宾0批次、0人次。');
    expect(t).toContain('泓江区城市管理局2024年度无国有资本经营预算财政拨款收入和支出。');
    expect(t).toContain('绩效自评的2024年度项目4个，涉及预算金额1930.00万元，平均得分93.45分');
    expect(t).toContain('机关运行经费支出162.06万元，比2023年度减少14.24万元，下降8.08%。主要原因是');
    expect(t).toContain(
      '政府采购金额（以合同签订为准）为1136.60万元，其中：货物采购金额86.40万元、工程采购金额0.00万元',
    );
    expect(t).toContain('单价100万元（含）以上设备（不含车辆）0台（套）。');
    expect(t).not.toMatch(/一般性支出|XX|（如持平作持平表述）|增加（减少）/);
  });

  it('has no 一般性支出 facts to ask for', () => {
    const d = load();
    delete d.generalSpending;
    expect(build(d).text).toBe(built.text);
  });

  it('says so in one sentence when there is no “三公” money, and still audits clean', () => {
    const d = load();
    d.threePublic.budget = {};
    d.threePublic.actual = {};
    d.threePublic.lastYear = {};
    // the 06 lines of 公务接待费 and 公务用车运行维护费 become other 公用经费
    d.basicEconomic = d.basicEconomic.map((l) =>
      l.code === '30217' ? { ...l, code: '30227' } : l.code === '30231' ? { ...l, code: '30218' } : l,
    );
    const b = build(d);
    expect(b.text).toContain(
      '七、财政拨款“三公”经费支出决算情况说明\n\n泓江区城市管理局2024年度无“三公”经费财政拨款支出。',
    );
    expect(b.notes.filter((f) => f.severity !== 'note')).toEqual([]);
  });

  it('follows the table order in the “三公” heading', () => {
    const d = load();
    d.settings.tableOrder = 'old';
    expect(build(d).text).toContain('\n七、一般公共预算财政拨款“三公”经费支出决算情况说明\n');
  });
});

describe('build: national-11 refuses a missing fact of its own, located', () => {
  it('a 项 without its 主要用途, and no 预算绩效管理 facts', () => {
    const d = load();
    const item = d.generalBudget.findIndex((r) => r.code === '2120501');
    delete d.generalBudget[item]?.purpose;
    delete d.performanceManagement;
    const r = refusal(d);
    expect(r.problems.map((p) => p.path)).toEqual([
      `generalBudget[${String(item)}].purpose`,
      'performanceManagement',
    ]);
    expect(r.problems[0]?.message).toBe('缺少2120501 城乡社区环境卫生 的主要用途');
  });

  it('公务接待 without the 外宾 part, and 预留 procurement shares', () => {
    const d = load();
    delete d.threePublic.foreignReception;
    delete d.procurement.reserved;
    expect(refusal(d).problems.map((p) => p.path)).toEqual([
      'threePublic.foreignReception',
      'procurement.reserved',
    ]);
  });

  it('self-evaluation grades that do not add up', () => {
    const d = load();
    if (d.performanceManagement) d.performanceManagement.selfEvaluation.good = 2;
    expect(refusal(d).problems).toEqual([
      {
        path: 'performanceManagement.selfEvaluation.projects',
        message: '绩效自评项目 4 个 ≠ 评级为优、良、合格、不合格的项目之和 5 个',
      },
    ]);
  });

  it('the Hunan templates still need their 一般性支出 and 绩效 paragraphs', () => {
    const d = load();
    d.settings.template = 'hunan-15';
    d.performance = [];
    delete d.generalSpending;
    const paths = refusal(d).problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['generalSpending.meetings.amount', 'performance']));
  });
});
