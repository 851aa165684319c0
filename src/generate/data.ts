/**
 * The generator's input (编制数据): everything a preparer enters once — the detail tables by 科目 and the facts the
 * 情况说明 needs. Totals, subtotals, 类/款 sums, the 01 and 04 tables, shares, changes and 完成率 are derived, never
 * entered. JSON keys are English; every field carries its Chinese name (shown by `juesuan schema` and in refusals).
 */
import { z } from 'zod';

/** 金额（万元，最多两位小数）: a JSON number or a decimal string ("430.84"). Blank = 0. */
export const Money = z
  .union([z.number(), z.string().regex(/^-?\d+(\.\d{1,2})?$/, '金额应为最多两位小数的数字')])
  .refine((v) => typeof v === 'string' || /^-?\d+(\.\d{1,2})?$/.test(String(v)), '金额最多两位小数')
  .describe('金额（万元，最多两位小数）');
export type Money = z.infer<typeof Money>;

const Count = z.number().int().nonnegative().describe('数量（非负整数）');
const Text = z.string().trim().min(1, '不能为空');
const Reason = z.string().trim().min(1, '原因不能为空').describe('原因说明');
const FunctionalCode = z
  .string()
  .regex(/^\d{7}$/, '应为 7 位项级功能分类科目编码')
  .describe('功能分类科目编码（项级，7位）');

export const IncomeRow = z
  .object({
    code: FunctionalCode,
    fiscal: Money.optional().describe('财政拨款收入'),
    superior: Money.optional().describe('上级补助收入'),
    service: Money.optional().describe('事业收入'),
    business: Money.optional().describe('经营收入'),
    affiliate: Money.optional().describe('附属单位上缴收入'),
    other: Money.optional().describe('其他收入'),
  })
  .describe('收入决算表（公开02表）的一个项级科目');

export const ExpenditureRow = z
  .object({
    code: FunctionalCode,
    basic: Money.optional().describe('基本支出'),
    project: Money.optional().describe('项目支出'),
    remittance: Money.optional().describe('上缴上级支出'),
    business: Money.optional().describe('经营支出'),
    affiliateSubsidy: Money.optional().describe('对附属单位补助支出'),
  })
  .describe('支出决算表（公开03表）的一个项级科目（全部资金）');

export const GeneralBudgetRow = z
  .object({
    code: FunctionalCode,
    basic: Money.optional().describe('基本支出'),
    project: Money.optional().describe('项目支出'),
    initialBudget: Money.describe('年初预算数'),
    reason: Reason.optional().describe('决算数与年初预算数不同的主要原因'),
    purpose: Text.optional().describe('主要用途（全国/上海11节模板逐项写“主要用于：…”）'),
  })
  .describe('一般公共预算财政拨款支出决算表（公开05表）的一个项级科目');

export const EconomicLine = z
  .object({
    code: z
      .string()
      .regex(/^\d{5}$/, '应为 5 位经济分类款级科目编码')
      .describe('经济分类科目编码（5位）'),
    amount: Money.describe('决算数'),
  })
  .describe('一般公共预算财政拨款基本支出决算表（公开06表）的一行');

const ThreePublicItems = z.object({
  overseas: Money.optional().describe('因公出国（境）费'),
  vehiclePurchase: Money.optional().describe('公务用车购置费'),
  vehicleOperation: Money.optional().describe('公务用车运行维护费'),
  reception: Money.optional().describe('公务接待费'),
});

const ItemReasons = z.object({
  budgetVsActual: Reason.optional().describe('决算数与预算数不同的主要原因'),
  change: Reason.optional().describe('与上年相比增减的主要原因'),
});

export const ThreePublic = z
  .object({
    budget: ThreePublicItems.describe('预算数（全年预算）'),
    actual: ThreePublicItems.describe('决算数'),
    lastYear: ThreePublicItems.describe('上年决算数'),
    counts: z.object({
      overseasGroups: Count.describe('因公出国（境）团组数'),
      overseasPersons: Count.describe('因公出国（境）人次'),
      receptionGroups: Count.describe('公务接待批次（团组）数'),
      receptionPersons: Count.describe('公务接待人次'),
      vehiclesPurchased: Count.describe('购置（更新）公务用车数'),
      fleet: Count.describe('公务用车保有量'),
      foreignReceptionGroups: Count.optional().describe('其中接待外宾批次（全国/上海11节模板）'),
      foreignReceptionPersons: Count.optional().describe('其中接待外宾人次（全国/上海11节模板）'),
    }),
    foreignReception: Money.optional().describe('公务接待费中外宾接待支出（全国/上海11节模板）'),
    reasons: z
      .object({
        total: ItemReasons.optional().describe('“三公”经费合计'),
        overseas: ItemReasons.optional(),
        reception: ItemReasons.optional(),
        vehicle: ItemReasons.optional().describe('公务用车购置及运行维护费（2022年及以前合并说明）'),
        vehiclePurchase: ItemReasons.optional().describe('公务用车购置费（2023年起分开说明）'),
        vehicleOperation: ItemReasons.optional().describe('公务用车运行维护费（2023年起分开说明）'),
      })
      .default({}),
    uses: z
      .object({
        overseas: Text.optional().describe('因公出国（境）开支内容'),
        reception: Text.optional().describe('公务接待主要内容，如“主要是接待上级部门督导检查的工作用餐”'),
        vehicle: Text.optional().describe('公务用车运行维护费主要用途'),
        vehiclePurchase: Text.optional().describe('公务用车购置费主要用途（全国/上海11节模板）'),
      })
      .default({}),
  })
  .describe('“三公”经费');

export const FundRow = z
  .object({
    code: FunctionalCode,
    carryIn: Money.optional().describe('年初结转和结余'),
    income: Money.optional().describe('本年收入'),
    basic: Money.optional().describe('基本支出'),
    project: Money.optional().describe('项目支出'),
    initialBudget: Money.optional().describe('年初预算数'),
    reason: Reason.optional().describe('决算数与年初预算数不同的主要原因'),
    purpose: Text.optional().describe('主要用途（全国/上海11节模板逐项写“主要用于：…”）'),
  })
  .describe('政府性基金预算财政拨款收入支出决算表的一个项级科目');

export const StateCapitalRow = z
  .object({
    code: FunctionalCode,
    basic: Money.optional().describe('基本支出'),
    project: Money.optional().describe('项目支出'),
  })
  .describe('国有资本经营预算财政拨款支出决算表的一个项级科目');

const ByFund = z.object({
  general: Money.optional().describe('一般公共预算财政拨款'),
  capital: Money.optional().describe('国有资本经营预算财政拨款'),
  other: Money.optional().describe('非财政拨款资金'),
});

export const Paragraphs = z.array(Text).describe('段落');

// ---- 绩效自评表 (issue 7) ----

const Points = z
  .union([z.number(), z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, '分值应为最多两位小数的数字')])
  .describe('分值（最多两位小数）');

export const PerfFunds = z
  .object({
    initialBudget: Money.describe('年初预算数'),
    adjustedBudget: Money.describe('全年预算数'),
    executed: Money.describe('全年执行数'),
  })
  .describe('一个资金来源的年初预算数、全年预算数、全年执行数');

export const PerfIndicatorInput = z
  .object({
    level1: z.enum(['产出指标', '效益指标', '满意度指标']).describe('一级指标'),
    level2: Text.describe('二级指标，如“数量指标”“社会效益指标”“服务对象满意度指标”'),
    name: Text.describe('三级指标'),
    target: Text.describe('年度指标值，如“≥95%”“2021年底”“较好完成”'),
    actual: Text.describe('实际完成值'),
    weight: Points.describe('分值'),
    score: Points.optional().describe(
      '得分：定量、时间指标由程序计算，不填；定性指标必填（在达成/部分达成/未达成的区间内）；与程序计算不同时须填 scoreReason',
    ),
    scoreReason: Text.optional().describe('所填得分与按指标值计算的得分不同的理由'),
    deviation: Text.optional().describe('偏差原因分析及改进措施（未达到指标值或扣分时必填）'),
  })
  .describe('绩效指标（一行三级指标）');

export const PerfTableInput = z
  .object({
    funds: z
      .object({
        fiscal: PerfFunds.describe('其中：当年财政拨款'),
        carryOver: PerfFunds.optional().describe('上年结转资金'),
        other: PerfFunds.optional().describe('其他资金'),
      })
      .describe('资金情况（万元）：合计由程序计算'),
    weight: Points.default(10).describe('预算执行的分值（默认10分）'),
    objective: z
      .object({ planned: Text.describe('预期目标'), achieved: Text.describe('实际完成情况') })
      .describe('年度总体目标'),
    indicators: z.array(PerfIndicatorInput).min(1, '至少一个绩效指标').describe('绩效指标'),
  })
  .describe('一张绩效自评表');

export const PerfProjectInput = PerfTableInput.extend({
  name: Text.describe('专项（项目）名称'),
  subItem: Text.optional().describe('支出方向名称（子项目），不填时同项目名称'),
  totalInvestment: Money.optional().describe('项目总投资（万元），不填时为全年预算数合计'),
  fiscalInvestment: Money.optional().describe(
    '项目总投资中的财政拨款（万元），不填时为当年财政拨款全年预算数',
  ),
  period: Text.optional().describe('项目总实施期，不填时为本年度'),
}).describe('一张项目支出绩效自评表');

export const PerformanceEvaluations = z
  .object({
    departmentShort: Text.optional().describe('自评表“部门名称”栏（可用简称，不填时为部门全称）'),
    overall: PerfTableInput.describe('部门整体支出绩效自评表'),
    projects: z.array(PerfProjectInput).default([]).describe('项目支出绩效自评表'),
  })
  .describe('绩效自评表');

export const DisclosureData = z
  .object({
    settings: z
      .object({
        department: z.string().trim().min(1, '部门名称不能为空').describe('部门（单位）全称'),
        year: z.number().int().min(2015).max(2100).describe('决算年度'),
        entityKind: z.enum(['department', 'unit']).default('department').describe('部门决算或单位决算'),
        template: z
          .enum(['hunan-15', 'hunan-14', 'hunan-13', 'national-11'])
          .default('hunan-15')
          .describe(
            '情况说明模板：湖南 15 节（含国资、其他）、14 节（无“其他重要事项”）、13 节（另无国资一节）；全国/上海 11 节（机关运行经费、政府采购、国有资产并入“其他重要事项”，无一般性支出一节）',
          ),
        tableOrder: z
          .enum(['old', 'new'])
          .describe('表序：old 07三公/08基金/09国资；new 07基金/08国资/09三公'),
        publishedAt: Text.optional().describe('公开渠道，如“青山县人民政府门户网站部门决算公开专栏”'),
        selfName: Text.optional().describe('说明中对本部门的自称，如“本局”（默认“本部门”或“本单位”）'),
      })
      .describe('基本设置'),
    overview: z
      .object({
        dutiesIntro: Text.describe('部门职责引言'),
        duties: z.array(Text).min(1, '至少一项职责').describe('主要职责（逐条）'),
        organization: Text.describe('内设机构设置及人员情况'),
        units: z.array(Text).min(1).describe('决算单位构成（纳入汇总的单位名称）'),
      })
      .describe('部门概况'),
    income: z.array(IncomeRow).describe('收入决算表（公开02表）'),
    incomeNote: Text.optional().describe('其他收入等收入来源的补充说明，如“为银行存款利息收入”'),
    expenditure: z.array(ExpenditureRow).describe('支出决算表（公开03表）'),
    generalBudget: z.array(GeneralBudgetRow).describe('一般公共预算财政拨款支出决算表（公开05表）及年初预算'),
    basicEconomic: z.array(EconomicLine).describe('一般公共预算财政拨款基本支出决算表（公开06表）'),
    threePublic: ThreePublic,
    governmentFund: z.array(FundRow).default([]).describe('政府性基金预算财政拨款收入支出决算表'),
    stateCapital: z.array(StateCapitalRow).default([]).describe('国有资本经营预算财政拨款支出决算表'),
    balances: z
      .object({
        carryIn: ByFund.describe('年初结转和结余（政府性基金见基金表）'),
        carryOut: ByFund.describe('年末结转和结余（政府性基金由基金表推得）'),
        nonFiscalBalanceUsed: Money.optional().describe('使用非财政拨款结余'),
        surplusDistribution: Money.optional().describe('结余分配'),
      })
      .describe('结转和结余'),
    lastYear: z
      .object({
        total: Money.describe('上年收、支总计'),
        fiscalTotal: Money.describe('上年财政拨款收、支总计'),
        generalExpenditure: Money.describe('上年一般公共预算财政拨款支出'),
        operating: Money.describe('上年机关运行经费'),
      })
      .describe('上年决算数'),
    reasons: z
      .object({
        total: Reason.optional().describe('收、支总计增减的主要原因'),
        fiscalTotal: Reason.optional().describe('财政拨款收、支总计增减的主要原因'),
        generalExpenditure: Reason.optional().describe('一般公共预算财政拨款支出增减的主要原因'),
        operating: Reason.optional().describe('机关运行经费增减的主要原因'),
        generalBudget: Reason.optional().describe(
          '一般公共预算财政拨款支出决算数与年初预算数不同的主要原因（全国/上海11节模板）',
        ),
      })
      .default({})
      .describe('增减变化原因'),
    operating: Money.describe('机关运行经费'),
    generalSpending: z
      .object({
        meetings: z.object({
          amount: Money.describe('会议费'),
          count: Count.describe('会议次数'),
          people: Count.describe('参会人数'),
          purpose: Text.optional().describe('会议内容，如“全县农业农村工作会议”'),
        }),
        trainings: z.object({
          amount: Money.describe('培训费'),
          count: Count.describe('培训次数'),
          people: Count.describe('培训人数'),
          content: Text.optional().describe('培训内容'),
        }),
        festivals: z.object({
          amount: Money.describe('节庆、晚会、论坛、赛事活动开支'),
          count: Count.describe('举办次数'),
        }),
      })
      .optional()
      .describe('一般性支出（湖南模板必填；全国/上海11节模板无此节）'),
    procurement: z
      .object({
        goods: Money.describe('政府采购货物支出'),
        works: Money.describe('政府采购工程支出'),
        services: Money.describe('政府采购服务支出'),
        sme: Money.describe('授予中小企业合同金额'),
        micro: Money.describe('其中授予小微企业合同金额'),
        smeGoods: Money.optional().describe('货物采购授予中小企业合同金额'),
        smeWorks: Money.optional().describe('工程采购授予中小企业合同金额'),
        smeServices: Money.optional().describe('服务采购授予中小企业合同金额'),
        reserved: z
          .object({
            smeBudget: Money.describe('面向中小企业预留政府采购项目预算金额'),
            microBudget: Money.describe('面向小微企业预留政府采购项目预算金额'),
            smeAwarded: Money.describe('面向中小企业预留的项目中由中小企业供应商中标或成交的采购金额'),
            microAwarded: Money.describe('面向小微企业预留的项目中由小微企业供应商中标或成交的采购金额'),
            otherSmeAwarded: Money.describe('其他政府采购项目中由中小企业供应商中标或成交的采购金额'),
          })
          .optional()
          .describe('预留份额（全国/上海11节模板）'),
      })
      .describe('政府采购'),
    assets: z
      .object({
        vehicles: z
          .array(z.object({ category: Text.describe('车辆类别'), count: Count }))
          .describe('车辆（按模板年度的类别逐项填写，0 也填）'),
        generalEquipment: Count.optional().describe(
          '单位价值50万元以上通用设备（台、套）（2022年及以前的模板）',
        ),
        specialEquipment: Count.optional().describe(
          '单位价值100万元以上专用设备（台、套）（2022年及以前的模板）',
        ),
        equipment: Count.optional().describe(
          '单位价值100万元以上设备（不含车辆）（台、套）（2023年起的模板）',
        ),
      })
      .refine(
        (a) =>
          a.equipment !== undefined || (a.generalEquipment !== undefined && a.specialEquipment !== undefined),
        {
          message: '应填写 equipment（100万元以上设备），或 generalEquipment 和 specialEquipment',
        },
      )
      .describe('国有资产占用'),
    performance: z
      .array(z.object({ heading: Text.describe('小标题'), paragraphs: Paragraphs }))
      .default([])
      .describe('预算绩效情况（按小节；湖南模板至少一节）'),
    performanceManagement: z
      .object({
        systems: Text.describe('已建立的预算绩效管理制度，如“《××局预算绩效管理办法》”'),
        mechanism: Text.describe('预算绩效管理工作机制，如“项目预算绩效全覆盖的管理工作机制”'),
        targets: z.object({
          projects: Count.describe('编报绩效目标的项目数'),
          amount: Money.describe('编报绩效目标的项目预算金额'),
        }),
        tracking: z.object({
          projects: Count.describe('绩效跟踪评价的项目数'),
          amount: Money.describe('绩效跟踪评价的项目预算金额'),
        }),
        selfEvaluation: z.object({
          projects: Count.describe('绩效自评的项目数'),
          amount: Money.describe('绩效自评的项目预算金额'),
          averageScore: z
            .union([z.number(), z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, '得分应为最多两位小数的数字')])
            .describe('绩效自评平均得分'),
          excellent: Count.describe('绩效评级为“优”的项目数'),
          good: Count.describe('绩效评级为“良”的项目数'),
          pass: Count.describe('绩效评级为“合格”的项目数'),
          fail: Count.describe('绩效评级为“不合格”的项目数'),
          problems: Count.describe('绩效自评中发现的问题数'),
          rectified: Count.describe('已经完成整改的问题数'),
          rectifying: Count.describe('正在整改的问题数'),
        }),
      })
      .optional()
      .describe('预算绩效管理情况（全国/上海11节模板）'),
    performanceEvaluations: PerformanceEvaluations.optional().describe(
      '绩效自评表（部门整体与项目）：执行率、得分、总分和等级由程序计算，自评表附在第五部分并写出自评结果',
    ),
    other: Paragraphs.optional().describe('其他重要事项'),
    annex: z
      .object({
        title: Text.describe('附件标题，如“2021年度部门整体支出绩效评价报告”'),
        sections: z.array(z.object({ heading: Text, paragraphs: Paragraphs })),
      })
      .describe('第五部分 附件（部门整体支出绩效评价报告正文）'),
  })
  .describe('juesuan 部门决算编制数据');

export type DisclosureData = z.infer<typeof DisclosureData>;

/** The JSON Schema of the input (draft 2020-12), for `juesuan schema` and editors. */
export function dataJsonSchema(): unknown {
  return z.toJSONSchema(DisclosureData, { io: 'input', target: 'draft-2020-12' });
}
