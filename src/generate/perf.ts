/**
 * 绩效自评表 and the 自评结果 of the report (issue 7 part 4), computed by the scoring engine: 合计 of the money block,
 * 执行率, 预算执行得分 (capped), indicator scores (quantitative and date indicators by rule; qualitative ones as the
 * preparer scores them within their band), 一级 points, 总分 and grade. Every missing fact is a located problem.
 */
import { formatHundredths } from '../model/amount.ts';
import { attainment, parseIndicatorValue } from '../perf/indicator.ts';
import {
  add,
  cmp,
  eq,
  fromHundredths,
  HUNDRED,
  mul,
  parseDecimal,
  sum,
  toFixed,
  toShort,
  ZERO,
  type Rational,
} from '../perf/rational.ts';
import {
  budgetExecutionScore,
  executionRate,
  gradeOf,
  gradeScaleFor,
  indicatorScore,
} from '../perf/score.ts';
import type { Problem } from './compute.ts';
import { money } from './compute.ts';
import type { DisclosureData } from './data.ts';
import type { Block, BodyRow, GenTable } from './layout.ts';

type Evaluations = NonNullable<DisclosureData['performanceEvaluations']>;
type TableInput = Evaluations['overall'];
type ProjectInput = Evaluations['projects'][number];

const LEVEL1 = ['产出指标', '效益指标', '满意度指标'] as const;

const points = (v: string | number): Rational => parseDecimal(String(v)) ?? ZERO;
/** Scores and points as printed: at most two decimals, no trailing zeros ("9.78", "10", "97.5"). */
const pts = (r: Rational): string => toShort(r, 2);
/** A printed score back as the exact value every sum uses (so 总分 = Σ printed parts). */
const printed = (r: Rational): Rational => parseDecimal(pts(r)) ?? ZERO;

export interface PerfComputed {
  readonly kind: 'overall' | 'project';
  readonly name: string;
  readonly path: string;
  readonly adjusted: number;
  readonly executed: number;
  /** 执行率 printed ("97.81%"). */
  readonly rate: string;
  readonly total: Rational;
  readonly grade: string;
  readonly table: GenTable;
}

interface Funds {
  initialBudget: number;
  adjustedBudget: number;
  executed: number;
}

const fundsOf = (f: TableInput['funds']['fiscal'] | undefined): Funds | null =>
  f
    ? {
        initialBudget: money(f.initialBudget),
        adjustedBudget: money(f.adjustedBudget),
        executed: money(f.executed),
      }
    : null;

const amount = (v: number | null): string => (v === null ? '' : formatHundredths(v));
/** A source row leaves its zero cells blank, as published 自评表 do. */
const part = (v: number | null | undefined): string => (v ? formatHundredths(v) : '');

function tableOf(
  c: { year: number; department: string; scaleNote: string; scale: ReturnType<typeof gradeScaleFor> },
  t: TableInput,
  project: ProjectInput | null,
  path: string,
  problems: Problem[],
): PerfComputed {
  const fiscal = fundsOf(t.funds.fiscal) ?? { initialBudget: 0, adjustedBudget: 0, executed: 0 };
  const carry = fundsOf(t.funds.carryOver);
  const other = fundsOf(t.funds.other);
  const total: Funds = {
    initialBudget: fiscal.initialBudget + (carry?.initialBudget ?? 0) + (other?.initialBudget ?? 0),
    adjustedBudget: fiscal.adjustedBudget + (carry?.adjustedBudget ?? 0) + (other?.adjustedBudget ?? 0),
    executed: fiscal.executed + (carry?.executed ?? 0) + (other?.executed ?? 0),
  };
  const weight = points(t.weight);
  const rateR = executionRate(fromHundredths(total.executed), fromHundredths(total.adjustedBudget));
  if (!rateR) problems.push({ path: `${path}.funds`, message: '全年预算数合计为0，无法计算执行率' });
  // 执行率 printed to two decimals of a percent; 得分 = 分值 × 执行率, capped at 分值, printed to two decimals
  const rateText = rateR ? `${toFixed(mul(rateR, HUNDRED), 2)}%` : '';
  const moneyScore = printed(budgetExecutionScore(weight, rateR ?? ZERO));

  const rows: BodyRow[] = [];
  const name = project?.name ?? '';
  rows.push({
    cells: ['部门名称', c.department, '', '', '', '', '', '', ''],
    origin: 'performanceEvaluations.departmentShort',
  });
  if (project) {
    const invest =
      project.totalInvestment !== undefined ? money(project.totalInvestment) : total.adjustedBudget;
    const fiscalInvest =
      project.fiscalInvestment !== undefined ? money(project.fiscalInvestment) : fiscal.adjustedBudget;
    rows.push({
      cells: ['项目支出名称', '专项名称', '', project.name, '', '项目总投资（万元）', '', amount(invest), ''],
      origin: `${path}.name`,
    });
    rows.push({
      cells: [
        '',
        '支出方向名称（子项目）',
        '',
        project.subItem ?? project.name,
        '',
        '其中：财政拨款',
        '',
        amount(fiscalInvest),
        '',
      ],
      origin: `${path}.subItem`,
    });
    rows.push({
      cells: [`项目总实施期：${project.period ?? `${String(c.year)}年`}`],
      origin: `${path}.period`,
      trim: true,
    });
  }
  rows.push({
    cells: [
      project ? '年度项目资金（万元）' : '资金情况（万元）',
      '年度资金总额',
      '',
      '年初预算数',
      '全年预算数',
      '全年执行数',
      '分值',
      '执行率',
      '得分（分值×执行率）',
    ],
  });
  const fundRow = (label: string, f: Funds | null, origin: string): BodyRow => ({
    cells: ['', label, '', part(f?.initialBudget), part(f?.adjustedBudget), part(f?.executed), '', '', ''],
    origin,
  });
  rows.push({
    cells: [
      '',
      '合计',
      '',
      amount(total.initialBudget),
      amount(total.adjustedBudget),
      amount(total.executed),
      pts(weight),
      rateText,
      pts(moneyScore),
    ],
    origin: `${path}.funds`,
    total: true,
  });
  rows.push(fundRow('其中：当年财政拨款', fiscal, `${path}.funds.fiscal`));
  rows.push(fundRow('上年结转资金', carry, `${path}.funds.carryOver`));
  rows.push(fundRow('其他资金', other, `${path}.funds.other`));
  rows.push({ cells: ['年度总体目标', '预期目标', '', '', '', '实际完成情况', '', '', ''] });
  rows.push({
    cells: ['', t.objective.planned, '', '', '', t.objective.achieved, '', '', ''],
    origin: `${path}.objective`,
  });

  // indicators: scores by rule, or as the preparer justifies them
  const scored = t.indicators.map((ind, i) => {
    const at = `${path}.indicators[${String(i)}]`;
    const w = points(ind.weight);
    const estimate = indicatorScore(ind.target, ind.actual, w);
    const given = ind.score !== undefined ? points(ind.score) : null;
    let score: Rational = ZERO;
    if (estimate?.kind === 'exact') {
      score = printed(estimate.score);
      if (given && !eq(given, score)) {
        if (ind.scoreReason === undefined)
          problems.push({
            path: `${at}.scoreReason`,
            message: `${ind.name}：按指标值计算得分为 ${pts(score)}，所填 ${pts(given)} 与之不同，须说明理由`,
          });
        score = given;
      }
    } else if (given) {
      score = given;
      if (
        estimate?.kind === 'band' &&
        (cmp(given, estimate.min) < 0 || cmp(given, estimate.max) > 0) &&
        !ind.scoreReason
      )
        problems.push({
          path: `${at}.score`,
          message: `${ind.name}：定性指标“${estimate.label}”的得分应在 ${pts(estimate.min)}–${pts(estimate.max)} 分之间，所填 ${pts(given)}；超出时须填 scoreReason`,
        });
    } else {
      problems.push({
        path: `${at}.score`,
        message: `${ind.name}：指标值“${ind.target}”与实际完成值“${ind.actual}”不能按规则计分，须填写得分${
          estimate?.kind === 'band'
            ? `（“${estimate.label}”区间 ${pts(estimate.min)}–${pts(estimate.max)} 分）`
            : ''
        }`,
      });
    }
    if (cmp(score, ZERO) < 0 || cmp(score, w) > 0)
      problems.push({
        path: `${at}.score`,
        message: `${ind.name}：得分 ${pts(score)} 不在 0–${pts(w)} 分之间`,
      });
    const unmet =
      attainment(parseIndicatorValue(ind.target), parseIndicatorValue(ind.actual)).verdict === 'unmet';
    if ((cmp(score, w) < 0 || unmet) && ind.deviation === undefined)
      problems.push({
        path: `${at}.deviation`,
        message: `${ind.name}：${unmet ? '未达到年度指标值' : `得分 ${pts(score)} 低于分值 ${pts(w)}`}，须填写偏差原因分析及改进措施`,
      });
    return { ind, w, score, at };
  });
  for (const ind of t.indicators)
    if (!(LEVEL1 as readonly string[]).includes(ind.level1))
      problems.push({ path, message: `未知的一级指标 ${ind.level1}` });
  const groups = LEVEL1.map((l1) => {
    const list = scored.filter((s) => s.ind.level1 === l1);
    return { l1, list, weight: sum(list.map((s) => s.w)) };
  }).filter((g) => g.list.length > 0);
  const weightSum = groups.reduce((a, g) => add(a, g.weight), weight);
  if (!eq(weightSum, HUNDRED))
    problems.push({
      path: `${path}.indicators`,
      message: `预算执行分值 ${pts(weight)} + 各一级指标分值 ${groups.map((g) => `${g.l1} ${pts(g.weight)}`).join(' + ')} = ${pts(weightSum)} ≠ 100`,
    });
  rows.push({
    cells: [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
  });
  for (const g of groups) {
    let lastL2 = '';
    g.list.forEach((s, i) => {
      const l2 = s.ind.level2 === lastL2 ? '' : s.ind.level2;
      lastL2 = s.ind.level2;
      rows.push({
        cells: [
          '',
          i === 0 ? `${g.l1}（${pts(g.weight)}分）` : '',
          l2,
          s.ind.name,
          s.ind.target,
          s.ind.actual,
          pts(s.w),
          pts(s.score),
          s.ind.deviation ?? '',
        ],
        origin: s.at,
      });
    });
  }
  const totalScore = scored.reduce((a, s) => add(a, s.score), moneyScore);
  const grade = gradeOf(totalScore, c.scale).label;
  rows.push({
    cells: ['总分', '', '', '', '', '', pts(weightSum), pts(totalScore), `等级：${grade}`],
    origin: `${path}.indicators`,
    total: true,
  });
  const title = `${String(c.year)}年度${project ? '项目支出' : '部门整体支出'}绩效自评表`;
  return {
    kind: project ? 'project' : 'overall',
    name,
    path,
    adjusted: total.adjustedBudget,
    executed: total.executed,
    rate: rateText,
    total: totalScore,
    grade,
    table: {
      kind: 'table',
      number: '',
      title,
      department: c.department,
      unit: '万元',
      header: [],
      rows,
      amountColumns: [3, 4, 5],
      notes: [
        '备注：1.“执行率”=“全年执行数”/“全年预算数”；',
        `2.总分设置为100分，等级划分为：${c.scaleNote}。`,
      ],
      plain: true,
    },
  };
}

/** "90分（含）—100分为优，80分（含）—90分为良，60分（含）—80分为中，60分以下为差". */
function scaleNote(scale: ReturnType<typeof gradeScaleFor>): string {
  return scale.bands
    .map((b, i) => {
      const upper = scale.bands[i - 1];
      const lo = pts(b.min);
      if (b.min.num === 0n) return `${pts(upper?.min ?? b.min)}分以下为${b.label}`;
      return `${lo}分（含）—${pts(upper?.min ?? HUNDRED)}分为${b.label}`;
    })
    .join('，');
}

export interface PerfResult {
  readonly tables: readonly PerfComputed[];
  readonly problems: readonly Problem[];
}

/** Compute every 自评表 of the data (none when the block is absent). */
export function computePerformance(d: DisclosureData): PerfResult {
  const e = d.performanceEvaluations;
  if (!e) return { tables: [], problems: [] };
  const problems: Problem[] = [];
  const scale = gradeScaleFor(d.settings.template === 'national-11' ? 'shanghai' : 'hunan');
  const c = {
    year: d.settings.year,
    department: e.departmentShort ?? d.settings.department,
    scale,
    scaleNote: scaleNote(scale),
  };
  const tables = [
    tableOf(c, e.overall, null, 'performanceEvaluations.overall', problems),
    ...e.projects.map((p, i) => tableOf(c, p, p, `performanceEvaluations.projects[${String(i)}]`, problems)),
  ];
  return { tables, problems };
}

/** The 自评结果 paragraphs (every figure computed) and the 自评表 as blocks of the 附件. */
export function performanceBlocks(r: PerfResult, sectionNumber: string): Block[] {
  if (r.tables.length === 0) return [];
  const text = (t: PerfComputed): string =>
    t.kind === 'overall'
      ? `部门整体支出全年预算数${formatHundredths(t.adjusted)}万元，全年执行数${formatHundredths(t.executed)}万元，执行率${t.rate}；部门整体支出绩效自评得分${pts(t.total)}分，等级为${t.grade}。`
      : `${t.name}全年预算数${formatHundredths(t.adjusted)}万元，执行数${formatHundredths(t.executed)}万元，执行率${t.rate}；项目绩效自评得分${pts(t.total)}分，等级为${t.grade}。`;
  return [
    { kind: 'heading', text: `${sectionNumber}、绩效自评结果`, level: 3, origin: 'performanceEvaluations' },
    ...r.tables.map((t): Block => ({ kind: 'paragraph', text: text(t), origin: t.path })),
    ...r.tables.map((t): Block => t.table),
  ];
}
