import { formatHundredths, sumHundredths } from '../../model/amount.ts';
import type { Disclosure } from '../../model/document.ts';
import type { RuleContext } from '../context.ts';
import { defineRule } from '../define-rule.ts';
import { operand, operandByLabel, type Operand } from '../helpers.ts';
import {
  amountsIn,
  reportParagraphs,
  sentenceLocation,
  sumWithinPrinted,
  type AmountMention,
  type Sentence,
} from '../narrative/claims.ts';
import { compareQuoted } from '../narrative/compare.ts';
import { classifyAmount, CONCEPT_NAMES, type Concept, type Scope } from '../narrative/concepts.ts';
import { totalFigure } from '../narrative/table-figures.ts';
import { EXPENDITURE_TOTAL, findLine, GRAND_TOTAL, INCOME_TOTAL } from '../summary-rows.ts';
import { accountsOf, figureAt, figureName, tableOf, type Accounts } from './accounts.ts';

/** Totals a report states that the concept classification (N-21) does not cover. */
type Total = 'income' | 'fiscalIncome' | 'otherIncome' | 'expenditure' | 'general';

const TOTALS: readonly [Total, string, RegExp][] = [
  ['income', '总收入', /(?:总收入|收入合计|收入总计|本年收入)(?:决算数?)?$|^收入$/],
  ['fiscalIncome', '财政拨款收入', /财政拨款(?:收入)?(?:决算数?)?$/],
  ['otherIncome', '其他收入', /其他收入(?:决算数?)?$/],
  // a bare "支出" only as the whole label ("2020年支出34.34万元"), never "支出决算" of a 预算→决算 item
  ['expenditure', '总支出', /(?:总支出|支出合计|支出总计|本年支出|整体支出)(?:决算数?)?$|^支出$/],
  ['general', '一般公共预算财政拨款支出', /一般公共预算(?:财政拨款)?(?:支出)?(?:决算数?)?$/],
];

/** Words that make an amount a budget, a change, last year's or a balance — not the year's actual figure. */
const NOT_ACTUAL =
  /(增加|减少|增长|下降|上升|降低|增|减)$|预算|上年|去年|年初|年末|结转|结余|累计|平均|人均|指标|项目资金|到位|使用率/;

function totalOf(a: AmountMention, department: string): Total | null {
  if (a.unit !== '万元') return null;
  let label = a.label.replace(/\s+/g, '');
  if (department !== '') label = label.split(department).join('');
  const stripped = label.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
  if (NOT_ACTUAL.test(stripped)) return null;
  label = label.replace(/(?:共计|合计为|为|是|达)$/, '');
  return TOTALS.find(([, , re]) => re.test(label))?.[0] ?? null;
}

const FUND = /政府性基金|国有资本经营|社会保险基金/;

interface Candidate {
  readonly scope: string;
  readonly op: Operand;
}

const ops = (list: readonly [string, Operand | null][]): Candidate[] =>
  list.flatMap(([scope, op]) => (op?.value != null ? [{ scope, op }] : []));

function totalCandidates(acc: Accounts, total: Total): Candidate[] {
  const t01 = tableOf(acc, 'income-expenditure-summary');
  const t02 = tableOf(acc, 'income');
  const t03 = tableOf(acc, 'expenditure');
  const line = (side: 'income' | 'expenditure', re: RegExp): Operand | null =>
    t01 ? operand(t01, findLine(t01, side, re), 'amount') : null;
  switch (total) {
    case 'income':
      return ops([
        ['全部资金', totalFigure(t02, 'total')],
        ['全部资金', line('income', INCOME_TOTAL)],
        ['含年初结转和结余', line('income', GRAND_TOTAL)],
      ]);
    case 'fiscalIncome':
      return ops([['财政拨款', totalFigure(t02, 'fiscal')]]);
    case 'otherIncome':
      return ops([['其他收入', totalFigure(t02, 'other')]]);
    case 'expenditure':
      return ops([
        ['全部资金', totalFigure(t03, 'total')],
        ['全部资金', line('expenditure', EXPENDITURE_TOTAL)],
        ['含年末结转和结余', line('expenditure', GRAND_TOTAL)],
      ]);
    case 'general':
      return ops([
        ['一般公共预算财政拨款', totalFigure(tableOf(acc, 'general-budget-expenditure'), 'total')],
      ]);
  }
}

const THREE_PUBLIC_KEYS: Partial<Record<Concept, string>> = {
  threePublic: 'actual.total',
  overseas: 'actual.overseas',
  reception: 'actual.reception',
  vehicle: 'actual.vehicle',
};

/** The table figures of a concept in a scope (null scope: any of them). */
function conceptCandidates(acc: Accounts, concept: Concept, scope: Scope): Candidate[] {
  const t03 = tableOf(acc, 'expenditure');
  const t05 = tableOf(acc, 'general-budget-expenditure');
  const t06 = tableOf(acc, 'general-budget-basic-expenditure');
  const t3 = tableOf(acc, 'three-public');
  const out: [string, Operand | null][] = [];
  if (concept === 'basic' || concept === 'project') {
    if (scope === null || scope === 'all') out.push(['全部资金', totalFigure(t03, concept)]);
    if (scope === null || scope === 'general' || scope === 'fiscal')
      out.push(['一般公共预算财政拨款', totalFigure(t05, concept)]);
  }
  if (concept === 'personnel' && scope !== 'all')
    out.push(['一般公共预算财政拨款', operandByLabel(t06, ['人员经费合计'], 'amount')]);
  if (concept === 'public' && scope !== 'all')
    out.push(['一般公共预算财政拨款', operandByLabel(t06, ['公用经费合计'], 'amount')]);
  const key = THREE_PUBLIC_KEYS[concept];
  if (key && t3) out.push(['财政拨款', operand(t3, t3.rows[0], key)]);
  return ops(out);
}

/** Another table figure the stated amount is equal to, to name a likely mix-up of scopes ("与05表 基本支出相同"). */
function sameAs(acc: Accounts, value: number, income: boolean): Operand | null {
  const incomeFigures: [Parameters<typeof tableOf>[1], string][] = [
    ['income', 'total'],
    ['income', 'fiscal'],
  ];
  const figures: [Parameters<typeof tableOf>[1], string][] = [
    ...(income ? incomeFigures : []),
    ['expenditure', 'total'],
    ['general-budget-expenditure', 'total'],
    ['general-budget-expenditure', 'basic'],
    ['expenditure', 'basic'],
    ['general-budget-expenditure', 'project'],
    ['expenditure', 'project'],
    ...(income ? [] : incomeFigures),
  ];
  for (const [kind, key] of figures) {
    const op = totalFigure(tableOf(acc, kind), key);
    if (op?.value === value && value !== 0) return op;
  }
  return null;
}

/** "日常公用经费中三公经费支出5.49万元，培训费25.5万元…": a figure stated before, broken down after "X中". */
interface Exceeding {
  readonly whole: AmountMention;
  readonly parts: AmountMention[];
  /** Each part's words as printed (from the previous figure or the "中" to the number). */
  readonly names: string[];
  readonly at: number;
}

function partsExceedingWhole(p: Sentence): Exceeding[] {
  const out: Exceeding[] = [];
  const amounts = amountsIn(p.text);
  for (const m of p.text.matchAll(/(?:^|[。；;])\s*([\u4e00-\u9fff“”"]{2,12})中[，,：:]?/g)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].length;
    const whole = [...amounts]
      .reverse()
      .find((a) => a.end <= m.index + 1 && a.label.replace(/\s+/g, '').endsWith(name));
    if (!whole) continue;
    const end = p.text.slice(start).search(/[。；;]/);
    const stop = end < 0 ? p.text.length : start + end;
    const parts = amounts.filter(
      (a) => a.start >= start && a.start < stop && a.unit === whole.unit && !NOT_ACTUAL.test(a.label),
    );
    if (parts.length === 0) continue;
    const check = sumWithinPrinted(whole, parts);
    const names = parts.map((x, i) =>
      p.text
        .slice(i === 0 ? start : (parts[i - 1]?.end ?? start), x.start)
        .replace(/^[，,、；;和及]+/, '')
        .replace(/(?:为|是|共计|约)$/, '')
        .trim(),
    );
    if (check.sum > whole.value && !check.ok) out.push({ whole, parts, names, at: m.index });
  }
  return out;
}

/** An amount's label as printed, without the leading year: "2023年全年网信办一般公共预算" → "全年网信办一般公共预算". */
const label = (a: AmountMention): string =>
  a.label
    .replace(/\s+/g, '')
    .replace(/^\d{4}年度?/, '')
    .replace(/(?:共计|为|是|达)$/, '');

function checkFigure(
  ctx: RuleContext,
  acc: Accounts,
  p: Sentence,
  a: AmountMention,
  name: string,
  candidates: readonly Candidate[],
  warn: boolean,
  income = false,
): void {
  if (candidates.length === 0) return;
  if (candidates.some((c) => compareQuoted(a, c.op.value ?? 0) !== 'different')) return;
  const other = sameAs(acc, a.value, income);
  ctx.report({
    messageId: 'differs',
    ...(warn ? { severity: 'warning' as const } : {}),
    data: {
      section: p.section.heading,
      name: label(a) === name ? name : `“${label(a)}”（按${name}比较）`,
      quoted: a.raw,
      tables: candidates.map((c) => `${c.scope} ${figureName(acc, c.op)}`).join('；'),
      hint: other ? `（与 ${figureName(acc, other)} 相同，口径疑误）` : '',
    },
    expected: { amount: candidates[0]?.op.value ?? 0 },
    actual: { amount: a.value },
    locations: [sentenceLocation(p, a.start), ...candidates.flatMap((c) => figureAt(ctx, acc, c.op))],
  });
}

function checkReport(doc: Disclosure, ctx: RuleContext, acc: Accounts | null, p: Sentence): void {
  for (const b of partsExceedingWhole(p)) {
    ctx.report({
      messageId: 'partsExceed',
      data: {
        section: p.section.heading,
        whole: b.whole.label,
        wholeRaw: b.whole.raw,
        parts: b.parts.map((x, i) => `${b.names[i] ?? ''}${formatHundredths(x.value)}`).join(' + '),
        sum: formatHundredths(sumHundredths(b.parts.map((x) => x.value))),
      },
      expected: { amount: b.whole.value },
      actual: { amount: sumHundredths(b.parts.map((x) => x.value)) },
      locations: [sentenceLocation(p, b.at === 0 ? 0 : b.at + 1), sentenceLocation(p, b.whole.start)],
    });
  }
  // a 政府性基金 / 国有资本经营 / 社会保险基金 section or sentence speaks of that fund's figures only
  if (!acc || FUND.test(p.section.heading)) return;
  for (const a of amountsIn(p.text)) {
    const sentenceStart = Math.max(p.text.lastIndexOf('。', a.start), p.text.lastIndexOf('；', a.start)) + 1;
    if (FUND.test(p.text.slice(sentenceStart, a.start))) continue;
    const c = classifyAmount(p, a, null, doc.meta.department);
    if (c) {
      checkFigure(
        ctx,
        acc,
        p,
        a,
        CONCEPT_NAMES[c.concept],
        conceptCandidates(acc, c.concept, c.scope),
        false,
      );
      continue;
    }
    const total = totalOf(a, doc.meta.department);
    if (!total) continue;
    const name = TOTALS.find(([t]) => t === total)?.[1] ?? '';
    // a bare "一般公共预算为X" may mean a budget as well as the spending: a warning, not an error
    const bare = total === 'general' && !/支出|决算/.test(a.label);
    checkFigure(ctx, acc, p, a, name, totalCandidates(acc, total), bare, /income|Income/.test(total));
  }
}

export default defineRule({
  meta: {
    id: 'P-16',
    title: '绩效评价报告中的决算数字与决算表一致',
    group: 'performance',
    severity: 'error',
    formula:
      '报告所写 总收入、财政拨款收入、其他收入、总支出、基本支出、项目支出、一般公共预算支出、人员经费、公用经费、“三公”经费 = 同口径的决算表数字（口径未写明时与任一口径相同即可）；“X中”所列各项之和 ≤ X',
    rationale:
      '部门整体支出绩效评价报告复述的收支数字来自同一本决算：与各口径的表数都不同，说明报告抄错或把一个口径的数当作另一个口径写。单独公开的自评报告与同一部门同一年度的决算一并审核时，与该决算的表格比较。“其中”式的分项超过总数由 N-19 报告；本规则另查报告中“X中 A、B、C”式的分项。',
    references: ['rules.md P-16', 'rules.md N-19', 'rules.md N-21', 'performance-eval.md §3.3'],
    messages: {
      differs: '“{{section}}” {{name}} {{quoted}} 与决算表不一致：{{tables}}{{hint}}',
      partsExceed: '“{{section}}” {{whole}}{{wholeRaw}}，其中所列 {{parts}} = {{sum}}万元，超过总数',
    },
  },
  check(doc, ctx) {
    const paragraphs = reportParagraphs(doc);
    if (paragraphs.length === 0) return;
    const acc = accountsOf(doc, ctx);
    // tables of another year are not this report's figures
    const sameYear = acc && (acc.own || acc.doc.meta.year === doc.meta.year) ? acc : null;
    for (const p of paragraphs) checkReport(doc, ctx, sameYear, p);
  },
});
