/**
 * From the entered data to every figure of the disclosure: the nine tables with their 类/款 subtotals and 合计, the
 * 01 and 04 tables derived from the detail tables and the 结转结余, and the figures the narrative quotes. Exact
 * integer hundredths throughout; an input that contradicts itself is refused with the data path of each problem.
 */
import { catalogEntries, lookupCode } from '../catalog/index.ts';
import { formatHundredths as fmt, parseNumber } from '../model/amount.ts';
import { isGovFundCode, STATE_CAPITAL_CLASS } from '../rules/classification/shared.ts';
import type { DisclosureData, Money } from './data.ts';

/** One problem with the input, located by its JSON path ("generalBudget[2].reason") or workbook cell. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

export class BuildRefused extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`编制数据有 ${problems.length} 处问题`);
  }
}

/** Columns 2… of 02表 after 本年收入合计, in the data's order (income row fields fiscal … other). */
export const INCOME_SOURCES: readonly string[] = [
  '财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];

/** Columns 2… of 03表 after 本年支出合计 (expenditure row fields basic … affiliateSubsidy). */
export const EXPENDITURE_PARTS: readonly string[] = [
  '基本支出',
  '项目支出',
  '上缴上级支出',
  '经营支出',
  '对附属单位补助支出',
];

export function money(m: Money | undefined): number {
  if (m === undefined) return 0;
  const p = parseNumber(String(m));
  return p.hundredths ?? 0;
}

/** A row of a generated table: values in column order (null = printed blank). */
export interface GenRow {
  readonly code: string | null;
  readonly label: string;
  readonly values: readonly (number | null)[];
  /** Data path of the entered row this line comes from (leaf rows only). */
  readonly path: string | null;
}

/** A by-function table: 合计 first, then 类 / 款 / 项 lines in code order. */
export interface FunctionTable {
  readonly total: readonly number[];
  readonly rows: readonly GenRow[];
  /** 类 totals by code (for 01/04). */
  readonly classes: ReadonlyMap<string, readonly number[]>;
}

interface Leaf {
  readonly code: string;
  readonly values: readonly number[];
  readonly path: string;
}

function add(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x + (b[i] ?? 0));
}

/** A functional 科目 name for the year (the latest known name when the code left the catalog; the code itself else). */
export function nameOf(code: string, year: number): string {
  return lookupCode('functional', code, year)?.name ?? lookupCode('functional', code)?.name ?? code;
}

/** Group 项 rows into 类/款/项 with sums; rows whose values are all zero are left out. */
export function functionTable(leaves: readonly Leaf[], width: number, year: number): FunctionTable {
  const byCode = new Map<string, { values: number[]; paths: string[] }>();
  for (const l of leaves) {
    if (l.values.every((v) => v === 0)) continue;
    for (const code of [l.code.slice(0, 3), l.code.slice(0, 5), l.code]) {
      const e = byCode.get(code) ?? { values: new Array<number>(width).fill(0), paths: [] };
      e.values = add(e.values, l.values);
      if (code === l.code) e.paths.push(l.path);
      byCode.set(code, e);
    }
  }
  const codes = [...byCode.keys()].sort();
  const total = codes
    .filter((c) => c.length === 3)
    .reduce((acc, c) => add(acc, byCode.get(c)?.values ?? []), new Array<number>(width).fill(0));
  const rows: GenRow[] = codes.map((code) => {
    const e = byCode.get(code);
    return {
      code,
      label: nameOf(code, year),
      values: (e?.values ?? []).map((v) => (v === 0 ? null : v)),
      path: code.length === 7 ? (e?.paths[0] ?? null) : null,
    };
  });
  const classes = new Map<string, number[]>();
  for (const c of codes) if (c.length === 3) classes.set(c, byCode.get(c)?.values ?? []);
  return { total, rows, classes };
}

export interface EconomicGroupLine {
  readonly code: string;
  readonly label: string;
  readonly value: number;
  readonly path: string | null;
}

/** 06表: the standard 款/项 lines of each group with amounts (款 = Σ its 项). */
export interface BasicTable {
  /** 人员经费 column group: 301 …, 303 … */
  readonly personnel: readonly EconomicGroupLine[];
  /** 公用经费 first group: 302 … */
  readonly goods: readonly EconomicGroupLine[];
  /** 公用经费 second group: 307 …, 310 …, 399 … */
  readonly capital: readonly EconomicGroupLine[];
  readonly personnelTotal: number;
  readonly publicTotal: number;
  readonly byCode: ReadonlyMap<string, number>;
}

function economicGroup(
  classes: readonly string[],
  amounts: ReadonlyMap<string, { value: number; path: string }>,
  year: number,
): EconomicGroupLine[] {
  const entries = catalogEntries('economic', year);
  const out: EconomicGroupLine[] = [];
  for (const cls of classes) {
    const head = entries.find((e) => e.code === cls);
    const items = entries.filter((e) => e.parent === cls);
    const sum = items.reduce((n, e) => n + (amounts.get(e.code)?.value ?? 0), 0);
    out.push({ code: cls, label: head?.name ?? cls, value: sum, path: null });
    for (const e of items) {
      const a = amounts.get(e.code);
      out.push({ code: e.code, label: e.name, value: a?.value ?? 0, path: a?.path ?? null });
    }
  }
  return out;
}

export interface ThreePublicFigures {
  readonly overseas: number;
  readonly vehiclePurchase: number;
  readonly vehicleOperation: number;
  readonly vehicle: number;
  readonly reception: number;
  readonly total: number;
}

function threePublicFigures(items: DisclosureData['threePublic']['actual']): ThreePublicFigures {
  const overseas = money(items.overseas);
  const vehiclePurchase = money(items.vehiclePurchase);
  const vehicleOperation = money(items.vehicleOperation);
  const reception = money(items.reception);
  const vehicle = vehiclePurchase + vehicleOperation;
  return {
    overseas,
    vehiclePurchase,
    vehicleOperation,
    vehicle,
    reception,
    total: overseas + vehicle + reception,
  };
}

/** One side of a two-sided summary table (01/04): labelled lines in print order. */
export interface SummaryLine {
  readonly label: string;
  readonly values: readonly (number | null)[];
}

export interface Computed {
  readonly data: DisclosureData;
  readonly year: number;
  readonly income: FunctionTable; // 02: total, fiscal, superior, service, business, affiliate, other
  readonly expenditure: FunctionTable; // 03: total, basic, project, remittance, business, affiliateSubsidy
  readonly general: FunctionTable; // 05: subtotal, basic, project
  readonly generalBudget: FunctionTable; // 年初预算 by code (one column)
  readonly basic: BasicTable; // 06
  readonly threePublicBudget: ThreePublicFigures;
  readonly threePublicActual: ThreePublicFigures;
  readonly threePublicLastYear: ThreePublicFigures;
  readonly fund: FunctionTable; // 基金: carryIn, income, subtotal, basic, project, carryOut
  readonly capital: FunctionTable; // 国资: subtotal, basic, project
  /** 04 income by fund and 结转 by fund. */
  readonly fiscal: {
    readonly income: { general: number; fund: number; capital: number; total: number };
    readonly carryIn: { general: number; fund: number; capital: number; total: number };
    readonly carryOut: { general: number; fund: number; capital: number; total: number };
    readonly spending: { general: number; fund: number; capital: number; total: number };
    readonly grandTotal: number;
  };
  /** 01 figures. */
  readonly summary: {
    readonly incomeTotal: number;
    readonly expenditureTotal: number;
    readonly carryIn: number;
    readonly carryOut: number;
    readonly nonFiscalBalanceUsed: number;
    readonly surplusDistribution: number;
    readonly grandTotal: number;
  };
  /** 类 lines of 01/04 for the year, in catalog order ("一、一般公共服务支出"). */
  readonly classList: readonly { code: string; label: string }[];
  /** Contradictions in the data: the build is refused when there is any (with the narrative's missing facts). */
  readonly problems: readonly Problem[];
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一 (up to 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : (CHINESE_DIGITS[tens] ?? '')}十${ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? '')}`;
}

/** The 类 printed in 01/04 for a year: the standard list of the 支出功能分类 (预备费, 转移性支出 and 债务发行费用 excepted). */
function classListFor(year: number): { code: string; label: string }[] {
  const skip = new Set(['227', '230', '233']);
  return catalogEntries('functional', year)
    .filter((e) => e.level === 'class' && !skip.has(e.code))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((e, i) => ({ code: e.code, label: `${chineseNumber(i + 1)}、${e.name}` }));
}

/** Every figure of the disclosure from the data, with every contradiction found in it. */
export function compute(data: DisclosureData): Computed {
  const year = data.settings.year;
  const problems: Problem[] = [];

  const unknownCodes = new Set<string>();
  const checkCode = (code: string, path: string): void => {
    if (lookupCode('functional', code, year)?.level === 'item') return;
    unknownCodes.add(code);
    problems.push({ path, message: `科目编码 ${code} 不是${year}年支出功能分类的项级科目` });
  };
  data.income.forEach((r, i) => {
    checkCode(r.code, `income[${i}].code`);
  });
  data.expenditure.forEach((r, i) => {
    checkCode(r.code, `expenditure[${i}].code`);
  });
  data.generalBudget.forEach((r, i) => {
    checkCode(r.code, `generalBudget[${i}].code`);
    if (unknownCodes.has(r.code)) return;
    if (isGovFundCode(r.code))
      problems.push({
        path: `generalBudget[${i}].code`,
        message: `${r.code} ${nameOf(r.code, year)} 是政府性基金预算支出科目，应填在 governmentFund（政府性基金表）`,
      });
    else if (r.code.startsWith(STATE_CAPITAL_CLASS))
      problems.push({
        path: `generalBudget[${i}].code`,
        message: `${r.code} ${nameOf(r.code, year)} 是国有资本经营预算支出科目，应填在 stateCapital（国资表）`,
      });
  });
  data.governmentFund.forEach((r, i) => {
    checkCode(r.code, `governmentFund[${i}].code`);
    if (!unknownCodes.has(r.code) && !isGovFundCode(r.code))
      problems.push({
        path: `governmentFund[${i}].code`,
        message: `${r.code} ${nameOf(r.code, year)} 不是政府性基金预算支出科目`,
      });
  });
  data.stateCapital.forEach((r, i) => {
    checkCode(r.code, `stateCapital[${i}].code`);
    if (!unknownCodes.has(r.code) && !r.code.startsWith(STATE_CAPITAL_CLASS))
      problems.push({
        path: `stateCapital[${i}].code`,
        message: `${r.code} ${nameOf(r.code, year)} 不是国有资本经营预算支出科目（223 类）`,
      });
  });
  const economic = new Map<string, { value: number; path: string }>();
  data.basicEconomic.forEach((l, i) => {
    const path = `basicEconomic[${i}]`;
    if (!lookupCode('economic', l.code, year))
      problems.push({ path: `${path}.code`, message: `经济分类科目编码 ${l.code} 不存在` });
    else if (!/^(301|302|303|307|310|399)/.test(l.code))
      problems.push({ path: `${path}.code`, message: `${l.code} 不属于基本支出的人员经费或公用经费` });
    if (economic.has(l.code))
      problems.push({ path: `${path}.code`, message: `经济分类科目 ${l.code} 重复填写` });
    economic.set(l.code, { value: money(l.amount), path: `${path}.amount` });
  });
  const duplicates = (rows: readonly { code: string }[], name: string): void => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.code)) problems.push({ path: `${name}[${i}].code`, message: `科目 ${r.code} 重复填写` });
      seen.add(r.code);
    });
  };
  duplicates(data.income, 'income');
  duplicates(data.expenditure, 'expenditure');
  duplicates(data.generalBudget, 'generalBudget');
  duplicates(data.governmentFund, 'governmentFund');
  duplicates(data.stateCapital, 'stateCapital');

  const income = functionTable(
    data.income.map((r, i) => {
      const parts = [r.fiscal, r.superior, r.service, r.business, r.affiliate, r.other].map(money);
      return { code: r.code, values: [parts.reduce((a, b) => a + b, 0), ...parts], path: `income[${i}]` };
    }),
    7,
    year,
  );
  const expenditure = functionTable(
    data.expenditure.map((r, i) => {
      const parts = [r.basic, r.project, r.remittance, r.business, r.affiliateSubsidy].map(money);
      return {
        code: r.code,
        values: [parts.reduce((a, b) => a + b, 0), ...parts],
        path: `expenditure[${i}]`,
      };
    }),
    6,
    year,
  );
  const general = functionTable(
    data.generalBudget.map((r, i) => {
      const b = money(r.basic);
      const p = money(r.project);
      return { code: r.code, values: [b + p, b, p], path: `generalBudget[${i}]` };
    }),
    3,
    year,
  );
  const generalBudget = functionTable(
    data.generalBudget.map((r, i) => ({
      code: r.code,
      values: [money(r.initialBudget)],
      path: `generalBudget[${i}]`,
    })),
    1,
    year,
  );
  const fund = functionTable(
    data.governmentFund.map((r, i) => {
      const cin = money(r.carryIn);
      const inc = money(r.income);
      const b = money(r.basic);
      const p = money(r.project);
      return {
        code: r.code,
        values: [cin, inc, b + p, b, p, cin + inc - b - p],
        path: `governmentFund[${i}]`,
      };
    }),
    6,
    year,
  );
  data.governmentFund.forEach((r, i) => {
    const out = money(r.carryIn) + money(r.income) - money(r.basic) - money(r.project);
    if (out < 0)
      problems.push({
        path: `governmentFund[${i}]`,
        message: `政府性基金 ${r.code} 年初结转和结余 + 本年收入 小于 本年支出，年末结转和结余为负`,
      });
  });
  const capital = functionTable(
    data.stateCapital.map((r, i) => {
      const b = money(r.basic);
      const p = money(r.project);
      return { code: r.code, values: [b + p, b, p], path: `stateCapital[${i}]` };
    }),
    3,
    year,
  );

  const personnel = economicGroup(['301', '303'], economic, year);
  const goods = economicGroup(['302'], economic, year);
  const capitalLines = economicGroup(['307', '310', '399'], economic, year);
  const sumGroup = (lines: readonly EconomicGroupLine[]): number =>
    lines.filter((l) => l.code.length === 3).reduce((n, l) => n + l.value, 0);
  const personnelTotal = sumGroup(personnel);
  const publicTotal = sumGroup(goods) + sumGroup(capitalLines);
  const basicGeneral = general.total[1] ?? 0;
  if (personnelTotal + publicTotal !== basicGeneral)
    problems.push({
      path: 'basicEconomic',
      message: `06表 人员经费 ${fmt(personnelTotal)} + 公用经费 ${fmt(publicTotal)} = ${fmt(personnelTotal + publicTotal)}，与 05表 基本支出合计 ${fmt(basicGeneral)}（generalBudget[*].basic 之和）不等`,
    });

  // 03 (all funds) must hold at least the fiscal spending of each 项 (05 + 基金 + 国资)
  const fiscalByCode = new Map<string, { basic: number; project: number }>();
  const addFiscal = (code: string, b: number, p: number): void => {
    const e = fiscalByCode.get(code) ?? { basic: 0, project: 0 };
    fiscalByCode.set(code, { basic: e.basic + b, project: e.project + p });
  };
  for (const r of data.generalBudget) addFiscal(r.code, money(r.basic), money(r.project));
  for (const r of data.governmentFund) addFiscal(r.code, money(r.basic), money(r.project));
  for (const r of data.stateCapital) addFiscal(r.code, money(r.basic), money(r.project));
  for (const [code, f] of fiscalByCode) {
    if (unknownCodes.has(code)) continue; // reported once, as an unknown code
    const i = data.expenditure.findIndex((r) => r.code === code);
    const r = data.expenditure[i];
    const b = money(r?.basic);
    const p = money(r?.project);
    if (b < f.basic || p < f.project)
      problems.push({
        path: i >= 0 ? `expenditure[${i}]` : 'expenditure',
        message: `03表 ${code} ${nameOf(code, year)} 基本支出 ${fmt(b)}、项目支出 ${fmt(p)} 小于财政拨款支出（05表、基金表、国资表之和）基本支出 ${fmt(f.basic)}、项目支出 ${fmt(f.project)}`,
      });
  }

  const carryIn = {
    general: money(data.balances.carryIn.general),
    fund: fund.total[0] ?? 0,
    capital: money(data.balances.carryIn.capital),
  };
  const carryOut = {
    general: money(data.balances.carryOut.general),
    fund: fund.total[5] ?? 0,
    capital: money(data.balances.carryOut.capital),
  };
  const spending = {
    general: general.total[0] ?? 0,
    fund: fund.total[2] ?? 0,
    capital: capital.total[0] ?? 0,
  };
  const fiscalIncome = {
    general: spending.general + carryOut.general - carryIn.general,
    fund: fund.total[1] ?? 0,
    capital: spending.capital + carryOut.capital - carryIn.capital,
  };
  for (const k of ['general', 'capital'] as const) {
    if (fiscalIncome[k] < 0)
      problems.push({
        path: `balances.carryIn.${k}`,
        message: `${k === 'general' ? '一般公共预算' : '国有资本经营预算'}财政拨款 年初结转和结余大于本年支出与年末结转和结余之和，推得本年收入为负`,
      });
  }
  const sum3 = (o: { general: number; fund: number; capital: number }): number =>
    o.general + o.fund + o.capital;
  const fiscalIncomeTotal = sum3(fiscalIncome);
  const enteredFiscal = income.total[1] ?? 0;
  if (enteredFiscal !== fiscalIncomeTotal)
    problems.push({
      path: 'income[*].fiscal',
      message: `02表 财政拨款收入合计 ${fmt(enteredFiscal)} 与 财政拨款本年支出 ${fmt(sum3(spending))} + 年末结转和结余 ${fmt(sum3(carryOut))} − 年初结转和结余 ${fmt(sum3(carryIn))} = ${fmt(fiscalIncomeTotal)} 不等`,
    });

  const nonFiscalBalanceUsed = money(data.balances.nonFiscalBalanceUsed);
  const surplusDistribution = money(data.balances.surplusDistribution);
  const totalCarryIn = sum3(carryIn) + money(data.balances.carryIn.other);
  const totalCarryOut = sum3(carryOut) + money(data.balances.carryOut.other);
  const incomeTotal = income.total[0] ?? 0;
  const expenditureTotal = expenditure.total[0] ?? 0;
  const incomeSide = incomeTotal + nonFiscalBalanceUsed + totalCarryIn;
  const spendSide = expenditureTotal + surplusDistribution + totalCarryOut;
  if (incomeSide !== spendSide)
    problems.push({
      path: 'balances',
      message: `收入总计 ${fmt(incomeSide)}（本年收入 ${fmt(incomeTotal)} + 使用非财政拨款结余 ${fmt(nonFiscalBalanceUsed)} + 年初结转和结余 ${fmt(totalCarryIn)}）≠ 支出总计 ${fmt(spendSide)}（本年支出 ${fmt(expenditureTotal)} + 结余分配 ${fmt(surplusDistribution)} + 年末结转和结余 ${fmt(totalCarryOut)}）`,
    });

  const tpBudget = threePublicFigures(data.threePublic.budget);
  const tpActual = threePublicFigures(data.threePublic.actual);
  const tpLast = threePublicFigures(data.threePublic.lastYear);
  // the 06 三公 lines are the basic-spending part of the 三公 figures
  const line = (code: string): number => economic.get(code)?.value ?? 0;
  for (const [code, value, name] of [
    ['30217', tpActual.reception, '公务接待费'],
    ['30231', tpActual.vehicleOperation, '公务用车运行维护费'],
    ['30212', tpActual.overseas, '因公出国（境）费'],
  ] as const) {
    if (line(code) > value)
      problems.push({
        path: `threePublic.actual`,
        message: `“三公”经费 ${name}决算 ${fmt(value)} 小于 06表 ${code} ${fmt(line(code))}`,
      });
  }

  const grandFiscal = sum3(fiscalIncome) + sum3(carryIn);
  return {
    data,
    year,
    income,
    expenditure,
    general,
    generalBudget,
    basic: {
      personnel,
      goods,
      capital: capitalLines,
      personnelTotal,
      publicTotal,
      byCode: new Map([...economic].map(([k, v]) => [k, v.value])),
    },
    threePublicBudget: tpBudget,
    threePublicActual: tpActual,
    threePublicLastYear: tpLast,
    fund,
    capital,
    fiscal: {
      income: { ...fiscalIncome, total: sum3(fiscalIncome) },
      carryIn: { ...carryIn, total: sum3(carryIn) },
      carryOut: { ...carryOut, total: sum3(carryOut) },
      spending: { ...spending, total: sum3(spending) },
      grandTotal: grandFiscal,
    },
    summary: {
      incomeTotal,
      expenditureTotal,
      carryIn: totalCarryIn,
      carryOut: totalCarryOut,
      nonFiscalBalanceUsed,
      surplusDistribution,
      grandTotal: incomeSide,
    },
    classList: classListFor(year),
    problems,
  };
}
