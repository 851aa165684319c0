/**
 * The disclosure as a format-neutral document: title, 目录, five parts of headings, paragraphs and tables (header
 * cells with their spans, body rows with the data they come from). Every renderer — text, HTML, later DOCX, XLSX
 * and PDF — draws this one structure, so all formats carry the same figures and words.
 */
import { formatHundredths } from '../model/amount.ts';
import type { Computed, GenRow } from './compute.ts';
import { chineseNumber, EXPENDITURE_PARTS, INCOME_SOURCES } from './compute.ts';
import { GLOSSARY } from './glossary.ts';
import type { GenSection } from './narrative.ts';

export interface HeaderCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export interface BodyRow {
  readonly cells: readonly string[];
  /** What the row shows: a data path ("generalBudget[2]") or a description of a derived row. */
  readonly origin?: string;
  /** A total or subtotal row (bold in rich formats). */
  readonly total?: boolean;
  /** Print without trailing empty cells (text layout of some published tables). */
  readonly trim?: boolean;
}

export interface GenTable {
  readonly kind: 'table';
  readonly number: string;
  readonly title: string;
  readonly department: string;
  readonly unit: string;
  /** Header rows; each lists only the cells that start in it (spans cover the rest). */
  readonly header: readonly (readonly HeaderCell[])[];
  readonly rows: readonly BodyRow[];
  /** Columns holding amounts (right-aligned, number format), 0-based. */
  readonly amountColumns: readonly number[];
  readonly notes: readonly string[];
  /**
   * A table printed as a grid under its title only, without 公开NN表 / 部门 / 单位 lines and header rows (the
   * 绩效自评表: its labels are cells of the body).
   */
  readonly plain?: boolean;
}

export interface GenParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly origin?: string;
}

export interface GenHeading {
  readonly kind: 'heading';
  readonly text: string;
  /** 1 = part title, 2 = section, 3 = sub-section. */
  readonly level: 1 | 2 | 3;
  readonly origin?: string;
}

/** A structure chart (drawn by the rich formats; the text layout has none). */
export interface GenChart {
  readonly kind: 'chart';
  readonly title: string;
  /** Parts in hundredths of 万元, printed order. */
  readonly items: readonly { name: string; value: number }[];
}

export type Block = GenTable | GenParagraph | GenHeading | GenChart;

export interface GenPart {
  /** "第一部分" … "第五部分". */
  readonly label: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface GenDocument {
  readonly year: number;
  readonly department: string;
  /** "部门" or "单位". */
  readonly kindWord: string;
  readonly toc: readonly { text: string; level: 1 | 2 }[];
  readonly parts: readonly GenPart[];
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

const h = (text: string, colSpan = 1, rowSpan = 1): HeaderCell => ({ text, colSpan, rowSpan });
const plainHeader = (...texts: string[]): HeaderCell[] => texts.map((t) => h(t));
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function table(
  c: Computed,
  number: string,
  title: string,
  header: HeaderCell[][],
  rows: BodyRow[],
  amountColumns: number[],
  notes: string[],
): GenTable {
  return {
    kind: 'table',
    number,
    title,
    department: c.data.settings.department,
    unit: '万元',
    header,
    rows,
    amountColumns,
    notes,
  };
}

function functionRows(rows: readonly GenRow[], fallback: string, trim = false): BodyRow[] {
  return rows.map((r) => ({
    cells: [r.code ?? '', r.label, ...r.values.map(cell)],
    origin: r.path ?? fallback,
    total: r.code !== null && r.code.length < 7,
    ...(trim ? { trim } : {}),
  }));
}

function summaryTable(c: Computed): GenTable {
  const k = c.classList.length;
  const inc = c.income.total;
  const left: [string, number][] = [
    ['一、一般公共预算财政拨款收入', c.fiscal.income.general],
    ['二、政府性基金预算财政拨款收入', c.fiscal.income.fund],
    ['三、国有资本经营预算财政拨款收入', c.fiscal.income.capital],
    ['四、上级补助收入', inc[2] ?? 0],
    ['五、事业收入', inc[3] ?? 0],
    ['六、经营收入', inc[4] ?? 0],
    ['七、附属单位上缴收入', inc[5] ?? 0],
    ['八、其他收入', inc[6] ?? 0],
  ];
  const rows: BodyRow[] = [];
  for (let i = 0; i < k; i++) {
    const l = left[i];
    const cls = c.classList[i];
    const value = cls ? (c.expenditure.classes.get(cls.code)?.[0] ?? 0) : 0;
    rows.push({
      cells: [l?.[0] ?? '', String(i + 1), cell(l?.[1]), cls?.label ?? '', String(k + 6 + i), cell(value)],
      origin:
        i < 8
          ? 'income, balances（01表 由 02表、05表、结转结余推得）'
          : 'expenditure（01表 由 03表 按类汇总）',
    });
  }
  const s = c.summary;
  const tail: [string, number, string, number][] = [
    ['本年收入合计', s.incomeTotal, '本年支出合计', s.expenditureTotal],
    ['使用非财政拨款结余', s.nonFiscalBalanceUsed, '结余分配', s.surplusDistribution],
    ['年初结转和结余', s.carryIn, '年末结转和结余', s.carryOut],
  ];
  tail.forEach(([a, av, b, bv], i) => {
    rows.push({
      cells: [a, String(k + 1 + i), cell(av), b, String(2 * k + 6 + i), cell(bv)],
      origin: 'balances',
      total: i === 0,
    });
  });
  rows.push({ cells: ['', String(k + 4), '', '', String(2 * k + 9), ''] });
  rows.push({
    cells: ['总计', String(k + 5), always(s.grandTotal), '总计', String(2 * k + 10), always(s.grandTotal)],
    origin: 'balances',
    total: true,
  });
  return table(
    c,
    '01',
    '收入支出决算总表',
    [
      [h('收入', 3), h('支出', 3)],
      plainHeader('项 目', '行次', '决算数', '项 目', '行次', '决算数'),
      [h('栏 次', 2), h('1'), h('栏 次', 2), h('2')],
    ],
    rows,
    [2, 5],
    ['注：1. 本表反映部门本年度的总收支和年末结转结余情况。', '2. 本套报表金额单位转换时可能存在尾数误差。'],
  );
}

function byFunctionHeader(first: HeaderCell[], second: string[], columns: number): HeaderCell[][] {
  return [
    [h('项 目', 2), ...first],
    [h('功能分类科目编码'), h('科目名称'), ...second.map((t) => h(t))],
    [h('栏次', 2), ...range(1, columns).map((n) => h(String(n)))],
  ];
}

function incomeTable(c: Computed): GenTable {
  const cols = ['本年收入合计', ...INCOME_SOURCES];
  return table(
    c,
    '02',
    '收入决算表',
    byFunctionHeader(
      cols.map((t) => h(t, 1, 2)),
      [],
      7,
    ),
    [
      { cells: ['合计', '', ...c.income.total.map(cell)], origin: 'income', total: true },
      ...functionRows(c.income.rows, 'income'),
    ],
    range(2, 8),
    ['注：本表反映部门本年度取得的各项收入情况。'],
  );
}

function expenditureTable(c: Computed): GenTable {
  const cols = ['本年支出合计', ...EXPENDITURE_PARTS];
  return table(
    c,
    '03',
    '支出决算表',
    byFunctionHeader(
      cols.map((t) => h(t, 1, 2)),
      [],
      6,
    ),
    [
      { cells: ['合计', '', ...c.expenditure.total.map(cell)], origin: 'expenditure', total: true },
      ...functionRows(c.expenditure.rows, 'expenditure'),
    ],
    range(2, 7),
    ['注：本表反映部门本年度各项支出情况。'],
  );
}

function fiscalTable(c: Computed): GenTable {
  const k = c.classList.length;
  const f = c.fiscal;
  const left: [string, number][] = [
    ['一、一般公共预算财政拨款', f.income.general],
    ['二、政府性基金预算财政拨款', f.income.fund],
    ['三、国有资本经营预算财政拨款', f.income.capital],
  ];
  const rows: BodyRow[] = [];
  for (let i = 0; i < k; i++) {
    const l = left[i];
    const cls = c.classList[i];
    const g = cls ? (c.general.classes.get(cls.code)?.[0] ?? 0) : 0;
    const fu = cls ? (c.fund.classes.get(cls.code)?.[2] ?? 0) : 0;
    const ca = cls ? (c.capital.classes.get(cls.code)?.[0] ?? 0) : 0;
    rows.push({
      cells: [
        l?.[0] ?? '',
        String(i + 1),
        cell(l?.[1]),
        cls?.label ?? '',
        String(k + 7 + i),
        cell(g + fu + ca),
        cell(g),
        cell(fu),
        cell(ca),
      ],
      origin: '04表 由 05表、基金表、国资表按类汇总，收入由支出与结转结余推得',
    });
  }
  const by = (o: { total: number; general: number; fund: number; capital: number }): string[] => [
    cell(o.total),
    cell(o.general),
    cell(o.fund),
    cell(o.capital),
  ];
  rows.push({
    cells: [
      '本年收入合计',
      String(k + 1),
      cell(f.income.total),
      '本年支出合计',
      String(2 * k + 7),
      ...by(f.spending),
    ],
    origin: 'balances',
    total: true,
  });
  rows.push({
    cells: [
      '年初财政拨款结转和结余',
      String(k + 2),
      cell(f.carryIn.total),
      '年末财政拨款结转和结余',
      String(2 * k + 8),
      ...by(f.carryOut),
    ],
    origin: 'balances',
  });
  const subs: [string, number][] = [
    ['一般公共预算财政拨款', f.carryIn.general],
    ['政府性基金预算财政拨款', f.carryIn.fund],
    ['国有资本经营预算财政拨款', f.carryIn.capital],
  ];
  subs.forEach(([label, v], i) => {
    rows.push({
      cells: [label, String(k + 3 + i), cell(v), '', String(2 * k + 9 + i), '', '', '', ''],
      origin: 'balances.carryIn',
    });
  });
  const grand = {
    total: f.grandTotal,
    general: f.spending.general + f.carryOut.general,
    fund: f.spending.fund + f.carryOut.fund,
    capital: f.spending.capital + f.carryOut.capital,
  };
  rows.push({
    cells: ['总计', String(k + 6), always(f.grandTotal), '总计', String(2 * k + 12), ...by(grand)],
    origin: 'balances',
    total: true,
  });
  return table(
    c,
    '04',
    '财政拨款收入支出决算总表',
    [
      [h('收入', 3), h('支出', 6)],
      plainHeader(
        '项 目',
        '行次',
        '金额',
        '项 目',
        '行次',
        '合计',
        '一般公共预算财政拨款',
        '政府性基金预算财政拨款',
        '国有资本经营预算财政拨款',
      ),
      [h('栏 次', 2), h('1'), h('栏 次', 2), h('2'), h('3'), h('4'), h('5')],
    ],
    rows,
    [2, 5, 6, 7, 8],
    [
      '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
    ],
  );
}

function generalTable(c: Computed): GenTable {
  return table(
    c,
    '05',
    '一般公共预算财政拨款支出决算表',
    byFunctionHeader([h('本年支出', 3)], ['小计', '基本支出', '项目支出'], 3),
    [
      { cells: ['合计', '', ...c.general.total.map(cell)], origin: 'generalBudget', total: true },
      ...functionRows(c.general.rows, 'generalBudget'),
    ],
    range(2, 4),
    ['注：本表反映部门本年度一般公共预算财政拨款支出情况。'],
  );
}

function basicTable(c: Computed): GenTable {
  const b = c.basic;
  const n = Math.max(b.personnel.length, b.goods.length, b.capital.length);
  const rows: BodyRow[] = [];
  for (let i = 0; i < n; i++) {
    const group = [b.personnel[i], b.goods[i], b.capital[i]];
    rows.push({
      cells: group.flatMap((l) => (l ? [l.code, l.label, cell(l.value)] : ['', '', ''])),
      origin: group.find((l) => l?.path)?.path ?? 'basicEconomic',
      trim: true,
    });
  }
  rows.push({
    cells: [
      '人员经费合计',
      '',
      always(b.personnelTotal),
      '公用经费合计',
      '',
      '',
      '',
      '',
      always(b.publicTotal),
    ],
    origin: 'basicEconomic',
    total: true,
  });
  const head = ['经济分类科目编码', '科目名称', '决算数'];
  return table(
    c,
    '06',
    '一般公共预算财政拨款基本支出决算表',
    [[h('人员经费', 3), h('公用经费', 6)], plainHeader(...head, ...head, ...head)],
    rows,
    [2, 5, 8],
    ['注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。'],
  );
}

function threePublicTable(c: Computed, names: TableNames): GenTable {
  const b = c.threePublicBudget;
  const a = c.threePublicActual;
  const block = (): HeaderCell[] => [
    h('合计', 1, 2),
    h('因公出国（境）费', 1, 2),
    h('公务用车购置及运行维护费', 3),
    h('公务接待费', 1, 2),
  ];
  const sub = ['小计', '公务用车购置费', '公务用车运行维护费'];
  const scope = c.data.settings.tableOrder === 'old' ? '一般公共预算财政拨款' : '财政拨款';
  const notes = [
    `注：本表反映部门本年度${scope === '财政拨款' ? '财政拨款' : ''}“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年${scope}和以前年度结转资金安排的实际支出。`,
  ];
  if (b.total === 0 && a.total === 0)
    notes.push(`说明：${c.data.settings.department}没有“三公”经费预算和支出，故本表无数据。`);
  return table(
    c,
    names.numbers.threePublic,
    names.threePublic,
    [
      [h('预算数', 6), h('决算数', 6)],
      [...block(), ...block()],
      [...sub, ...sub].map((t) => h(t)),
      range(1, 12).map((n) => h(String(n))),
    ],
    [
      {
        cells: [b, a]
          .flatMap((f) => [
            f.total,
            f.overseas,
            f.vehicle,
            f.vehiclePurchase,
            f.vehicleOperation,
            f.reception,
          ])
          .map(always),
        origin: 'threePublic',
      },
    ],
    range(0, 11),
    notes,
  );
}

function fundTable(c: Computed, names: TableNames): GenTable {
  const notes = ['注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。'];
  if (c.fund.rows.length === 0)
    notes.push(
      `说明：${c.data.settings.department}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。`,
    );
  return table(
    c,
    names.numbers.fund,
    names.fund,
    [
      [
        h('项 目', 2),
        h('年初结转和结余', 1, 2),
        h('本年收入', 1, 2),
        h('本年支出', 3),
        h('年末结转和结余', 1, 2),
      ],
      plainHeader('功能分类科目编码', '科目名称', '小计', '基本支出', '项目支出'),
      [h('栏次', 2), ...range(1, 6).map((n) => h(String(n)))],
    ],
    [
      { cells: ['合计', '', ...c.fund.total.map(cell)], origin: 'governmentFund', total: true, trim: true },
      ...functionRows(c.fund.rows, 'governmentFund'),
    ],
    range(2, 7),
    notes,
  );
}

function capitalTable(c: Computed, names: TableNames): GenTable {
  const notes = ['注：本表反映部门本年度国有资本经营预算财政拨款支出情况。'];
  if (c.capital.rows.length === 0)
    notes.push(`说明：${c.data.settings.department}没有使用国有资本经营预算安排的支出，故本表无数据。`);
  return table(
    c,
    names.numbers.capital,
    names.capital,
    byFunctionHeader([h('本年支出', 3)], ['合计', '基本支出', '项目支出'], 3),
    [
      { cells: ['合计', '', ...c.capital.total.map(cell)], origin: 'stateCapital', total: true, trim: true },
      ...functionRows(c.capital.rows, 'stateCapital'),
    ],
    range(2, 4),
    notes,
  );
}

/** The input each 情况说明 section is written from, so that a finding on it names the data to look at. */
const SECTION_SOURCES: readonly [RegExp, string][] = [
  // national / Shanghai 11 sections: 十 绩效 from counted facts, 十一 holds 运行经费, 采购 and 资产
  [/预算绩效管理情况/, 'performanceManagement'],
  [/其他重要事项的情况说明/, 'operating、lastYear.operating、reasons.operating、procurement、assets'],
  [/财政拨款收入支出决算总体/, 'lastYear.fiscalTotal、reasons.fiscalTotal'],
  [/收入支出决算总体/, 'lastYear.total、reasons.total'],
  [/收入决算/, 'income'],
  [/^三、支出决算/, 'expenditure'],
  [/基本支出/, 'basicEconomic'],
  [/三公/, 'threePublic'],
  [/一般公共预算财政拨款支出/, 'generalBudget、lastYear.generalExpenditure、reasons.generalExpenditure'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/机关运行经费/, 'operating、lastYear.operating、reasons.operating'],
  [/一般性支出/, 'generalSpending'],
  [/政府采购/, 'procurement'],
  [/国有资产/, 'assets'],
  [/绩效/, 'performance'],
  [/其他/, 'other'],
];

function sectionBlocks(s: GenSection, charts: ReadonlyMap<string, GenChart>): Block[] {
  const source = SECTION_SOURCES.find(([re]) => re.test(s.heading))?.[1];
  const origin = `${source ? `${source}（` : ''}情况说明“${s.heading}”${source ? '）' : ''}`;
  const chart = (heading: string): Block[] => {
    const c = charts.get(heading);
    // a chart of one slice says nothing the sentence does not
    return c && c.items.length > 1 ? [c] : [];
  };
  return [
    { kind: 'heading', text: s.heading, level: 2, origin },
    ...s.paragraphs.map((text): Block => ({ kind: 'paragraph', text, origin })),
    ...chart(s.heading),
    ...s.subsections.flatMap((sub): Block[] => [
      { kind: 'heading', text: sub.heading, level: 3, origin },
      ...sub.paragraphs.map((text): Block => ({ kind: 'paragraph', text, origin })),
      ...chart(sub.heading),
    ]),
  ];
}

/** Income by source, spending by 基本/项目, and 一般公共预算 spending by 类, placed after the sentences they show. */
function structureCharts(c: Computed): Map<string, GenChart> {
  const nonZero = (items: { name: string; value: number }[]): { name: string; value: number }[] =>
    items.filter((i) => i.value > 0);
  const inc = c.income.total;
  const exp = c.expenditure.total;
  return new Map<string, GenChart>([
    [
      '二、收入决算情况说明',
      {
        kind: 'chart',
        title: `${c.year}年度收入结构`,
        items: nonZero(INCOME_SOURCES.map((name, i) => ({ name, value: inc[i + 1] ?? 0 }))),
      },
    ],
    [
      '三、支出决算情况说明',
      {
        kind: 'chart',
        title: `${c.year}年度支出结构`,
        items: nonZero(EXPENDITURE_PARTS.map((name, i) => ({ name, value: exp[i + 1] ?? 0 }))),
      },
    ],
    [
      '（二）一般公共预算财政拨款支出决算结构情况',
      {
        kind: 'chart',
        title: `${c.year}年度一般公共预算财政拨款支出结构（按功能分类类级科目）`,
        items: nonZero(
          [...c.general.classes].map(([code, v]) => ({
            name:
              c.classList.find((x) => x.code === code)?.label.replace(/^[一二三四五六七八九十]+、/, '') ??
              code,
            value: v[0] ?? 0,
          })),
        ),
      },
    ],
  ]);
}

/** The whole disclosure as blocks. */
export function layoutDocument(c: Computed, narrative: readonly GenSection[]): GenDocument {
  const d = c.data;
  const dept = d.settings.department;
  const kindWord = d.settings.entityKind === 'unit' ? '单位' : '部门';
  const y = c.year;
  const names = tableNames(c);
  const extra =
    d.settings.tableOrder === 'old'
      ? [threePublicTable(c, names), fundTable(c, names), capitalTable(c, names)]
      : [fundTable(c, names), capitalTable(c, names), threePublicTable(c, names)];
  const tables = [
    summaryTable(c),
    incomeTable(c),
    expenditureTable(c),
    fiscalTable(c),
    generalTable(c),
    basicTable(c),
    ...extra,
  ];
  const charts = structureCharts(c);
  // the national / Shanghai template heads the 概况 "主要职能" and "部门决算单位构成" (a 单位 has its 机构设置)
  const national = d.settings.template === 'national-11';
  const duties = national ? '一、主要职能' : '一、部门职责';
  const composition = national
    ? kindWord === '单位'
      ? '二、机构设置'
      : '二、部门决算单位构成'
    : '二、机构设置及决算单位构成';
  const parts: GenPart[] = [
    {
      label: '第一部分',
      title: `${dept}概况`,
      blocks: [
        { kind: 'heading', text: duties, level: 2 },
        { kind: 'paragraph', text: d.overview.dutiesIntro, origin: 'overview.dutiesIntro' },
        ...d.overview.duties.map((duty, i): Block => ({
          kind: 'paragraph',
          text: `（${chineseNumber(i + 1)}）${duty.replace(/^[（(][一二三四五六七八九十]+[）)]/, '')}`,
          origin: `overview.duties[${i}]`,
        })),
        { kind: 'heading', text: composition, level: 2 },
        {
          kind: 'paragraph',
          text: `（一）内设机构设置。${d.overview.organization}`,
          origin: 'overview.organization',
        },
        {
          kind: 'paragraph',
          text: `（二）决算单位构成。${dept}${y}年${kindWord}决算汇总公开单位构成包括：${d.overview.units.join('；')}。`,
          origin: 'overview.units',
        },
      ],
    },
    { label: '第二部分', title: `${kindWord}决算表`, blocks: tables },
    {
      label: '第三部分',
      title: `${y}年度${kindWord}决算情况说明`,
      blocks: narrative.flatMap((s) => sectionBlocks(s, charts)),
    },
    {
      label: '第四部分',
      title: '名词解释',
      blocks: GLOSSARY.map(([term, definition], i): Block => ({
        kind: 'paragraph',
        text: `${chineseNumber(i + 1)}、${term}：${definition}`,
      })),
    },
    {
      label: '第五部分',
      title: '附 件',
      blocks: [
        { kind: 'heading', text: d.annex.title, level: 2, origin: 'annex.title' },
        ...d.annex.sections.flatMap((s, i): Block[] => [
          {
            kind: 'heading',
            text: `${chineseNumber(i + 1)}、${s.heading.replace(/^[一二三四五六七八九十]+、/, '')}`,
            level: 3,
            origin: `annex.sections[${i}]`,
          },
          ...s.paragraphs.map((text, j): Block => ({
            kind: 'paragraph',
            text,
            origin: `annex.sections[${i}].paragraphs[${j}]`,
          })),
        ]),
      ],
    },
  ];
  const toc: { text: string; level: 1 | 2 }[] = [
    { text: `第一部分${dept}概况`, level: 1 },
    { text: duties, level: 2 },
    { text: national ? composition : '二、机构设置', level: 2 },
    { text: `第二部分${y}年度${kindWord}决算表`, level: 1 },
    ...tables.map((t, i) => ({ text: `${chineseNumber(i + 1)}、${t.title}`, level: 2 as const })),
    { text: `第三部分${y}年度${kindWord}决算情况说明`, level: 1 },
    ...narrative.map((s) => ({ text: s.heading, level: 2 as const })),
    { text: '第四部分名词解释', level: 1 },
    { text: '第五部分附件', level: 1 },
  ];
  return { year: y, department: dept, kindWord, toc, parts };
}
