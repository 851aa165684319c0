/**
 * The 情况说明 of the national / Shanghai 11-section pattern (narrative.md §1 "SH11", §2 SH variants): 一 to 九 as the
 * Hunan sets but worded as the national template words them, 十 预算绩效管理情况 from counted facts, and 十一
 * 其他重要事项 with 机关运行经费, 政府采购 and 国有资产 as its （一）（二）（三）. There is no 一般性支出 section. Every
 * figure is computed; every fact a sentence needs and the data lacks is a located problem, never a placeholder.
 */
import {
  EXPENDITURE_PARTS,
  INCOME_SOURCES,
  money,
  nameOf,
  type Computed,
  type FunctionTable,
  type Problem,
} from './compute.ts';
import { m, movement, pct, Writer, type GenSection } from './narrative.ts';

interface Because {
  readonly text: string | undefined;
  readonly path: string;
  readonly what: string;
}

/** "增加32.23万元，增长7.71%" or "增加5.00万元" with "上年无此项支出" when last year was 0. */
function moved(current: number, last: number): string {
  const mv = movement(current, last);
  return `${mv.text}${mv.rated ? '' : '（上年无此项支出）'}`;
}

/**
 * "与2024年度相比，{subject}增加…万元，增长…%。主要原因：…。" — 持平 without figures or reason (the SH template's
 * "如持平作持平表述").
 */
function compared(w: Writer, subject: string, current: number, last: number, why: Because): string {
  const lead = `与${w.c.year - 1}年度相比，`;
  if (current === last) return `${lead}${subject}持平。`;
  return `${lead}${subject}${moved(current, last)}。主要原因：${w.need(why.text, why.path, why.what)}。`;
}

/** "决算数大于预算数的主要原因：…。" / "决算数与预算数持平。" */
function versusBudget(w: Writer, actual: number, budget: number, why: Because): string {
  if (actual === budget) return '决算数与预算数持平。';
  return `决算数${actual > budget ? '大于' : '小于'}预算数的主要原因：${w.need(why.text, why.path, why.what)}。`;
}

/** "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）" — the 类 keeps its 支出. */
function itemPath(code: string, year: number): string {
  return `${nameOf(code.slice(0, 3), year)}（类）${nameOf(code.slice(0, 5), year)}（款）${nameOf(code, year)}（项）`;
}

interface ItemFacts {
  readonly budget: number;
  readonly reason: string | undefined;
  readonly purpose: string | undefined;
  readonly path: string;
}

/**
 * One explanation per 项 with a non-zero 决算 or 年初预算: "1、X（类）Y（款）Z（项）。主要用于：…。年初预算为…万元，
 * 支出决算为…万元。决算数大于预算数的主要原因：…。" The SH pattern prints no 完成率 per item.
 */
function items(
  w: Writer,
  table: FunctionTable,
  facts: ReadonlyMap<string, ItemFacts>,
  column: number,
): string[] {
  const out: string[] = [];
  for (const row of table.rows) {
    if (row.code?.length !== 7) continue;
    const actual = row.values[column] ?? 0;
    const f = facts.get(row.code);
    const budget = f?.budget ?? 0;
    if (actual === 0 && budget === 0) continue;
    const path = f?.path ?? 'generalBudget';
    const label = `${row.code} ${row.label}`;
    const purpose = w.need(f?.purpose, `${path}.purpose`, `${label} 的主要用途`);
    const because = versusBudget(w, actual, budget, {
      text: f?.reason,
      path: `${path}.reason`,
      what: `${label} 决算数与年初预算数不同的原因`,
    });
    out.push(
      `${out.length + 1}、${itemPath(row.code, w.c.year)}。主要用于：${purpose}。年初预算为${m(budget)}万元，支出决算为${m(actual)}万元。${because}`,
    );
  }
  return out;
}

/** "占…%" clauses of the non-zero parts ("（不涉及的不列）"). */
function shareList(parts: readonly { name: string; value: number }[], total: number): string {
  return parts
    .filter((p) => p.value !== 0)
    .map((p) => `${p.name}${m(p.value)}万元，占${pct(p.value, total) ?? '0.00'}%`)
    .join('；');
}

function threePublic(w: Writer, dept: string, unitWord: string): GenSection {
  const c = w.c;
  const y = c.year;
  const d = c.data.threePublic;
  const b = c.threePublicBudget;
  const a = c.threePublicActual;
  const last = c.threePublicLastYear;
  // the scope follows the table order like the 三公 table's title (S-14)
  const scope = c.data.settings.tableOrder === 'old' ? '一般公共预算财政拨款' : '财政拨款';
  const heading = `七、${scope}“三公”经费支出决算情况说明`;
  if (b.total === 0 && a.total === 0 && last.total === 0)
    return { heading, paragraphs: [`${dept}${y}年度无“三公”经费财政拨款支出。`], subsections: [] };

  // the three items in the SH order: 出国, 公务用车, 接待
  const list = [
    { key: 'overseas', name: '因公出国（境）费', b: b.overseas, a: a.overseas, last: last.overseas },
    { key: 'vehicle', name: '公务用车购置及运行维护费', b: b.vehicle, a: a.vehicle, last: last.vehicle },
    { key: 'reception', name: '公务接待费', b: b.reception, a: a.reception, last: last.reception },
  ] as const;
  const rate = (actual: number, budget: number): string =>
    budget === 0 ? '，未安排预算' : `，完成预算的${pct(actual, budget) ?? '0.00'}%`;
  const totalReasons = d.reasons.total ?? {};
  const budgetText =
    `“三公”经费财政拨款支出预算为${m(b.total)}万元，支出决算为${m(a.total)}万元${rate(a.total, b.total)}，其中：` +
    list.map((i) => `${i.name}支出决算为${m(i.a)}万元${rate(i.a, i.b)}`).join('；') +
    `。${y}年度“三公”经费支出${versusBudget(w, a.total, b.total, {
      text: totalReasons.budgetVsActual,
      path: 'threePublic.reasons.total.budgetVsActual',
      what: '“三公”经费决算数与预算数不同的原因',
    })}`;

  const itemChanges = list
    .map((i) =>
      i.a === i.last ? `${i.name}支出决算与${y - 1}年度持平` : `${i.name}支出决算${moved(i.a, i.last)}`,
    )
    .join('；');
  const whys = list
    .filter((i) => i.a !== i.last)
    .map((i) => {
      const why = w.need(
        d.reasons[i.key]?.change,
        `threePublic.reasons.${i.key}.change`,
        `${i.name}与上年相比增减的原因`,
      );
      return `${i.name}支出${i.a > i.last ? '增加' : '减少'}的主要原因是${why}。`;
    })
    .join('');
  const totalChange =
    a.total === last.total
      ? `${y}年度“三公”经费财政拨款支出决算数与${y - 1}年度持平`
      : `${y}年度“三公”经费财政拨款支出决算数比${y - 1}年度${moved(a.total, last.total)}`;
  const changeText = `${totalChange}，其中：${itemChanges}。${whys}`;

  const cn = d.counts;
  const detail: string[] = [];
  detail.push(
    a.total === 0
      ? `${y}年度“三公”经费财政拨款支出决算为0.00万元。具体情况如下：`
      : `“三公”经费财政拨款支出决算中，${list
          .map((i) => `${i.name}支出决算${m(i.a)}万元，占${pct(i.a, a.total) ?? '0.00'}%`)
          .join('；')}。具体情况如下：`,
  );
  detail.push(
    `1、因公出国（境）费支出${m(a.overseas)}万元。全年安排因公出国（境）团组${cn.overseasGroups}个、累计${cn.overseasPersons}人次。` +
      (a.overseas === 0
        ? ''
        : `开支内容包括：${w.need(d.uses.overseas, 'threePublic.uses.overseas', '因公出国（境）开支内容')}。`),
  );
  detail.push(`2、公务用车购置及运行维护费支出${m(a.vehicle)}万元。其中：`);
  detail.push(
    a.vehiclePurchase === 0
      ? `公务用车购置支出为0.00万元，${y}年度未购置公务用车。`
      : `公务用车购置支出为${m(a.vehiclePurchase)}万元。主要用于${w.need(
          d.uses.vehiclePurchase,
          'threePublic.uses.vehiclePurchase',
          '公务用车购置费主要用途',
        )}，购置（更新）公务用车${cn.vehiclesPurchased}辆。`,
  );
  const owner = unitWord === '本单位' ? dept : `${dept}所属各预算单位`;
  detail.push(
    `公务用车运行维护支出${m(a.vehicleOperation)}万元。` +
      (a.vehicleOperation === 0
        ? ''
        : `主要用于${w.need(d.uses.vehicle, 'threePublic.uses.vehicle', '公务用车运行维护费用途')}。`) +
      `${y}年，${owner}开支财政拨款的公务用车保有量为${cn.fleet}辆。`,
  );
  if (a.reception === 0) {
    detail.push(`3、公务接待费支出0.00万元。${y}年度未发生公务接待。`);
  } else {
    detail.push('3、公务接待费支出' + `${m(a.reception)}万元。其中：`);
    const foreign = d.foreignReception;
    const fg = cn.foreignReceptionGroups;
    const fp = cn.foreignReceptionPersons;
    const missing: string[] = [];
    if (foreign === undefined) missing.push('threePublic.foreignReception');
    if (fg === undefined) missing.push('threePublic.counts.foreignReceptionGroups');
    if (fp === undefined) missing.push('threePublic.counts.foreignReceptionPersons');
    for (const path of missing)
      w.problems.push({
        path,
        message: '缺少外宾接待支出及批次、人次（全国/上海11节模板必填，没有外宾接待填 0）',
      });
    const foreignAmount = money(foreign);
    if (foreignAmount > a.reception)
      w.problems.push({
        path: 'threePublic.foreignReception',
        message: `外宾接待支出 ${m(foreignAmount)} 大于公务接待费决算 ${m(a.reception)}`,
      });
    if ((fg ?? 0) > cn.receptionGroups || (fp ?? 0) > cn.receptionPersons)
      w.problems.push({
        path: 'threePublic.counts.foreignReceptionGroups',
        message: '接待外宾批次、人次不能大于公务接待批次、人次',
      });
    const use = w.need(d.uses.reception, 'threePublic.uses.reception', '公务接待主要内容');
    detail.push(
      `国内公务接待支出${m(a.reception)}万元（含外宾接待支出${m(foreignAmount)}万元）。主要用于${use}，公务接待${cn.receptionGroups}批次、${cn.receptionPersons}人次，其中：接待外宾${fg ?? 0}批次、${fp ?? 0}人次。`,
    );
  }
  return {
    heading,
    paragraphs: [],
    subsections: [
      { heading: '（一）“三公”经费财政拨款支出决算总体情况说明', paragraphs: [budgetText, changeText] },
      { heading: '（二）“三公”经费财政拨款支出决算具体情况说明', paragraphs: detail },
    ],
  };
}

function performance(w: Writer, dept: string, unitWord: string): GenSection {
  const heading = '十、预算绩效管理情况';
  const y = w.c.year;
  const p = w.c.data.performanceManagement;
  if (!p) {
    w.problems.push({
      path: 'performanceManagement',
      message:
        '缺少预算绩效管理情况（制度、机制、绩效目标/跟踪/自评项目数和金额、评级、问题整改，全国/上海11节模板必填）',
    });
    return { heading, paragraphs: [], subsections: [] };
  }
  const s = p.selfEvaluation;
  if (s.excellent + s.good + s.pass + s.fail !== s.projects)
    w.problems.push({
      path: 'performanceManagement.selfEvaluation.projects',
      message: `绩效自评项目 ${s.projects} 个 ≠ 评级为优、良、合格、不合格的项目之和 ${s.excellent + s.good + s.pass + s.fail} 个`,
    });
  if (s.rectified + s.rectifying !== s.problems)
    w.problems.push({
      path: 'performanceManagement.selfEvaluation.problems',
      message: `绩效自评发现问题 ${s.problems} 个 ≠ 已完成整改 ${s.rectified} 个 + 正在整改 ${s.rectifying} 个`,
    });
  const score = String(s.averageScore);
  const systems = p.systems.replace(/[。；，]+$/, '');
  const mechanism = p.mechanism.replace(/[。；，]+$/, '').replace(/的?(预算绩效)?管理工作机制$/, '');
  return {
    heading,
    paragraphs: [
      `${dept}${y}年度预算绩效管理工作开展情况如下：${unitWord}建立了如下预算绩效管理制度：${systems}，建立了${mechanism}的预算绩效管理工作机制；全过程绩效管理实施情况：编报绩效目标的${y}年度项目${p.targets.projects}个，涉及预算金额${m(money(p.targets.amount))}万元；绩效跟踪评价的${y}年度项目${p.tracking.projects}个，涉及预算金额${m(money(p.tracking.amount))}万元；绩效自评的${y}年度项目${s.projects}个，涉及预算金额${m(money(s.amount))}万元，平均得分${score}分（其中，绩效评级为“优”的项目${s.excellent}个；绩效评级为“良”的项目${s.good}个；绩效评级为“合格”的项目${s.pass}个；绩效评级为“不合格”的项目${s.fail}个。绩效自评中共发现问题${s.problems}个，已经完成整改的${s.rectified}个，正在整改的${s.rectifying}个）。`,
    ],
    subsections: [],
  };
}

function otherMatters(w: Writer, dept: string, unitWord: string): GenSection {
  const c = w.c;
  const d = c.data;
  const y = c.year;

  // （一）机关运行经费
  const operating = money(d.operating);
  const lastOperating = money(d.lastYear.operating);
  const operatingText =
    operating === 0 && lastOperating === 0
      ? `${dept}${y}年度无机关运行经费支出。`
      : operating === lastOperating
        ? `机关运行经费支出${m(operating)}万元，与${y - 1}年度持平。`
        : `机关运行经费支出${m(operating)}万元，比${y - 1}年度${moved(operating, lastOperating)}。主要原因是${w.need(
            d.reasons.operating,
            'reasons.operating',
            '机关运行经费增减的原因',
          )}。`;

  // （二）政府采购
  const p = d.procurement;
  const goods = money(p.goods);
  const works = money(p.works);
  const services = money(p.services);
  const total = goods + works + services;
  const procurement = [
    `${dept}${y}年度政府采购金额（以合同签订为准）为${m(total)}万元，其中：货物采购金额${m(goods)}万元、工程采购金额${m(works)}万元、服务采购金额${m(services)}万元。`,
  ];
  const r = p.reserved;
  if (!r) {
    w.problems.push({
      path: 'procurement.reserved',
      message:
        '缺少面向中小企业、小微企业预留政府采购项目的预算金额和中标（成交）金额（全国/上海11节模板必填，没有的填 0）',
    });
  } else {
    const awarded = money(r.smeAwarded) + money(r.otherSmeAwarded);
    if (awarded > total)
      w.problems.push({
        path: 'procurement.reserved.smeAwarded',
        message: `由中小企业供应商中标或成交的采购金额 ${m(awarded)} 大于政府采购金额 ${m(total)}`,
      });
    procurement.push(
      `${y}年度${unitWord}面向中小企业预留政府采购项目预算金额${m(money(r.smeBudget))}万元，面向小微企业预留政府采购项目预算金额${m(money(r.microBudget))}万元。在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额${m(money(r.smeAwarded))}万元；在面向小微企业预留政府采购项目中，由小微企业供应商中标或成交的，采购金额${m(money(r.microAwarded))}万元；在其他政府采购项目中，由中小企业供应商中标或成交的，采购金额${m(money(r.otherSmeAwarded))}万元。`,
    );
  }

  // （三）国有资产
  const as = d.assets;
  const vehicles = as.vehicles.reduce((n, v) => n + v.count, 0);
  const vehicleList = as.vehicles.map((v) => `${v.category}${v.count}辆`).join('、');
  if (as.equipment === undefined)
    w.problems.push({
      path: 'assets.equipment',
      message: '缺少单价100万元（含）以上设备（不含车辆）台（套）数（全国/上海11节模板必填）',
    });
  const assets = `截至${y}年12月31日，${dept}共有车辆${vehicles}辆${vehicleList ? `，其中：${vehicleList}` : ''}。单价100万元（含）以上设备（不含车辆）${as.equipment ?? 0}台（套）。`;

  return {
    heading: '十一、其他重要事项的情况说明',
    paragraphs: [],
    subsections: [
      { heading: '（一）机关运行经费支出情况', paragraphs: [operatingText] },
      { heading: '（二）政府采购支出情况', paragraphs: procurement },
      { heading: '（三）国有资产占有使用情况说明', paragraphs: [assets] },
    ],
  };
}

/** The 11 sections of the national / Shanghai 情况说明, and the facts that were missing. */
export function writeNationalNarrative(c: Computed): { sections: GenSection[]; problems: Problem[] } {
  const w = new Writer(c);
  const d = c.data;
  const y = c.year;
  const dept = d.settings.department;
  const unitWord = d.settings.selfName ?? (d.settings.entityKind === 'unit' ? '本单位' : '本部门');
  const sections: GenSection[] = [];
  const plain = (heading: string, paragraphs: string[]): void => {
    sections.push({ heading, paragraphs, subsections: [] });
  };

  // 一 【总体】
  const total = c.summary.grandTotal;
  plain('一、收入支出决算总体情况说明', [
    `${dept}${y}年度收入支出总计${m(total)}万元。${compared(
      w,
      '收入支出总计',
      total,
      money(d.lastYear.total),
      {
        text: d.reasons.total,
        path: 'reasons.total',
        what: '收入支出总计增减的原因',
      },
    )}`,
  ]);

  // 二 【收入】 三 【支出】 — only the sources and kinds that occur
  const inc = c.income.total;
  const incTotal = inc[0] ?? 0;
  const incomeNote = d.incomeNote ? `，${d.incomeNote.replace(/[。；]+$/, '')}` : '';
  plain('二、收入决算情况说明', [
    incTotal === 0
      ? '本年收入合计0.00万元。'
      : `本年收入合计${m(incTotal)}万元，其中：${shareList(
          INCOME_SOURCES.map((name, i) => ({ name, value: inc[i + 1] ?? 0 })),
          incTotal,
        )}${incomeNote}。`,
  ]);
  const exp = c.expenditure.total;
  const expTotal = exp[0] ?? 0;
  plain('三、支出决算情况说明', [
    expTotal === 0
      ? '本年支出合计0.00万元。'
      : `本年支出合计${m(expTotal)}万元，其中：${shareList(
          EXPENDITURE_PARTS.map((name, i) => ({ name, value: exp[i + 1] ?? 0 })),
          expTotal,
        )}。`,
  ]);

  // 四 【财拨】
  plain('四、财政拨款收入支出决算总体情况说明', [
    `${dept}${y}年度财政拨款收入支出总计${m(c.fiscal.grandTotal)}万元。${compared(
      w,
      '财政拨款收入支出总计',
      c.fiscal.grandTotal,
      money(d.lastYear.fiscalTotal),
      { text: d.reasons.fiscalTotal, path: 'reasons.fiscalTotal', what: '财政拨款收入支出总计增减的原因' },
    )}`,
  ]);

  // 五 【一般公共】
  const g = c.general.total[0] ?? 0;
  const budgetTotal = c.generalBudget.total[0] ?? 0;
  const share = pct(g, expTotal);
  const classes = [...c.general.classes]
    .filter(([, v]) => (v[0] ?? 0) !== 0)
    .map(([code, v]) => `${nameOf(code, y)}（类）${m(v[0] ?? 0)}万元，占${pct(v[0] ?? 0, g) ?? '0.00'}%`);
  const facts = new Map(
    d.generalBudget.map((r, i) => [
      r.code,
      { budget: money(r.initialBudget), reason: r.reason, purpose: r.purpose, path: `generalBudget[${i}]` },
    ]),
  );
  const opening =
    `一般公共预算财政拨款支出年初预算为${m(budgetTotal)}万元，支出决算为${m(g)}万元` +
    (budgetTotal === 0 ? '。' : `，完成年初预算的${pct(g, budgetTotal) ?? '0.00'}%。`) +
    versusBudget(w, g, budgetTotal, {
      text: d.reasons.generalBudget,
      path: 'reasons.generalBudget',
      what: '一般公共预算财政拨款支出决算数与年初预算数不同的原因',
    });
  const itemTexts = items(w, c.general, facts, 0);
  sections.push({
    heading: '五、一般公共预算财政拨款支出决算情况说明',
    paragraphs: [],
    subsections: [
      {
        heading: '（一）一般公共预算财政拨款支出决算总体情况',
        paragraphs: [
          `一般公共预算财政拨款支出${m(g)}万元${share === null ? '' : `，占本年支出合计的${share}%`}。${compared(
            w,
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
            ? `${dept}${y}年度无一般公共预算财政拨款支出。`
            : `一般公共预算财政拨款支出${m(g)}万元，主要用于以下方面：${classes.join('；')}。`,
        ],
      },
      {
        heading: '（三）一般公共预算财政拨款支出决算具体情况',
        paragraphs: [itemTexts.length > 0 ? `${opening}其中：` : opening, ...itemTexts],
      },
    ],
  });

  // 六 【基本】 — names only, as the SH template lists them
  const basic = c.general.total[1] ?? 0;
  const names = (lines: readonly { code: string; label: string; value: number }[], groups: RegExp): string =>
    lines
      .filter((l) => l.code.length === 5 && groups.test(l.code) && l.value !== 0)
      .map((l) => l.label)
      .join('、');
  const personnel = names(c.basic.personnel, /^30[13]/);
  const publicItems = names([...c.basic.goods, ...c.basic.capital], /^(302|307|310|399)/);
  const part = (name: string, value: number, list: string): string =>
    `${name}${m(value)}万元${list ? `，主要包括：${list}` : ''}`;
  plain('六、一般公共预算财政拨款基本支出决算情况说明', [
    `一般公共预算财政拨款基本支出${m(basic)}万元。其中：${part('人员经费', c.basic.personnelTotal, personnel)}；${part('公用经费', c.basic.publicTotal, publicItems)}。`,
  ]);

  // 七 【三公】
  sections.push(threePublic(w, dept, unitWord));

  // 八 【基金】
  const fund = c.fund.total;
  const fundFacts = new Map(
    d.governmentFund.map((r, i) => [
      r.code,
      { budget: money(r.initialBudget), reason: r.reason, purpose: r.purpose, path: `governmentFund[${i}]` },
    ]),
  );
  const fundItems = items(w, c.fund, fundFacts, 2);
  const carry =
    (fund[0] ?? 0) === 0 && (fund[5] ?? 0) === 0
      ? ''
      : `年初结转和结余${m(fund[0] ?? 0)}万元，年末结转和结余${m(fund[5] ?? 0)}万元。`;
  plain(
    '八、政府性基金预算财政拨款收入支出决算情况说明',
    fund.every((v) => v === 0)
      ? [`${dept}${y}年度无政府性基金预算财政拨款收入和支出。`]
      : [
          `政府性基金预算财政拨款收入${m(fund[1] ?? 0)}万元，支出${m(fund[2] ?? 0)}万元${
            fundItems.length > 0
              ? `，${carry ? `${carry.replace(/。$/, '')}，` : ''}支出具体情况如下：`
              : `。${carry}`
          }`,
          ...fundItems,
        ],
  );

  // 九 【国资】
  const cap = c.capital.total[0] ?? 0;
  const capIncome = c.fiscal.income.capital;
  plain('九、国有资本经营预算财政拨款收入支出决算情况说明', [
    cap === 0 && capIncome === 0
      ? `${dept}${y}年度无国有资本经营预算财政拨款收入和支出。`
      : `国有资本经营预算财政拨款收入${m(capIncome)}万元，支出${m(cap)}万元，其中基本支出${m(c.capital.total[1] ?? 0)}万元，项目支出${m(c.capital.total[2] ?? 0)}万元。`,
  ]);

  // 十 【绩效】 十一 【其他】（运行经费、采购、资产）
  sections.push(performance(w, dept, unitWord));
  sections.push(otherMatters(w, dept, unitWord));

  return { sections, problems: w.problems };
}
