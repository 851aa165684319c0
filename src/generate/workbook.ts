/**
 * The preparer's workbook (编制数据.xlsx): `juesuan template` writes it — one sheet per detail table with 科目 offered
 * from the year's catalog as a drop-down, the 06 lines pre-filled, sheets of the facts the narrative needs, and four
 * sheets of 绩效自评表 (整体: its money and goals as fields, its indicators as rows; 项目: one row per project, and
 * one row per indicator naming its project, 一级/二级指标 and 项目名称 from drop-downs) — and
 * `juesuan build 数据.xlsx` reads it into the same data as the JSON, remembering the cell of every value so that a
 * refusal points at 'sheet'!A1.
 */
import ExcelJS from 'exceljs';
import { catalogEntries, lookupCode } from '../catalog/index.ts';
import { hunanVehicleCategories, VEHICLES_FROM_2023 } from '../catalog/vehicles.ts';
import { InputError } from '../ingest/errors.ts';
import { formatHundredths } from '../model/amount.ts';

type Kind =
  | 'text'
  | 'money'
  | 'count'
  | 'code7'
  | 'code5'
  | 'year'
  | 'entity'
  | 'order'
  | 'template'
  // 绩效自评表: 一级指标 (a fixed set), 二级指标 (the usual names offered, others allowed), 分值/得分, 项目名称
  | 'level1'
  | 'level2'
  | 'points'
  | 'project';

interface Field {
  readonly path: string;
  readonly label: string;
  readonly kind: Kind;
  readonly hint?: string;
}

interface Column {
  /** The field of a row; a dotted key ("funds.fiscal.executed") fills a nested object. */
  readonly key: string;
  readonly label: string;
  readonly kind: Kind;
  /** Shown as a comment on the header cell: what to type, and what the program computes instead. */
  readonly note?: string;
}

/** A sheet of rows (a detail table or a list); `path` is the data array it fills. */
interface TableSheet {
  readonly type: 'table';
  readonly name: string;
  readonly path: string;
  readonly columns: readonly Column[];
  readonly hint: string;
}

/** A sheet of labelled values, one per row. */
interface FieldSheet {
  readonly type: 'fields';
  readonly name: string;
  readonly fields: readonly Field[];
}

const money = (path: string, label: string, hint?: string): Field => ({
  path,
  label,
  kind: 'money',
  ...(hint ? { hint } : {}),
});
const text = (path: string, label: string, hint?: string): Field => ({
  path,
  label,
  kind: 'text',
  ...(hint ? { hint } : {}),
});
const count = (path: string, label: string): Field => ({ path, label, kind: 'count' });

const ENTITY: Record<string, string> = { 部门: 'department', 单位: 'unit' };
const ORDER: Record<string, string> = {
  '旧表序（07三公、08基金、09国资）': 'old',
  '新表序（07基金、08国资、09三公）': 'new',
};

const TEMPLATE: Record<string, string> = {
  '湖南15节（含国有资本经营预算、其他重要事项）': 'hunan-15',
  '湖南14节（无其他重要事项）': 'hunan-14',
  '湖南13节（无国有资本经营预算、其他重要事项）': 'hunan-13',
  '全国/上海11节（机关运行经费、政府采购、国有资产列入其他重要事项）': 'national-11',
};

const LEVEL1: Record<string, string> = {
  产出指标: '产出指标',
  效益指标: '效益指标',
  满意度指标: '满意度指标',
};

/** The option lists of the enumerated fields, Chinese option → data value. */
const OPTIONS: Partial<Record<Kind, Record<string, string>>> = {
  entity: ENTITY,
  order: ORDER,
  template: TEMPLATE,
  level1: LEVEL1,
};

/** The usual 二级指标 (财政部 共性指标框架); offered in the drop-down, other names are accepted. */
const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
] as const;

const PERF = 'performanceEvaluations';
const PERF_SHEETS = {
  overall: '整体绩效自评',
  overallIndicators: '整体绩效指标',
  projects: '项目绩效自评',
  projectIndicators: '项目绩效指标',
} as const;
/**
 * The 项目绩效指标 sheet lists the indicators of every project, each row naming its project; read into this
 * transient path, then moved under performanceEvaluations.projects[i].indicators.
 */
const PROJECT_INDICATORS = `${PERF}.projectIndicators`;

const FUND_SOURCES = [
  ['fiscal', '当年财政拨款'],
  ['carryOver', '上年结转资金'],
  ['other', '其他资金'],
] as const;
const FUND_COLUMNS = [
  ['initialBudget', '年初预算数'],
  ['adjustedBudget', '全年预算数'],
  ['executed', '全年执行数'],
] as const;

const SCORE_NOTE =
  '定量指标（≥、≤、=）和时间指标由程序按年度指标值与实际完成值计算，不填；定性指标（如“明显好转”）必填，在达成/部分达成/未达成的区间内打分；所填得分与程序计算不同时须填“得分理由”';

const INDICATOR_COLUMNS: readonly Column[] = [
  {
    key: 'level1',
    label: '一级指标',
    kind: 'level1',
    note: '从下拉列表选择：产出指标、效益指标、满意度指标',
  },
  { key: 'level2', label: '二级指标', kind: 'level2', note: '从下拉列表选择常用二级指标，也可填写其他名称' },
  { key: 'name', label: '三级指标', kind: 'text' },
  {
    key: 'target',
    label: '年度指标值',
    kind: 'text',
    note: '连同指标性质填写：≥2.5万亩、≤8.20万元、=100%（或100%）、2021年底；定性指标写“明显好转”等',
  },
  { key: 'actual', label: '实际完成值', kind: 'text' },
  { key: 'weight', label: '分值', kind: 'points', note: '预算执行分值与全部三级指标分值之和应为100' },
  { key: 'score', label: '得分', kind: 'points', note: SCORE_NOTE },
  { key: 'scoreReason', label: '得分理由', kind: 'text', note: '所填得分与程序计算的得分不同时必填' },
  {
    key: 'deviation',
    label: '偏差原因分析及改进措施',
    kind: 'text',
    note: '未达到年度指标值或得分低于分值时必填',
  },
];

const COMPUTED_HINT = '资金合计、执行率、预算执行得分、一级指标分值、总分和等级由程序计算，不填';

const fundFields = (prefix: string): Field[] =>
  FUND_SOURCES.flatMap(([source, sourceName]) =>
    FUND_COLUMNS.map(([col, colName], i) =>
      money(
        `${prefix}.funds.${source}.${col}`,
        `${sourceName} ${colName}`,
        i === 0 && source !== 'fiscal' ? '没有时三项都不填' : undefined,
      ),
    ),
  );

const fundColumns: readonly Column[] = FUND_SOURCES.flatMap(([source, sourceName]) =>
  FUND_COLUMNS.map(([col, colName]) => ({
    key: `funds.${source}.${col}`,
    label: `${sourceName} ${colName}`,
    kind: 'money' as const,
  })),
);

const CODE = { key: 'code', label: '科目编码', kind: 'code7' } as const;

export const SHEETS: readonly (TableSheet | FieldSheet)[] = [
  {
    type: 'fields',
    name: '基本设置',
    fields: [
      text('settings.department', '部门（单位）全称'),
      { path: 'settings.year', label: '决算年度', kind: 'year' },
      { path: 'settings.entityKind', label: '部门决算或单位决算', kind: 'entity' },
      { path: 'settings.tableOrder', label: '表序', kind: 'order' },
      { path: 'settings.template', label: '情况说明模板', kind: 'template' },
      text('settings.selfName', '说明中的自称', '如“本局”；可不填'),
      text('settings.publishedAt', '公开渠道', '如“青山县人民政府门户网站部门决算公开专栏”；可不填'),
      text('overview.dutiesIntro', '部门职责引言'),
      text('overview.organization', '内设机构设置及人员情况'),
      text('incomeNote', '收入来源补充说明', '如“为银行存款利息收入”；可不填'),
    ],
  },
  {
    type: 'table',
    name: '主要职责',
    path: 'overview.duties',
    columns: [{ key: '', label: '职责', kind: 'text' }],
    hint: '每行一条',
  },
  {
    type: 'table',
    name: '决算单位构成',
    path: 'overview.units',
    columns: [{ key: '', label: '单位名称', kind: 'text' }],
    hint: '每行一个纳入汇总的单位',
  },
  {
    type: 'table',
    name: '收入（02表）',
    path: 'income',
    hint: '每行一个项级科目；合计、类款汇总由程序计算',
    columns: [
      CODE,
      { key: 'fiscal', label: '财政拨款收入', kind: 'money' },
      { key: 'superior', label: '上级补助收入', kind: 'money' },
      { key: 'service', label: '事业收入', kind: 'money' },
      { key: 'business', label: '经营收入', kind: 'money' },
      { key: 'affiliate', label: '附属单位上缴收入', kind: 'money' },
      { key: 'other', label: '其他收入', kind: 'money' },
    ],
  },
  {
    type: 'table',
    name: '支出（03表）',
    path: 'expenditure',
    hint: '每行一个项级科目（全部资金）',
    columns: [
      CODE,
      { key: 'basic', label: '基本支出', kind: 'money' },
      { key: 'project', label: '项目支出', kind: 'money' },
      { key: 'remittance', label: '上缴上级支出', kind: 'money' },
      { key: 'business', label: '经营支出', kind: 'money' },
      { key: 'affiliateSubsidy', label: '对附属单位补助支出', kind: 'money' },
    ],
  },
  {
    type: 'table',
    name: '一般公共预算（05表）',
    path: 'generalBudget',
    hint: '每行一个项级科目；决算数与年初预算数不同时必须写原因',
    columns: [
      CODE,
      { key: 'basic', label: '基本支出', kind: 'money' },
      { key: 'project', label: '项目支出', kind: 'money' },
      { key: 'initialBudget', label: '年初预算数', kind: 'money' },
      { key: 'reason', label: '决算数与年初预算数不同的主要原因', kind: 'text' },
      { key: 'purpose', label: '主要用途（全国/上海11节模板）', kind: 'text' },
    ],
  },
  {
    type: 'table',
    name: '基本支出（06表）',
    path: 'basicEconomic',
    hint: '经济分类科目已列出，只填有金额的行',
    columns: [
      { key: 'code', label: '经济分类科目编码', kind: 'code5' },
      { key: '', label: '科目名称', kind: 'text' },
      { key: 'amount', label: '决算数', kind: 'money' },
    ],
  },
  {
    type: 'fields',
    name: '三公经费',
    fields: [
      ...(
        [
          ['overseas', '因公出国（境）费'],
          ['vehiclePurchase', '公务用车购置费'],
          ['vehicleOperation', '公务用车运行维护费'],
          ['reception', '公务接待费'],
        ] as const
      ).flatMap(([k, name]) => [
        money(`threePublic.budget.${k}`, `${name} 预算数`),
        money(`threePublic.actual.${k}`, `${name} 决算数`),
        money(`threePublic.lastYear.${k}`, `${name} 上年决算数`),
      ]),
      count('threePublic.counts.overseasGroups', '因公出国（境）团组数'),
      count('threePublic.counts.overseasPersons', '因公出国（境）人次'),
      count('threePublic.counts.receptionGroups', '公务接待批次（团组）数'),
      count('threePublic.counts.receptionPersons', '公务接待人次'),
      count('threePublic.counts.vehiclesPurchased', '购置（更新）公务用车数'),
      count('threePublic.counts.fleet', '公务用车保有量'),
      money('threePublic.foreignReception', '其中外宾接待支出', '全国/上海11节模板填写，没有填 0'),
      count('threePublic.counts.foreignReceptionGroups', '其中接待外宾批次'),
      count('threePublic.counts.foreignReceptionPersons', '其中接待外宾人次'),
      ...(
        [
          ['total', '“三公”经费合计'],
          ['overseas', '因公出国（境）费'],
          ['reception', '公务接待费'],
          ['vehicle', '公务用车购置及运行维护费（湖南2022年及以前；全国/上海11节模板）'],
          ['vehiclePurchase', '公务用车购置费（2023年起）'],
          ['vehicleOperation', '公务用车运行维护费（2023年起）'],
        ] as const
      ).flatMap(([k, name]) => [
        text(`threePublic.reasons.${k}.budgetVsActual`, `${name} 决算与预算不同的原因`),
        text(`threePublic.reasons.${k}.change`, `${name} 与上年相比增减的原因`),
      ]),
      text('threePublic.uses.overseas', '因公出国（境）开支内容'),
      text('threePublic.uses.reception', '公务接待主要内容'),
      text('threePublic.uses.vehicle', '公务用车运行维护费主要用途'),
      text('threePublic.uses.vehiclePurchase', '公务用车购置费主要用途', '全国/上海11节模板，有购置时填写'),
    ],
  },
  {
    type: 'table',
    name: '政府性基金',
    path: 'governmentFund',
    hint: '没有政府性基金收支时留空',
    columns: [
      CODE,
      { key: 'carryIn', label: '年初结转和结余', kind: 'money' },
      { key: 'income', label: '本年收入', kind: 'money' },
      { key: 'basic', label: '基本支出', kind: 'money' },
      { key: 'project', label: '项目支出', kind: 'money' },
      { key: 'initialBudget', label: '年初预算数', kind: 'money' },
      { key: 'reason', label: '决算数与年初预算数不同的主要原因', kind: 'text' },
      { key: 'purpose', label: '主要用途（全国/上海11节模板）', kind: 'text' },
    ],
  },
  {
    type: 'table',
    name: '国有资本经营',
    path: 'stateCapital',
    hint: '没有国有资本经营预算支出时留空',
    columns: [
      CODE,
      { key: 'basic', label: '基本支出', kind: 'money' },
      { key: 'project', label: '项目支出', kind: 'money' },
    ],
  },
  {
    type: 'fields',
    name: '结转结余与上年',
    fields: [
      money('balances.carryIn.general', '年初结转和结余：一般公共预算财政拨款'),
      money('balances.carryIn.capital', '年初结转和结余：国有资本经营预算财政拨款'),
      money('balances.carryIn.other', '年初结转和结余：非财政拨款资金'),
      money('balances.carryOut.general', '年末结转和结余：一般公共预算财政拨款'),
      money('balances.carryOut.capital', '年末结转和结余：国有资本经营预算财政拨款'),
      money('balances.carryOut.other', '年末结转和结余：非财政拨款资金'),
      money('balances.nonFiscalBalanceUsed', '使用非财政拨款结余'),
      money('balances.surplusDistribution', '结余分配'),
      money('lastYear.total', '上年收、支总计'),
      money('lastYear.fiscalTotal', '上年财政拨款收、支总计'),
      money('lastYear.generalExpenditure', '上年一般公共预算财政拨款支出'),
      money('lastYear.operating', '上年机关运行经费'),
      text('reasons.total', '收、支总计增减的主要原因'),
      text('reasons.fiscalTotal', '财政拨款收、支总计增减的主要原因'),
      text('reasons.generalExpenditure', '一般公共预算财政拨款支出增减的主要原因'),
      text('reasons.operating', '机关运行经费增减的主要原因'),
      text(
        'reasons.generalBudget',
        '一般公共预算财政拨款支出决算数与年初预算数不同的主要原因',
        '全国/上海11节模板填写',
      ),
    ],
  },
  {
    type: 'fields',
    name: '其他事项',
    fields: [
      money('operating', '机关运行经费'),
      money('generalSpending.meetings.amount', '会议费', '一般性支出：湖南模板填写，全国/上海11节模板不填'),
      count('generalSpending.meetings.count', '会议次数'),
      count('generalSpending.meetings.people', '参会人数'),
      text('generalSpending.meetings.purpose', '会议内容'),
      money('generalSpending.trainings.amount', '培训费'),
      count('generalSpending.trainings.count', '培训次数'),
      count('generalSpending.trainings.people', '培训人数'),
      text('generalSpending.trainings.content', '培训内容'),
      money('generalSpending.festivals.amount', '节庆、晚会、论坛、赛事活动开支'),
      count('generalSpending.festivals.count', '节庆、晚会、论坛、赛事活动场数'),
      money('procurement.goods', '政府采购货物支出'),
      money('procurement.works', '政府采购工程支出'),
      money('procurement.services', '政府采购服务支出'),
      money('procurement.sme', '授予中小企业合同金额'),
      money('procurement.micro', '其中授予小微企业合同金额'),
      money('procurement.smeGoods', '货物采购授予中小企业合同金额', '2023年起的模板填写'),
      money('procurement.smeWorks', '工程采购授予中小企业合同金额', '2023年起的模板填写'),
      money('procurement.smeServices', '服务采购授予中小企业合同金额', '2023年起的模板填写'),
      money(
        'procurement.reserved.smeBudget',
        '面向中小企业预留政府采购项目预算金额',
        '全国/上海11节模板填写',
      ),
      money(
        'procurement.reserved.microBudget',
        '面向小微企业预留政府采购项目预算金额',
        '全国/上海11节模板填写',
      ),
      money(
        'procurement.reserved.smeAwarded',
        '预留中小企业项目中由中小企业中标（成交）金额',
        '全国/上海11节模板填写',
      ),
      money(
        'procurement.reserved.microAwarded',
        '预留小微企业项目中由小微企业中标（成交）金额',
        '全国/上海11节模板填写',
      ),
      money(
        'procurement.reserved.otherSmeAwarded',
        '其他采购项目中由中小企业中标（成交）金额',
        '全国/上海11节模板填写',
      ),
      count('assets.generalEquipment', '单位价值50万元以上通用设备（台、套）'),
      count('assets.specialEquipment', '单位价值100万元以上专用设备（台、套）'),
      count('assets.equipment', '单位价值100万元以上设备（不含车辆）（台、套）'),
      text('annex.title', '附件标题', '如“2023年度部门整体支出绩效评价报告”'),
    ],
  },
  {
    type: 'table',
    name: '车辆',
    path: 'assets.vehicles',
    hint: '类别已按年度模板列出，逐项填写数量（0 也填）',
    columns: [
      { key: 'category', label: '车辆类别', kind: 'text' },
      { key: 'count', label: '数量（辆）', kind: 'count' },
    ],
  },
  {
    type: 'table',
    name: '预算绩效',
    path: 'performance',
    hint: '湖南模板填写：同一小标题的多行依次为该小节的段落',
    columns: [
      { key: 'heading', label: '小标题', kind: 'text' },
      { key: 'paragraphs', label: '段落', kind: 'text' },
    ],
  },
  {
    type: 'fields',
    name: '预算绩效管理',
    fields: [
      text(
        'performanceManagement.systems',
        '预算绩效管理制度',
        '全国/上海11节模板填写，如“《××局预算绩效管理办法》”',
      ),
      text(
        'performanceManagement.mechanism',
        '预算绩效管理工作机制',
        '如“事前评估、事中监控、事后评价全过程覆盖”',
      ),
      count('performanceManagement.targets.projects', '编报绩效目标的项目数'),
      money('performanceManagement.targets.amount', '编报绩效目标的项目预算金额'),
      count('performanceManagement.tracking.projects', '绩效跟踪评价的项目数'),
      money('performanceManagement.tracking.amount', '绩效跟踪评价的项目预算金额'),
      count('performanceManagement.selfEvaluation.projects', '绩效自评的项目数'),
      money('performanceManagement.selfEvaluation.amount', '绩效自评的项目预算金额'),
      text('performanceManagement.selfEvaluation.averageScore', '绩效自评平均得分'),
      count('performanceManagement.selfEvaluation.excellent', '绩效评级为“优”的项目数'),
      count('performanceManagement.selfEvaluation.good', '绩效评级为“良”的项目数'),
      count('performanceManagement.selfEvaluation.pass', '绩效评级为“合格”的项目数'),
      count('performanceManagement.selfEvaluation.fail', '绩效评级为“不合格”的项目数'),
      count('performanceManagement.selfEvaluation.problems', '绩效自评发现问题数'),
      count('performanceManagement.selfEvaluation.rectified', '已经完成整改的问题数'),
      count('performanceManagement.selfEvaluation.rectifying', '正在整改的问题数'),
    ],
  },
  {
    type: 'table',
    name: '附件报告',
    path: 'annex.sections',
    hint: '绩效评价报告正文：同一小标题的多行依次为段落',
    columns: [
      { key: 'heading', label: '小标题', kind: 'text' },
      { key: 'paragraphs', label: '段落', kind: 'text' },
    ],
  },
  {
    type: 'fields',
    name: PERF_SHEETS.overall,
    fields: [
      text(
        `${PERF}.departmentShort`,
        '自评表“部门名称”栏',
        '可用简称，不填时为部门全称；不附绩效自评表时本表和以下三张表都不填',
      ),
      ...fundFields(`${PERF}.overall`),
      {
        path: `${PERF}.overall.weight`,
        label: '预算执行分值',
        kind: 'points',
        hint: `不填时为10分；${COMPUTED_HINT}`,
      },
      text(`${PERF}.overall.objective.planned`, '年度总体目标：预期目标'),
      text(`${PERF}.overall.objective.achieved`, '年度总体目标：实际完成情况'),
    ],
  },
  {
    type: 'table',
    name: PERF_SHEETS.overallIndicators,
    path: `${PERF}.overall.indicators`,
    hint: `部门整体支出绩效自评表的绩效指标，每行一个三级指标。得分：${SCORE_NOTE}。一级指标分值、总分和等级由程序计算，不填`,
    columns: INDICATOR_COLUMNS,
  },
  {
    type: 'table',
    name: PERF_SHEETS.projects,
    path: `${PERF}.projects`,
    hint: `每行一个项目（一张项目支出绩效自评表），绩效指标填在“${PERF_SHEETS.projectIndicators}”表；${COMPUTED_HINT}`,
    columns: [
      { key: 'name', label: '项目名称', kind: 'text', note: '专项（项目）名称，同一工作簿内不重复' },
      { key: 'subItem', label: '支出方向名称（子项目）', kind: 'text', note: '不填时同项目名称' },
      { key: 'totalInvestment', label: '项目总投资', kind: 'money', note: '不填时为全年预算数合计' },
      {
        key: 'fiscalInvestment',
        label: '其中财政拨款',
        kind: 'money',
        note: '项目总投资中的财政拨款，不填时为当年财政拨款全年预算数',
      },
      { key: 'period', label: '项目总实施期', kind: 'text', note: '不填时为本年度' },
      ...fundColumns,
      { key: 'weight', label: '预算执行分值', kind: 'points', note: `不填时为10分；${COMPUTED_HINT}` },
      { key: 'objective.planned', label: '预期目标', kind: 'text' },
      { key: 'objective.achieved', label: '实际完成情况', kind: 'text' },
    ],
  },
  {
    type: 'table',
    name: PERF_SHEETS.projectIndicators,
    path: PROJECT_INDICATORS,
    hint: `各项目的绩效指标，每行一个三级指标，“项目名称”从“${PERF_SHEETS.projects}”表选择。得分：${SCORE_NOTE}。总分和等级由程序计算，不填`,
    columns: [
      {
        key: 'project',
        label: '项目名称',
        kind: 'project',
        note: `从下拉列表选择“${PERF_SHEETS.projects}”表中的项目`,
      },
      ...INDICATOR_COLUMNS,
    ],
  },
  {
    type: 'table',
    name: '其他重要事项',
    path: 'other',
    hint: '每行一段；可不填',
    columns: [{ key: '', label: '内容', kind: 'text' }],
  },
];

/** Vehicle categories of the template year (narrative.md §2.12; 2022 takes the newer list). */
function vehicleCategories(year: number): readonly string[] {
  return hunanVehicleCategories(year) ?? VEHICLES_FROM_2023;
}

const WIDTH: Partial<Record<Kind, number>> = { text: 50, code7: 46, level2: 22, project: 36 };

const HEAD_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFDDEBF7' } };

function getPath(obj: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, k) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

/** How a value of the data is written into a cell (enums back to their Chinese options). */
function cellValue(kind: Kind, v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  const options = OPTIONS[kind];
  if (options) return Object.keys(options).find((k) => options[k] === v) ?? null;
  if (kind === 'money' || kind === 'points') return Number(v);
  if (typeof v === 'string' || typeof v === 'number') return v;
  return null;
}

/** Rows of a table sheet from the data (sections with paragraphs become one row per paragraph). */
function rowsOf(sheet: TableSheet, data: unknown): ExcelJS.CellValue[][] {
  const list = sheet.path === PROJECT_INDICATORS ? projectIndicatorRows(data) : getPath(data, sheet.path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): ExcelJS.CellValue[][] => {
    if (sheet.columns.length === 1) return [[typeof item === 'string' ? item : null]];
    const rec = item as Record<string, unknown>;
    if (sheet.columns.some((c) => c.key === 'paragraphs')) {
      const paragraphs = Array.isArray(rec.paragraphs) ? (rec.paragraphs as unknown[]) : [];
      return paragraphs.map((p, i) => [i === 0 ? String(rec.heading) : null, String(p)]);
    }
    return [
      sheet.columns.map((c) => {
        if (c.key === '') return null;
        const v = cellValue(c.kind, getPath(rec, c.key));
        // a 科目 is written as the drop-down offers it: "2080505 机关事业单位基本养老保险缴费支出"
        if (c.kind === 'code7' && typeof v === 'string') {
          const name = lookupCode('functional', v)?.name;
          return name ? `${v} ${name}` : v;
        }
        return v;
      }),
    ];
  });
}

/** The indicators of every project, each with the name of its project (the 项目绩效指标 sheet). */
function projectIndicatorRows(data: unknown): unknown[] {
  const projects = getPath(data, `${PERF}.projects`);
  if (!Array.isArray(projects)) return [];
  return projects.flatMap((p: unknown) => {
    const rec = p as Record<string, unknown>;
    const indicators = Array.isArray(rec.indicators) ? (rec.indicators as unknown[]) : [];
    return indicators.map((ind) => ({ project: rec.name, ...(ind as Record<string, unknown>) }));
  });
}

/** The drop-down of a column, if its values come from a list. */
function validationOf(kind: Kind, year: number, functionalRange: string): ExcelJS.DataValidation | null {
  switch (kind) {
    case 'code7':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [functionalRange],
        showErrorMessage: true,
        errorTitle: '科目编码',
        error: `请从${String(year)}年支出功能分类项级科目中选择`,
      };
    case 'level1':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${Object.keys(LEVEL1).join(',')}"`],
        showErrorMessage: true,
        errorTitle: '一级指标',
        error: '一级指标应为产出指标、效益指标或满意度指标',
      };
    case 'level2':
      // the usual names offered; another name only draws a warning
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`"${LEVEL2.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: '二级指标',
        error: '不是常用的二级指标名称，确认要使用吗？',
      };
    case 'project':
      return {
        type: 'list',
        allowBlank: true,
        formulae: [`'${PERF_SHEETS.projects}'!$A$2:$A$300`],
        showErrorMessage: true,
        errorTitle: '项目名称',
        error: `请从“${PERF_SHEETS.projects}”表的项目名称中选择`,
      };
    default:
      return null;
  }
}

/** The workbook for a year: empty (the template), or filled from existing data. */
export async function templateWorkbook(year: number, filled?: unknown): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'juesuan';
  wb.title = `${String(year)}年度决算编制数据`;
  const codes = catalogEntries('functional', year)
    .filter((e) => e.level === 'item')
    .sort((a, b) => a.code.localeCompare(b.code));
  const lists = wb.addWorksheet('科目表', { state: 'hidden' });
  lists.addRow(['功能分类科目（项）', '经济分类科目']);
  const economic = catalogEntries('economic', year).filter((e) => e.level === 'section');
  for (let i = 0; i < Math.max(codes.length, economic.length); i++) {
    const f = codes[i];
    const e = economic[i];
    lists.addRow([f ? `${f.code} ${f.name}` : null, e ? `${e.code} ${e.name}` : null]);
  }
  const functionalRange = `'科目表'!$A$2:$A$${String(codes.length + 1)}`;

  for (const sheet of SHEETS) {
    const ws = wb.addWorksheet(sheet.name);
    if (sheet.type === 'fields') {
      ws.columns = [
        { header: '项目', key: 'label', width: 44 },
        { header: '内容', key: 'value', width: 60 },
        { header: '说明', key: 'hint', width: 40 },
      ];
      for (const f of sheet.fields) {
        const value = filled
          ? cellValue(f.kind, getPath(filled, f.path))
          : f.path === 'settings.year'
            ? year
            : null;
        const row = ws.addRow({ label: f.label, value, hint: f.hint ?? '' });
        const cell = row.getCell(2);
        if (f.kind === 'money') cell.numFmt = '0.00';
        const choices = OPTIONS[f.kind];
        if (choices) {
          const options = Object.keys(choices);
          cell.dataValidation = { type: 'list', allowBlank: false, formulae: [`"${options.join(',')}"`] };
          if (!filled) cell.value = options[f.kind === 'order' && year >= 2023 ? 1 : 0] ?? null;
        }
        if (f.kind === 'text') cell.alignment = { wrapText: true };
      }
    } else {
      ws.columns = sheet.columns.map((c) => ({
        header: c.label,
        key: c.label,
        width: WIDTH[c.kind] ?? 16,
      }));
      ws.getRow(1).eachCell((cell) => {
        cell.fill = HEAD_FILL;
        cell.font = { bold: true };
      });
      sheet.columns.forEach((c, i) => {
        if (c.note) ws.getCell(1, i + 1).note = c.note;
      });
      ws.getCell(1, sheet.columns.length + 2).value = sheet.hint;
      if (sheet.path === 'basicEconomic') {
        const amounts = new Map(
          rowsOf(sheet, filled).map((r) => [typeof r[0] === 'string' ? r[0] : '', r[2] ?? null] as const),
        );
        for (const e of economic.filter((x) => /^(301|302|303|307|310|399)/.test(x.code)))
          ws.addRow([e.code, e.name, amounts.get(e.code) ?? null]);
      } else if (sheet.path === 'assets.vehicles' && !filled) {
        for (const c of vehicleCategories(year)) ws.addRow([c, 0]);
      } else {
        for (const r of rowsOf(sheet, filled)) ws.addRow(r);
      }
      sheet.columns.forEach((c, i) => {
        const validation = validationOf(c.kind, year, functionalRange);
        for (let r = 2; r <= 300; r++) {
          const cell = ws.getCell(r, i + 1);
          if (c.kind === 'money') cell.numFmt = '0.00';
          if (validation) cell.dataValidation = validation;
        }
      });
      ws.views = [{ state: 'frozen', ySplit: 1 }];
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ---- reading ----

export interface WorkbookData {
  readonly data: Record<string, unknown>;
  /** Data path → "'sheet'!B3", for locating refusals. */
  readonly cells: ReadonlyMap<string, string>;
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = v.result;
      return typeof r === 'number' || typeof r === 'string' || typeof r === 'boolean' ? String(r).trim() : '';
    }
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return v.text.trim();
    return '';
  }
  return String(v).trim();
}

/** A printed number as written in the cell; amounts keep their 2-decimal string so no float reaches the data. */
function scalar(kind: Kind, raw: string): unknown {
  if (raw === '') return undefined;
  switch (kind) {
    case 'money': {
      const n = Number(raw);
      if (!Number.isFinite(n)) return raw;
      // the cell holds a double: print it at the cents it was entered with
      return formatHundredths(Math.round(n * 100));
    }
    case 'count':
    case 'year':
      return /^\d+$/.test(raw) ? Number(raw) : raw;
    case 'code7':
      return /^\d{7}/.test(raw) ? raw.slice(0, 7) : raw;
    case 'code5':
      return /^\d{5}/.test(raw) ? raw.slice(0, 5) : raw;
    case 'points':
      // a score as entered ("9.5"); anything else is passed on for the schema to name
      return /^\d{1,3}(\.\d{1,2})?$/.test(raw) ? Number(raw) : raw;
    case 'entity':
    case 'order':
    case 'template':
    case 'level1':
      // an unknown option is passed on as written: the schema then names the values it accepts
      return OPTIONS[kind]?.[raw] ?? raw;
    case 'text':
    case 'level2':
    case 'project':
      return raw;
  }
}

function setPath(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = obj;
  keys.slice(0, -1).forEach((k) => {
    const next = node[k];
    if (typeof next !== 'object' || next === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
  const last = keys[keys.length - 1] ?? '';
  node[last] = value;
}

/** Read a workbook written from the template into the data (same shape as the JSON input). */
export async function readWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
  } catch {
    throw new InputError(file, '不是有效的 XLSX 文件');
  }
  if (!wb.getWorksheet('基本设置'))
    throw new InputError(
      file,
      '不是 juesuan 编制数据工作簿（没有“基本设置”工作表；可用 juesuan template 生成）',
    );
  const data: Record<string, unknown> = {};
  const cells = new Map<string, string>();
  const address = (sheet: string, row: number, col: number): string =>
    `'${sheet}'!${String.fromCharCode(64 + col)}${String(row)}`;
  // arrays and objects the schema always expects, even when a sheet is left empty
  for (const path of [
    'income',
    'expenditure',
    'generalBudget',
    'basicEconomic',
    'governmentFund',
    'stateCapital',
  ])
    setPath(data, path, []);
  for (const path of [
    'threePublic.budget',
    'threePublic.actual',
    'threePublic.lastYear',
    'balances.carryIn',
    'balances.carryOut',
  ])
    setPath(data, path, {});
  setPath(data, 'reasons', {});
  for (const sheet of SHEETS) {
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) continue;
    if (sheet.type === 'fields') {
      const byLabel = new Map(sheet.fields.map((f) => [f.label, f]));
      ws.eachRow((row, r) => {
        if (r === 1) return;
        const f = byLabel.get(cellText(row.getCell(1)));
        if (!f) return;
        const at = address(sheet.name, r, 2);
        const v = scalar(f.kind, cellText(row.getCell(2)));
        cells.set(f.path, at);
        // a missing 自评表 block ("performanceEvaluations.overall.funds") points at its first field
        if (f.path.startsWith(`${PERF}.`)) setEnclosing(cells, f.path, at);
        if (v !== undefined) setPath(data, f.path, v);
      });
      continue;
    }
    const header = ws.getRow(1);
    const colOf = new Map<string, number>();
    header.eachCell((cell, c) => colOf.set(cellText(cell), c));
    const grouped = sheet.columns.some((c) => c.key === 'paragraphs');
    const rows: unknown[] = [];
    ws.eachRow((row, r) => {
      if (r === 1) return;
      const values = sheet.columns.map((c) => {
        const col = colOf.get(c.label);
        return col ? { c, col, raw: cellText(row.getCell(col)) } : null;
      });
      const meaningful = values.filter(
        (v) =>
          v &&
          v.c.key !== '' &&
          v.raw !== '' &&
          !(sheet.path === 'assets.vehicles' && v.c.key === 'category'),
      );
      if (sheet.path === 'basicEconomic' && !values.some((v) => v?.c.key === 'amount' && v.raw !== ''))
        return;
      if (
        sheet.path !== 'assets.vehicles' &&
        meaningful.length === 0 &&
        !values.some((v) => v?.c.key === '' && v.raw !== '')
      )
        return;
      const index = rows.length;
      if (sheet.columns.length === 1) {
        const v = values[0];
        if (!v || v.raw === '') return;
        rows.push(v.raw);
        cells.set(`${sheet.path}[${String(index)}]`, address(sheet.name, r, v.col));
        return;
      }
      if (grouped) {
        const heading = values.find((v) => v?.c.key === 'heading');
        const paragraph = values.find((v) => v?.c.key === 'paragraphs');
        const last = rows[rows.length - 1] as { heading: string; paragraphs: string[] } | undefined;
        const h = heading?.raw ?? '';
        if (last && (h === '' || h === last.heading)) {
          if (paragraph?.raw) last.paragraphs.push(paragraph.raw);
          cells.set(
            `${sheet.path}[${String(rows.length - 1)}].paragraphs[${String(last.paragraphs.length - 1)}]`,
            address(sheet.name, r, paragraph?.col ?? 2),
          );
          return;
        }
        rows.push({ heading: h, paragraphs: paragraph?.raw ? [paragraph.raw] : [] });
        cells.set(`${sheet.path}[${String(index)}]`, address(sheet.name, r, heading?.col ?? 1));
        return;
      }
      const obj: Record<string, unknown> = {};
      for (const v of values) {
        if (!v || v.c.key === '') continue;
        const at = address(sheet.name, r, v.col);
        const path = `${sheet.path}[${String(index)}].${v.c.key}`;
        cells.set(path, at);
        if (v.c.key.includes('.')) setEnclosing(cells, path, at);
        const value = scalar(v.c.kind, v.raw);
        if (value !== undefined) setPath(obj, v.c.key, value);
      }
      cells.set(`${sheet.path}[${String(index)}]`, address(sheet.name, r, 1));
      rows.push(obj);
    });
    setPath(data, sheet.path, rows);
  }
  assemblePerformance(data, cells, file);
  return { data, cells };
}

/** Map the enclosing paths of a value's path to its cell, unless an earlier value claimed them. */
function setEnclosing(cells: Map<string, string>, path: string, at: string): void {
  for (let cut = path.lastIndexOf('.'); cut > 0; cut = path.lastIndexOf('.', cut - 1)) {
    const enclosing = path.slice(0, cut);
    if (!cells.has(enclosing)) cells.set(enclosing, at);
  }
}

/**
 * The 绩效自评表 sheets into performanceEvaluations: the 项目绩效指标 rows move under the project they name, with
 * their cells; a workbook whose four sheets are empty has no performanceEvaluations, as the JSON leaves it out.
 */
function assemblePerformance(data: Record<string, unknown>, cells: Map<string, string>, file: string): void {
  const perf = data[PERF] as Record<string, unknown> | undefined;
  if (!perf) return;
  const listed = (perf.projectIndicators ?? []) as Record<string, unknown>[];
  delete perf.projectIndicators;
  const projects = (perf.projects ?? []) as Record<string, unknown>[];
  const overall = (perf.overall ?? {}) as Record<string, unknown>;
  const overallIndicators = (overall.indicators ?? []) as unknown[];
  const entered =
    perf.departmentShort !== undefined ||
    Object.keys(overall).some((k) => k !== 'indicators') ||
    overallIndicators.length > 0 ||
    projects.length > 0 ||
    listed.length > 0;
  if (!entered) {
    delete data.performanceEvaluations;
    return;
  }
  const moved = new Map<string, string>();
  const byName = new Map<string, number>();
  projects.forEach((p, j) => {
    p.indicators = [];
    const name = typeof p.name === 'string' ? p.name : '';
    if (name === '') return;
    if (byName.has(name))
      throw new InputError(
        file,
        `${cells.get(`${PERF}.projects[${String(j)}].name`) ?? PERF_SHEETS.projects}：项目名称“${name}”重复，各项目的绩效指标按项目名称对应，项目名称不能重复`,
      );
    byName.set(name, j);
  });
  listed.forEach((row, i) => {
    const from = `${PROJECT_INDICATORS}[${String(i)}]`;
    const name = typeof row.project === 'string' ? row.project : '';
    const j = byName.get(name);
    const project = j === undefined ? undefined : projects[j];
    if (j === undefined || !project) {
      const at = cells.get(`${from}.project`) ?? cells.get(from) ?? PERF_SHEETS.projectIndicators;
      throw new InputError(
        file,
        name === ''
          ? `${at}：没有填项目名称（从“${PERF_SHEETS.projects}”表的项目名称中选择）`
          : `${at}：项目“${name}”不在“${PERF_SHEETS.projects}”表中`,
      );
    }
    const indicators = project.indicators as unknown[];
    const indicator = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'project'));
    const to = `${PERF}.projects[${String(j)}].indicators[${String(indicators.length)}]`;
    indicators.push(indicator);
    for (const [path, at] of cells)
      if (path === from || path.startsWith(`${from}.`)) moved.set(to + path.slice(from.length), at);
  });
  for (const path of [...cells.keys()]) if (path.startsWith(PROJECT_INDICATORS)) cells.delete(path);
  for (const [path, at] of moved) cells.set(path, at);
}

/** The cell a data path came from: the path itself, else its closest enclosing path that has a cell. */
export function cellOf(cells: ReadonlyMap<string, string>, path: string): string | null {
  let p = path;
  for (;;) {
    const hit = cells.get(p);
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
}
