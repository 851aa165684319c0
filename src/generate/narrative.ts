/**
 * The 情况说明 written from the computed figures (narrative.md §2, Hunan 13/14/15-section templates). Every amount, share,
 * change and 完成率 is computed here; a sentence that needs a fact the data does not give (a reason for a change, a
 * 预决算 difference) is never written with a placeholder: the missing facts are collected and the build refused.
 */
import { formatHundredths } from '../model/amount.ts';
import { percentString } from '../model/ratio.ts';
import {
  chineseNumber,
  EXPENDITURE_PARTS,
  INCOME_SOURCES,
  money,
  nameOf,
  type Computed,
  type FunctionTable,
  type Problem,
  type ThreePublicFigures,
} from './compute.ts';
import type { DisclosureData } from './data.ts';

export interface GenSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly subsections: readonly { heading: string; paragraphs: readonly string[] }[];
}

export const m = (h: number): string => formatHundredths(h);

/** num/den as a percentage with 2 decimals ("99.71"); null when den = 0. */
export function pct(num: number, den: number): string | null {
  return percentString(num, den, 2);
}

/**
 * The change from last year: "增加32.23万元，增长7.71%" (word, amount, rate). A last-year figure of 0.01 or less
 * carries no rate: the 上年 it implies may be 0 (rules.md §9.3).
 */
export function movement(current: number, last: number): { word: string; text: string; rated: boolean } {
  const delta = current - last;
  const word = delta > 0 ? '增加' : '减少';
  const rate = last <= 1 ? null : pct(Math.abs(delta), last);
  const rateText = rate === null ? '' : `，${delta > 0 ? '增长' : '下降'}${rate}%`;
  return { word, text: `${word}${m(Math.abs(delta))}万元${rateText}`, rated: rate !== null };
}

export class Writer {
  readonly problems: Problem[] = [];
  constructor(readonly c: Computed) {}

  need(value: string | undefined, path: string, what: string): string {
    if (value !== undefined && value.trim() !== '') return value.trim().replace(/[。；;，,]+$/, '');
    this.problems.push({ path, message: `缺少${what}` });
    return '';
  }

  /**
   * "与2020年相比，{subject}增加32.23万元，增长7.71%。主要是因为{reason}。" — 持平 without amounts; no rate when
   * last year was 0; the reason is required whenever the figure changed.
   */
  change(
    subject: string,
    current: number,
    last: number,
    reason: { text: string | undefined; path: string; what: string },
    lead = `与${this.c.year - 1}年相比，`,
    because = '主要是因为',
  ): string {
    if (current === last) return `${lead}${subject}与上年持平。`;
    const mv = movement(current, last);
    const why = this.need(reason.text, reason.path, reason.what);
    return `${lead}${subject}${mv.text}${mv.rated ? '' : '，上年无此项支出'}。${because}${why}。`;
  }

  /** 预算→决算 with 完成率 (never for a zero budget) and the reason for a difference. */
  budgetPair(
    budgetLabel: string,
    budget: number,
    actualLabel: string,
    actual: number,
    base: string,
    reason: { text: string | undefined; path: string; what: string } | null,
    colon = '：',
  ): string {
    let s = `${budgetLabel}${m(budget)}万元，${actualLabel}${m(actual)}万元`;
    if (budget !== 0) s += `，完成${base}的${pct(actual, budget) ?? '0.00'}%`;
    if (actual === budget) return `${s}，决算数与${base}数一致`;
    if (!reason) return s;
    const why = this.need(reason.text, reason.path, reason.what);
    return `${s}，决算数${actual > budget ? '大于' : '小于'}${base}数的主要原因是${colon}${why}`;
  }
}

/** "社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）". */
export function itemPath(code: string, year: number): string {
  const name = (c: string): string => nameOf(c, year);
  return `${name(code.slice(0, 3)).replace(/支出$/, '')}（类）${name(code.slice(0, 5))}（款）${name(code)}（项）`;
}

export function shares(parts: readonly { name: string; value: number }[], total: number): string {
  return parts
    .filter((p) => p.value !== 0)
    .map((p) => `${p.name}${m(p.value)}万元，占${pct(p.value, total) ?? '0.00'}%`)
    .join('；');
}

/** Items of a by-function table with a non-zero figure (决算 or 年初预算), as numbered 预决算 explanations. */
function itemExplanations(
  w: Writer,
  table: FunctionTable,
  budgets: ReadonlyMap<string, { budget: number; reason: string | undefined; path: string }>,
  actualColumn: number,
): string[] {
  const out: string[] = [];
  let n = 0;
  for (const row of table.rows) {
    if (row.code?.length !== 7) continue;
    const actual = row.values[actualColumn] ?? 0;
    const b = budgets.get(row.code);
    const budget = b?.budget ?? 0;
    if (actual === 0 && budget === 0) continue;
    n += 1;
    out.push(`${n}、${itemPath(row.code, w.c.year)}`);
    out.push(
      `${w.budgetPair('年初预算为', budget, '支出决算为', actual, '年初预算', {
        text: b?.reason,
        path: `${b?.path ?? 'generalBudget'}.reason`,
        what: `${row.code} ${row.label} 决算数与年初预算数不同的原因`,
      })}。`,
    );
  }
  return out;
}

function threePublicSection(w: Writer): GenSection {
  const c = w.c;
  const self = c.data.settings.selfName ?? (c.data.settings.entityKind === 'unit' ? '本单位' : '本部门');
  const d = c.data.threePublic;
  const y = c.year;
  const b = c.threePublicBudget;
  const a = c.threePublicActual;
  const last = c.threePublicLastYear;
  const scope = c.data.settings.tableOrder === 'old' ? '一般公共预算财政拨款' : '财政拨款';
  const totalReasons = d.reasons.total ?? {};
  let total = `${y}年度“三公”经费财政拨款支出${w.budgetPair(
    '预算为',
    b.total,
    '支出决算为',
    a.total,
    '预算',
    {
      text: totalReasons.budgetVsActual,
      path: 'threePublic.reasons.total.budgetVsActual',
      what: '“三公”经费决算数与预算数不同的原因',
    },
  )}。`;
  total += w.change(
    '“三公”经费财政拨款支出',
    a.total,
    last.total,
    {
      text: totalReasons.change,
      path: 'threePublic.reasons.total.change',
      what: '“三公”经费与上年相比增减的原因',
    },
    `与${y - 1}年相比，`,
    '主要原因是',
  );
  total = `${total.replace(/。$/, '')}。其中：`;
  // from 2023 the Hunan template explains 公务用车购置费 and 运行维护费 separately (narrative.md §2.7)
  type ItemKey = 'overseas' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation';
  interface Item {
    key: ItemKey;
    name: string;
    none: string;
    pick: (f: ThreePublicFigures) => number;
  }
  const vehicleItems: Item[] =
    y >= 2023
      ? [
          {
            key: 'vehiclePurchase',
            name: '公务用车购置费',
            none: '未购置公务用车',
            pick: (f) => f.vehiclePurchase,
          },
          {
            key: 'vehicleOperation',
            name: '公务用车运行维护费',
            none: '无公务用车运行维护费支出',
            pick: (f) => f.vehicleOperation,
          },
        ]
      : [
          {
            key: 'vehicle',
            name: '公务用车购置费及运行维护费',
            none: '无公务用车购置费及运行维护费支出',
            pick: (f) => f.vehicle,
          },
        ];
  const items: Item[] = [
    { key: 'overseas', name: '因公出国（境）费', none: '无因公出国（境）费支出', pick: (f) => f.overseas },
    { key: 'reception', name: '公务接待费', none: '无公务接待费支出', pick: (f) => f.reception },
    ...vehicleItems,
  ];
  const itemParagraphs = items.map(({ key, name, none, pick }) => {
    const bud = pick(b);
    const act = pick(a);
    const prev = pick(last);
    const reasons = d.reasons[key] ?? {};
    if (bud === 0 && act === 0 && prev === 0)
      return `${name}支出预算为0.00万元，支出决算为0.00万元，${self}${y}年度和${y - 1}年度均${none}，与上年持平。`;
    const pair = w.budgetPair(
      `${name}支出预算为`,
      bud,
      '支出决算为',
      act,
      '预算',
      {
        text: reasons.budgetVsActual,
        path: `threePublic.reasons.${key}.budgetVsActual`,
        what: `${name}决算数与预算数不同的原因`,
      },
      '',
    );
    if (act === prev) return `${pair}；与上年持平。`;
    const why = w.need(reasons.change, `threePublic.reasons.${key}.change`, `${name}与上年相比增减的原因`);
    const mv = movement(act, prev);
    return `${pair}；与上年相比${mv.text}，${mv.word}的主要原因是${why}。`;
  });
  const shareText =
    a.total === 0
      ? `${y}年度“三公”经费财政拨款支出决算为0.00万元，本单位无“三公”经费支出。`
      : `${y}年度“三公”经费财政拨款支出决算中，${[
          ['公务接待费', a.reception],
          ['因公出国（境）费', a.overseas],
          ['公务用车购置费及运行维护费', a.vehicle],
        ]
          .map(([n, v]) => `${String(n)}支出决算${m(Number(v))}万元，占${pct(Number(v), a.total) ?? '0.00'}%`)
          .join('；')}。其中：`;
  const cn = d.counts;
  const overseas =
    `1、因公出国（境）费支出决算为${m(a.overseas)}万元，全年安排因公出国（境）团组${cn.overseasGroups}个，累计${cn.overseasPersons}人次` +
    (a.overseas === 0
      ? `，${self}${y}年度无因公出国（境）费支出。`
      : `，${w.need(d.uses.overseas, 'threePublic.uses.overseas', '因公出国（境）开支内容')}。`);
  const reception =
    `2、公务接待费支出决算为${m(a.reception)}万元，全年共接待来访团组${cn.receptionGroups}个、来宾${cn.receptionPersons}人次` +
    (a.reception === 0
      ? `，${self}${y}年度无公务接待费支出。`
      : `，${w.need(d.uses.reception, 'threePublic.uses.reception', '公务接待主要内容')}。`);
  const vehicleUse =
    a.vehicleOperation === 0
      ? ''
      : `，${w.need(d.uses.vehicle, 'threePublic.uses.vehicle', '公务用车运行维护费用途')}`;
  const vehicle = `3、公务用车购置费及运行维护费支出决算为${m(a.vehicle)}万元，其中：公务用车购置费${m(a.vehiclePurchase)}万元，更新公务用车${cn.vehiclesPurchased}辆。公务用车运行维护费${m(a.vehicleOperation)}万元${vehicleUse}，截至${y}年12月31日，我单位开支财政拨款的公务用车保有量为${cn.fleet}辆。`;
  return {
    heading: `七、${scope}三公经费支出决算情况说明`,
    paragraphs: [],
    subsections: [
      { heading: '（一）“三公”经费财政拨款支出决算总体情况说明', paragraphs: [total, ...itemParagraphs] },
      {
        heading: '（二）“三公”经费财政拨款支出决算具体情况说明',
        paragraphs: [shareText, ...(a.total === 0 ? [] : [overseas, reception, vehicle])],
      },
    ],
  };
}

/** The 15 sections of the Hunan 情况说明, and the facts that were missing. */
export function writeNarrative(c: Computed): { sections: GenSection[]; problems: Problem[] } {
  const w = new Writer(c);
  const d = c.data;
  const y = c.year;
  const unitWord = d.settings.entityKind === 'unit' ? '本单位' : '本部门';
  const sections: GenSection[] = [];
  const plain = (heading: string, paragraphs: string[]): void => {
    sections.push({ heading, paragraphs, subsections: [] });
  };

  // 一 【总体】
  const total = c.summary.grandTotal;
  plain('一、收入支出决算总体情况说明', [
    `${y}年度收、支总计${m(total)}万元。${w.change('收、支总计各', total, money(d.lastYear.total), {
      text: d.reasons.total,
      path: 'reasons.total',
      what: '收、支总计增减的原因',
    })}`,
  ]);

  // 二 【收入】
  const inc = c.income.total;
  const incTotal = inc[0] ?? 0;
  const incParts = INCOME_SOURCES.map((name, i) => ({ name, value: inc[i + 1] ?? 0 }));
  const incomeNote = d.incomeNote ? `，${d.incomeNote.replace(/[。；]+$/, '')}` : '';
  plain('二、收入决算情况说明', [
    incTotal === 0
      ? `${y}年度收入合计0.00万元。`
      : `${y}年度收入合计${m(incTotal)}万元，其中：${shares(incParts, incTotal)}${incomeNote}。`,
  ]);

  // 三 【支出】
  const exp = c.expenditure.total;
  const expTotal = exp[0] ?? 0;
  const expParts = EXPENDITURE_PARTS.map((name, i) => ({ name, value: exp[i + 1] ?? 0 }));
  plain('三、支出决算情况说明', [
    expTotal === 0
      ? `${y}年度支出合计0.00万元。`
      : `${y}年度支出合计${m(expTotal)}万元，其中：${shares(expParts, expTotal)}。`,
  ]);

  // 四 【财拨】
  plain('四、财政拨款收入支出决算总体情况说明', [
    `${y}年度财政拨款收、支总计${m(c.fiscal.grandTotal)}万元。${w.change(
      '财政拨款收、支总计各',
      c.fiscal.grandTotal,
      money(d.lastYear.fiscalTotal),
      { text: d.reasons.fiscalTotal, path: 'reasons.fiscalTotal', what: '财政拨款收、支总计增减的原因' },
    )}`,
  ]);

  // 五 【一般公共】
  const g = c.general.total[0] ?? 0;
  const generalBudgetTotal = c.generalBudget.total[0] ?? 0;
  const classes = [...c.general.classes].map(([code, v]) => ({
    name: nameOf(code, y),
    value: v[0] ?? 0,
  }));
  const budgets = new Map(
    d.generalBudget.map((r, i) => [
      r.code,
      { budget: money(r.initialBudget), reason: r.reason, path: `generalBudget[${i}]` },
    ]),
  );
  const share = pct(g, expTotal);
  sections.push({
    heading: '五、一般公共预算财政拨款支出决算情况说明',
    paragraphs: [],
    subsections: [
      {
        heading: '（一）一般公共预算财政拨款支出决算总体情况',
        paragraphs: [
          `${y}年度一般公共预算财政拨款支出${m(g)}万元${share === null ? '' : `，占本年支出合计的${share}%`}。${w.change(
            '一般公共预算财政拨款支出',
            g,
            money(d.lastYear.generalExpenditure),
            {
              text: d.reasons.generalExpenditure,
              path: 'reasons.generalExpenditure',
              what: '一般公共预算财政拨款支出增减的原因',
            },
          )}`,
        ],
      },
      {
        heading: '（二）一般公共预算财政拨款支出决算结构情况',
        paragraphs: [
          g === 0
            ? `${y}年度${unitWord}没有一般公共预算财政拨款支出。`
            : `${y}年度一般公共预算财政拨款支出${m(g)}万元，主要用于以下方面：${shares(classes, g)}。`,
        ],
      },
      {
        heading: '（三）一般公共预算财政拨款支出决算具体情况',
        paragraphs: [
          `${y}年度一般公共预算财政拨款支出年初预算数为${m(generalBudgetTotal)}万元，支出决算数为${m(g)}万元${
            generalBudgetTotal === 0 ? '' : `，完成年初预算的${pct(g, generalBudgetTotal) ?? ''}%`
          }，其中：`,
          ...itemExplanations(w, c.general, budgets, 0),
        ],
      },
    ],
  });

  // 六 【基本】
  const basic = c.general.total[1] ?? 0;
  const list = (lines: readonly { code: string; label: string; value: number }[], groups: RegExp): string =>
    lines
      .filter((l) => l.code.length === 5 && groups.test(l.code) && l.value !== 0)
      .map((l) => `${l.label}${m(l.value)}万元`)
      .join('、');
  const personnelList = list(c.basic.personnel, /^30[13]/);
  const publicList = list([...c.basic.goods, ...c.basic.capital], /^(302|307|310|399)/);
  const part = (name: string, value: number, items: string): string =>
    `${name}${m(value)}万元${basic === 0 ? '' : `，占基本支出的${pct(value, basic) ?? '0.00'}%`}${items ? `，主要包括：${items}` : ''}`;
  plain('六、一般公共预算财政拨款基本支出决算情况说明', [
    `${y}年度一般公共预算财政拨款基本支出${m(basic)}万元，其中：${part('人员经费', c.basic.personnelTotal, personnelList)}；${part('公用经费', c.basic.publicTotal, publicList)}。`,
  ]);

  // 七 【三公】
  sections.push(threePublicSection(w));

  // 八 【基金】
  const fund = c.fund.total;
  const fundBudgets = new Map(
    d.governmentFund.map((r, i) => [
      r.code,
      { budget: money(r.initialBudget), reason: r.reason, path: `governmentFund[${i}]` },
    ]),
  );
  const fundEmpty = fund.every((v) => v === 0);
  plain(
    '八、政府性基金预算收入支出决算情况',
    fundEmpty
      ? [
          `${y}年度${unitWord === '本部门' ? '本单位' : unitWord}没有政府性基金收入，也没有使用政府性基金安排的支出。`,
        ]
      : [
          `${y}年度政府性基金预算财政拨款年初结转和结余${m(fund[0] ?? 0)}万元，本年收入${m(fund[1] ?? 0)}万元，本年支出${m(fund[2] ?? 0)}万元，其中基本支出${m(fund[3] ?? 0)}万元，项目支出${m(fund[4] ?? 0)}万元；年末结转和结余${m(fund[5] ?? 0)}万元。支出具体情况如下：`,
          ...itemExplanations(w, c.fund, fundBudgets, 2),
        ],
  );

  // 九 【国资】
  const cap = c.capital.total[0] ?? 0;
  plain('九、国有资本经营预算支出决算情况', [
    cap === 0
      ? `${y}年度本单位没有使用国有资本经营预算安排的支出。`
      : `${y}年度国有资本经营预算财政拨款支出${m(cap)}万元，其中基本支出${m(c.capital.total[1] ?? 0)}万元，项目支出${m(c.capital.total[2] ?? 0)}万元。`,
  ]);

  // 十 【运行经费】
  const operating = money(d.operating);
  const lastOperating = money(d.lastYear.operating);
  plain('十、关于机关运行经费支出说明', [
    operating === 0 && lastOperating === 0
      ? `${d.settings.department}${y}年度无机关运行经费支出。`
      : `${unitWord}${y}年度机关运行经费支出${m(operating)}万元，${w
          .change(
            '',
            operating,
            lastOperating,
            { text: d.reasons.operating, path: 'reasons.operating', what: '机关运行经费增减的原因' },
            '比上年决算数',
            '主要原因是：',
          )
          .replace('比上年决算数与上年持平', '与上年决算数持平')}`,
  ]);

  // 十一 【一般性】
  const gs = d.generalSpending ?? {
    meetings: { amount: 0, count: 0, people: 0 },
    trainings: { amount: 0, count: 0, people: 0 },
    festivals: { amount: 0, count: 0 },
  };
  if (!d.generalSpending)
    w.problems.push({
      path: 'generalSpending.meetings.amount',
      message: '缺少一般性支出情况（会议费、培训费、节庆活动，湖南模板必填）',
    });
  const meetings = money(gs.meetings.amount);
  const trainings = money(gs.trainings.amount);
  const festivals = money(gs.festivals.amount);
  const meetingText =
    meetings === 0
      ? '开支会议费0.00万元，未召开会议'
      : `开支会议费${m(meetings)}万元，用于召开${w.need(gs.meetings.purpose, 'generalSpending.meetings.purpose', '会议内容')}${gs.meetings.count}次会议，人数${gs.meetings.people}人`;
  const trainingText =
    trainings === 0
      ? '开支培训费0.00万元，未举办培训'
      : `开支培训费${m(trainings)}万元，用于开展${w.need(gs.trainings.content, 'generalSpending.trainings.content', '培训内容')}，培训${gs.trainings.count}次，人数${gs.trainings.people}人`;
  const festivalText =
    gs.festivals.count === 0 && festivals === 0
      ? '未举办节庆、晚会、论坛、赛事活动，开支0.00万元'
      : `举办节庆、晚会、论坛、赛事活动${gs.festivals.count}场，开支${m(festivals)}万元`;
  plain('十一、一般性支出情况说明', [
    `${y}年度${unitWord}${meetingText}；${trainingText}；${festivalText}。`,
  ]);

  // 十二 【采购】
  const p = d.procurement;
  const goods = money(p.goods);
  const works = money(p.works);
  const services = money(p.services);
  const procurementTotal = goods + works + services;
  const sme = money(p.sme);
  const micro = money(p.micro);
  const smeShare =
    procurementTotal === 0
      ? `授予中小企业合同金额${m(sme)}万元，由于总额为0万元，无法计算百分比，其中：授予小微企业合同金额${m(micro)}万元，由于总额为0万元，无法计算百分比。`
      : `授予中小企业合同金额${m(sme)}万元，占政府采购支出总额的${pct(sme, procurementTotal) ?? ''}%，其中：授予小微企业合同金额${m(micro)}万元，占政府采购支出总额的${pct(micro, procurementTotal) ?? ''}%。`;
  const categories = (
    [
      ['货物', goods, p.smeGoods],
      ['工程', works, p.smeWorks],
      ['服务', services, p.smeServices],
    ] as const
  )
    .filter(([, , award]) => award !== undefined)
    .map(([name, base, award]) =>
      base === 0
        ? `本年度无政府采购${name}支出`
        : `${name}采购授予中小企业合同金额${m(money(award))}万元，占${name}支出金额的${pct(money(award), base) ?? ''}%`,
    );
  const categoryText = categories.length > 0 ? `${categories.join('；')}。` : '';
  plain('十二、关于政府采购支出说明', [
    `${unitWord}${y}年度政府采购支出总额${m(procurementTotal)}万元，其中：政府采购货物支出${m(goods)}万元、政府采购工程支出${m(works)}万元、政府采购服务支出${m(services)}万元。${smeShare}${categoryText}`,
  ]);

  // 十三 【资产】
  const as = d.assets;
  const vehicles = as.vehicles.reduce((n, v) => n + v.count, 0);
  const vehicleList = as.vehicles.map((v) => `${v.category}${v.count}辆`).join('、');
  plain('十三、关于国有资产占用情况说明', [
    `截至${y}年12月31日，部门（单位）共有车辆${vehicles}辆${vehicleList ? `，其中，${vehicleList}` : ''}；${
      as.equipment !== undefined
        ? `单位价值100万元以上设备（不含车辆）${as.equipment}台（套）`
        : `单位价值50万元以上通用设备${as.generalEquipment ?? 0}台（套）；单位价值100万元以上专用设备${as.specialEquipment ?? 0}台（套）`
    }。`,
  ]);

  // 十四 【绩效】
  if (d.performance.length === 0)
    w.problems.push({ path: 'performance', message: '缺少预算绩效情况（湖南模板至少一节）' });
  sections.push({
    heading: '十四、重点项目预算的绩效评价结果等情况说明',
    paragraphs: [],
    subsections: d.performance.map((s, i) => ({
      heading: `（${chineseNumber(i + 1)}）${s.heading.replace(/^[（(][一二三四五六七八九十]+[）)]/, '')}`,
      paragraphs: [...s.paragraphs],
    })),
  });

  // 十五 【其他】
  const other =
    d.other && d.other.length > 0
      ? [...d.other]
      : d.settings.publishedAt
        ? [`本单位在${d.settings.publishedAt}公开部门决算。`]
        : ['无。'];
  plain('十五、其他重要事项情况说明', other);

  return { sections: forTemplate(sections, d.settings.template), problems: w.problems };
}

/**
 * The sections of a Hunan template (narrative.md §1): H15 has all fifteen; H14 has no 【其他】; H13 has neither
 * 【国资】 nor 【其他】 (the 国资 table is still published with its empty-table statement). Renumbered in order.
 */
function forTemplate(
  sections: readonly GenSection[],
  template: DisclosureData['settings']['template'],
): GenSection[] {
  const drop = (s: GenSection): boolean =>
    (template !== 'hunan-15' && /其他重要事项/.test(s.heading)) ||
    (template === 'hunan-13' && /国有资本经营/.test(s.heading));
  return sections
    .filter((s) => !drop(s))
    .map((s, i) => ({
      ...s,
      heading: s.heading.replace(/^[一二三四五六七八九十]+、/, `${chineseNumber(i + 1)}、`),
    }));
}
