/**
 * The disclosure as plain text in the layout of published Hunan disclosures (tab-separated tables, numbered parts
 * and sections) — the layout juesuan's own text reader parses, so every build can be read back and audited. Each
 * output line remembers the data it came from, so that a finding on the output points back at the input.
 */
import { formatHundredths } from '../model/amount.ts';
import type { Computed, GenRow } from './compute.ts';
import { chineseNumber } from './compute.ts';
import type { GenSection } from './narrative.ts';
import { GLOSSARY } from './glossary.ts';

export interface RenderedText {
  readonly text: string;
  /** 1-based output line → what it shows: a data path ("generalBudget[2]") or a description of a derived line. */
  readonly origins: ReadonlyMap<number, string>;
}

class Out {
  readonly lines: string[] = [];
  readonly origins = new Map<number, string>();
  line(text = '', origin?: string): void {
    this.lines.push(text);
    if (origin) this.origins.set(this.lines.length, origin);
  }
  para(text: string, origin?: string): void {
    this.line(text, origin);
    this.line();
  }
}

const cell = (v: number | null | undefined): string =>
  v === null || v === undefined || v === 0 ? '' : formatHundredths(v);
const always = (v: number): string => formatHundredths(v);

interface TableNames {
  readonly threePublic: string;
  readonly fund: string;
  readonly capital: string;
  /** Printed numbers of 三公/基金/国资 for the table order. */
  readonly numbers: { threePublic: string; fund: string; capital: string };
}

function tableNames(c: Computed): TableNames {
  const old = c.data.settings.tableOrder === 'old';
  return {
    threePublic: old ? '一般公共预算财政拨款“三公”经费支出决算表' : '财政拨款“三公”经费支出决算表',
    fund: '政府性基金预算财政拨款收入支出决算表',
    capital: '国有资本经营预算财政拨款支出决算表',
    numbers: old
      ? { threePublic: '07', fund: '08', capital: '09' }
      : { threePublic: '09', fund: '07', capital: '08' },
  };
}

function tableHead(out: Out, c: Computed, title: string, number: string): void {
  out.para(title);
  out.para(`公开 ${number} 表`);
  out.para(`部门：${c.data.settings.department}`);
  out.para('单位：万元');
}

function functionRows(out: Out, rows: readonly GenRow[], origin: (r: GenRow) => string | undefined): void {
  for (const r of rows) out.line([r.code ?? '', r.label, ...r.values.map(cell)].join('\t'), origin(r));
}

function summaryTable(out: Out, c: Computed): void {
  tableHead(out, c, '收入支出决算总表', '01');
  const k = c.classList.length;
  const inc = c.income.total;
  const left: [string, number | null][] = [
    ['一、一般公共预算财政拨款收入', c.fiscal.income.general],
    ['二、政府性基金预算财政拨款收入', c.fiscal.income.fund],
    ['三、国有资本经营预算财政拨款收入', c.fiscal.income.capital],
    ['四、上级补助收入', inc[2] ?? 0],
    ['五、事业收入', inc[3] ?? 0],
    ['六、经营收入', inc[4] ?? 0],
    ['七、附属单位上缴收入', inc[5] ?? 0],
    ['八、其他收入', inc[6] ?? 0],
  ];
  out.line('收入\t\t\t支出\t\t');
  out.line('项 目\t行次\t决算数\t项 目\t行次\t决算数');
  out.line('栏 次\t\t1\t栏 次\t\t2');
  for (let i = 0; i < k; i++) {
    const l = left[i];
    const cls = c.classList[i];
    const value = cls ? (c.expenditure.classes.get(cls.code)?.[0] ?? 0) : 0;
    out.line(
      [l?.[0] ?? '', String(i + 1), cell(l?.[1]), cls?.label ?? '', String(k + 6 + i), cell(value)].join(
        '\t',
      ),
      i < 8 ? 'income, balances（01表 由 02表、05表、结转结余推得）' : 'expenditure（01表 由 03表 按类汇总）',
    );
  }
  const s = c.summary;
  const rows: [string, number, string, number][] = [
    ['本年收入合计', s.incomeTotal, '本年支出合计', s.expenditureTotal],
    ['使用非财政拨款结余', s.nonFiscalBalanceUsed, '结余分配', s.surplusDistribution],
    ['年初结转和结余', s.carryIn, '年末结转和结余', s.carryOut],
  ];
  rows.forEach(([a, av, b, bv], i) => {
    out.line([a, String(k + 1 + i), cell(av), b, String(2 * k + 6 + i), cell(bv)].join('\t'), 'balances');
  });
  out.line(['', String(k + 4), '', '', String(2 * k + 9), ''].join('\t'));
  out.line(
    ['总计', String(k + 5), always(s.grandTotal), '总计', String(2 * k + 10), always(s.grandTotal)].join(
      '\t',
    ),
    'balances',
  );
  out.line();
  out.line('注：1. 本表反映部门本年度的总收支和年末结转结余情况。');
  out.para('2. 本套报表金额单位转换时可能存在尾数误差。');
}

function incomeTable(out: Out, c: Computed): void {
  tableHead(out, c, '收入决算表', '02');
  out.line(
    '项 目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入',
  );
  out.line('功能分类科目编码\t科目名称\t\t\t\t\t\t\t');
  out.line('栏次\t\t1\t2\t3\t4\t5\t6\t7');
  out.line(['合计', '', ...c.income.total.map(cell)].join('\t'), 'income');
  functionRows(out, c.income.rows, (r) => r.path ?? 'income');
  out.line();
  out.para('注：本表反映部门本年度取得的各项收入情况。');
}

function expenditureTable(out: Out, c: Computed): void {
  tableHead(out, c, '支出决算表', '03');
  out.line('项 目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\t经营支出\t对附属单位补助支出');
  out.line('功能分类科目编码\t科目名称\t\t\t\t\t\t');
  out.line('栏次\t\t1\t2\t3\t4\t5\t6');
  out.line(['合计', '', ...c.expenditure.total.map(cell)].join('\t'), 'expenditure');
  functionRows(out, c.expenditure.rows, (r) => r.path ?? 'expenditure');
  out.line();
  out.para('注：本表反映部门本年度各项支出情况。');
}

function fiscalTable(out: Out, c: Computed): void {
  tableHead(out, c, '财政拨款收入支出决算总表', '04');
  const k = c.classList.length;
  const f = c.fiscal;
  out.line('收入\t\t\t支出\t\t\t\t\t');
  out.line(
    '项 目\t行次\t金额\t项 目\t行次\t合计\t一般公共预算财政拨款\t政府性基金预算财政拨款\t国有资本经营预算财政拨款',
  );
  out.line('栏 次\t\t1\t栏 次\t\t2\t3\t4\t5');
  const left: [string, number][] = [
    ['一、一般公共预算财政拨款', f.income.general],
    ['二、政府性基金预算财政拨款', f.income.fund],
    ['三、国有资本经营预算财政拨款', f.income.capital],
  ];
  for (let i = 0; i < k; i++) {
    const l = left[i];
    const cls = c.classList[i];
    const g = cls ? (c.general.classes.get(cls.code)?.[0] ?? 0) : 0;
    const fu = cls ? (c.fund.classes.get(cls.code)?.[2] ?? 0) : 0;
    const ca = cls ? (c.capital.classes.get(cls.code)?.[0] ?? 0) : 0;
    out.line(
      [
        l?.[0] ?? '',
        String(i + 1),
        cell(l?.[1]),
        cls?.label ?? '',
        String(k + 7 + i),
        cell(g + fu + ca),
        cell(g),
        cell(fu),
        cell(ca),
      ].join('\t'),
      '04表 由 05表、基金表、国资表按类汇总，收入由支出与结转结余推得',
    );
  }
  const by = (o: { total: number; general: number; fund: number; capital: number }): string[] => [
    cell(o.total),
    cell(o.general),
    cell(o.fund),
    cell(o.capital),
  ];
  out.line(
    [
      '本年收入合计',
      String(k + 1),
      cell(f.income.total),
      '本年支出合计',
      String(2 * k + 7),
      ...by(f.spending),
    ].join('\t'),
    'balances',
  );
  out.line(
    [
      '年初财政拨款结转和结余',
      String(k + 2),
      cell(f.carryIn.total),
      '年末财政拨款结转和结余',
      String(2 * k + 8),
      ...by(f.carryOut),
    ].join('\t'),
    'balances',
  );
  const subs: [string, number][] = [
    ['一般公共预算财政拨款', f.carryIn.general],
    ['政府性基金预算财政拨款', f.carryIn.fund],
    ['国有资本经营预算财政拨款', f.carryIn.capital],
  ];
  subs.forEach(([label, v], i) => {
    out.line(
      [label, String(k + 3 + i), cell(v), '', String(2 * k + 9 + i), '', '', '', ''].join('\t'),
      'balances.carryIn',
    );
  });
  const grand = {
    total: f.grandTotal,
    general: f.spending.general + f.carryOut.general,
    fund: f.spending.fund + f.carryOut.fund,
    capital: f.spending.capital + f.carryOut.capital,
  };
  out.line(
    ['总计', String(k + 6), always(f.grandTotal), '总计', String(2 * k + 12), ...by(grand)].join('\t'),
    'balances',
  );
  out.line();
  out.para(
    '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  );
}

function generalTable(out: Out, c: Computed): void {
  tableHead(out, c, '一般公共预算财政拨款支出决算表', '05');
  out.line('项 目\t\t本年支出\t\t');
  out.line('功能分类科目编码\t科目名称\t小计\t基本支出\t项目支出');
  out.line('栏次\t\t1\t2\t3');
  out.line(['合计', '', ...c.general.total.map(cell)].join('\t'), 'generalBudget');
  functionRows(out, c.general.rows, (r) => r.path ?? 'generalBudget');
  out.line();
  out.para('注：本表反映部门本年度一般公共预算财政拨款支出情况。');
}

function basicTable(out: Out, c: Computed): void {
  tableHead(out, c, '一般公共预算财政拨款基本支出决算表', '06');
  out.line('人员经费\t\t\t公用经费\t\t\t\t\t');
  out.line(
    '经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数\t经济分类科目编码\t科目名称\t决算数',
  );
  const b = c.basic;
  const n = Math.max(b.personnel.length, b.goods.length, b.capital.length);
  for (let i = 0; i < n; i++) {
    const cols = [b.personnel[i], b.goods[i], b.capital[i]].flatMap((l) =>
      l ? [l.code, l.label, cell(l.value)] : ['', '', ''],
    );
    const path = [b.personnel[i], b.goods[i], b.capital[i]].find((l) => l?.path)?.path ?? 'basicEconomic';
    out.line(cols.join('\t').replace(/\t+$/, ''), path);
  }
  out.line(
    [
      '人员经费合计',
      '',
      always(b.personnelTotal),
      '公用经费合计',
      '',
      '',
      '',
      '',
      always(b.publicTotal),
    ].join('\t'),
    'basicEconomic',
  );
  out.line();
  out.para('注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。');
}

function threePublicTable(out: Out, c: Computed, names: TableNames): void {
  tableHead(out, c, names.threePublic, names.numbers.threePublic);
  const b = c.threePublicBudget;
  const a = c.threePublicActual;
  out.line('预算数\t\t\t\t\t\t决算数\t\t\t\t\t');
  out.line(
    '合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费\t合计\t因公出国（境）费\t公务用车购置及运行维护费\t\t\t公务接待费',
  );
  out.line('\t\t小计\t公务用车购置费\t公务用车运行维护费\t\t\t\t小计\t公务用车购置费\t公务用车运行维护费\t');
  out.line('1\t2\t3\t4\t5\t6\t7\t8\t9\t10\t11\t12');
  out.line(
    [b, a]
      .flatMap((f) => [f.total, f.overseas, f.vehicle, f.vehiclePurchase, f.vehicleOperation, f.reception])
      .map(always)
      .join('\t'),
    'threePublic',
  );
  out.line();
  const scope = c.data.settings.tableOrder === 'old' ? '一般公共预算财政拨款' : '财政拨款';
  out.line(
    `注：本表反映部门本年度${scope === '财政拨款' ? '财政拨款' : ''}“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年${scope}和以前年度结转资金安排的实际支出。`,
  );
  if (b.total === 0 && a.total === 0)
    out.line(`说明：${c.data.settings.department}没有“三公”经费预算和支出，故本表无数据。`);
  out.line();
}

function fundTable(out: Out, c: Computed, names: TableNames): void {
  tableHead(out, c, names.fund, names.numbers.fund);
  out.line('项 目\t\t年初结转和结余\t本年收入\t本年支出\t\t\t年末结转和结余');
  out.line('功能分类科目编码\t科目名称\t\t\t小计\t基本支出\t项目支出\t');
  out.line('栏次\t\t1\t2\t3\t4\t5\t6');
  out.line(['合计', '', ...c.fund.total.map(cell)].join('\t').replace(/\t+$/, ''), 'governmentFund');
  functionRows(out, c.fund.rows, (r) => r.path ?? 'governmentFund');
  out.line();
  out.line('注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。');
  if (c.fund.rows.length === 0)
    out.line(
      `说明：${c.data.settings.department}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`,
    );
  out.line();
}

function capitalTable(out: Out, c: Computed, names: TableNames): void {
  tableHead(out, c, names.capital, names.numbers.capital);
  out.line('项 目\t\t本年支出\t\t');
  out.line('功能分类科目编码\t科目名称\t合计\t基本支出\t项目支出');
  out.line('栏次\t\t1\t2\t3');
  out.line(['合计', '', ...c.capital.total.map(cell)].join('\t').replace(/\t+$/, ''), 'stateCapital');
  functionRows(out, c.capital.rows, (r) => r.path ?? 'stateCapital');
  out.line();
  out.line('注：本表反映部门本年度国有资本经营预算财政拨款支出情况。');
  if (c.capital.rows.length === 0)
    out.line(`说明：${c.data.settings.department}没有使用国有资本经营预算安排的支出，故本表无数据。`);
  out.line();
}

function section(out: Out, s: GenSection, origin: string): void {
  out.para(s.heading, origin);
  for (const p of s.paragraphs) out.para(p, origin);
  for (const sub of s.subsections) {
    out.para(sub.heading, origin);
    for (const p of sub.paragraphs) out.para(p, origin);
  }
}

/** Render the whole disclosure. */
export function renderText(c: Computed, narrative: readonly GenSection[]): RenderedText {
  const out = new Out();
  const d = c.data;
  const dept = d.settings.department;
  const kind = d.settings.entityKind === 'unit' ? '单位' : '部门';
  const y = c.year;
  const names = tableNames(c);
  const tablesInOrder =
    d.settings.tableOrder === 'old'
      ? [names.threePublic, names.fund, names.capital]
      : [names.fund, names.capital, names.threePublic];

  out.line();
  out.line(`**${y}年度`);
  out.line(dept);
  out.para(`${kind}决算**`);
  out.para('目录');
  out.para(`第一部分${dept}概况`);
  out.line('- 一、部门职责');
  out.para('- 二、机构设置');
  out.para(`第二部分${y}年度${kind}决算表`);
  [
    '收入支出决算总表',
    '收入决算表',
    '支出决算表',
    '财政拨款收入支出决算总表',
    '一般公共预算财政拨款支出决算表',
    '一般公共预算财政拨款基本支出决算表',
    ...tablesInOrder,
  ].forEach((t, i) => {
    out.line(`- ${chineseNumber(i + 1)}、${t}`);
  });
  out.line();
  out.para(`第三部分${y}年度${kind}决算情况说明`);
  for (const s of narrative) out.line(`- ${s.heading}`);
  out.line();
  out.para('第四部分名词解释');
  out.para('第五部分附件');

  // 第一部分 概况
  out.para('第一部分');
  out.para(`${dept}概况`);
  out.para('一、部门职责');
  out.para(d.overview.dutiesIntro, 'overview.dutiesIntro');
  d.overview.duties.forEach((duty, i) => {
    out.para(
      `（${chineseNumber(i + 1)}）${duty.replace(/^[（(][一二三四五六七八九十]+[）)]/, '')}`,
      `overview.duties[${i}]`,
    );
  });
  out.para('二、机构设置及决算单位构成');
  out.para(`（一）内设机构设置。${d.overview.organization}`, 'overview.organization');
  out.para(
    `（二）决算单位构成。${dept}${y}年${kind}决算汇总公开单位构成包括：${d.overview.units.join('；')}。`,
    'overview.units',
  );

  // 第二部分 决算表
  out.para('第二部分');
  out.para(`${kind}决算表`);
  summaryTable(out, c);
  incomeTable(out, c);
  expenditureTable(out, c);
  fiscalTable(out, c);
  generalTable(out, c);
  basicTable(out, c);
  for (const t of tablesInOrder) {
    if (t === names.threePublic) threePublicTable(out, c, names);
    else if (t === names.fund) fundTable(out, c, names);
    else capitalTable(out, c, names);
  }

  // 第三部分 情况说明
  out.para('第三部分');
  out.para(`${y}年度${kind}决算情况说明`);
  for (const s of narrative) section(out, s, `情况说明“${s.heading}”`);

  // 第四部分 名词解释
  out.para('第四部分');
  out.para('名词解释');
  GLOSSARY.forEach(([term, definition], i) => {
    out.para(`${chineseNumber(i + 1)}、${term}：${definition}`);
  });

  // 第五部分 附件
  out.para('第五部分');
  out.para('附 件');
  out.para(d.annex.title, 'annex.title');
  d.annex.sections.forEach((s, i) => {
    out.para(
      `${chineseNumber(i + 1)}、${s.heading.replace(/^[一二三四五六七八九十]+、/, '')}`,
      `annex.sections[${i}]`,
    );
    s.paragraphs.forEach((p, j) => {
      out.para(p, `annex.sections[${i}].paragraphs[${j}]`);
    });
  });

  return { text: `${out.lines.join('\n').replace(/\n+$/, '')}\n`, origins: out.origins };
}
