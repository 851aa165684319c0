import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { checkPercent, percentString, printed } from '../../model/ratio.ts';
import { allNarrativeParagraphs, amountsIn, budgetPairsIn, sentenceLocation } from './claims.ts';

/** The budget a rate names: 年初预算 or 全年预算 (调整预算 is the 全年预算). */
function namedBase(lead: string): { name: '年初预算' | '全年预算'; label: RegExp } | null {
  if (/年初预算(数)?的?$/.test(lead)) return { name: '年初预算', label: /年初预算(数)?(为|是)?$/ };
  if (/(全年|调整)预算(数)?的?$/.test(lead))
    return { name: '全年预算', label: /(全年|调整)预算(数)?(为|是)?$/ };
  return null;
}

export default defineRule({
  meta: {
    id: 'N-13',
    title: '完成率与预算、决算数一致；预算为 0 时不写完成率',
    group: 'narrative',
    severity: 'error',
    formula: '完成预算的 X% = 决算 ÷ 预算（区间复算）；预算 = 0 且决算 > 0 时不得写完成率',
    rationale: '完成率由同一句中的预算数和决算数决定；预算为 0 时比率无意义，写出来就是模板残留或计算错误。',
    references: ['rules.md N-13', 'rules.md §9.3'],
    messages: {
      rate: '“{{section}}” 预算 {{budget}}万元、决算 {{actual}}万元，完成率应为 {{exact}}%（允许 {{range}}），文中为 {{printed}}',
      zeroBudget:
        '“{{section}}” 预算为 0、决算 {{actual}}万元，却写“完成预算的{{printed}}”；预算为 0 时不应计算完成率',
      zeroBoth: '“{{section}}” 预算与决算均为 0，“完成预算的{{printed}}”没有意义，应改为说明本年无此项支出',
      wrongBase:
        '“{{section}}” 写“完成{{named}}的{{printed}}”，但{{named}}为 {{namedValue}}万元；{{printed}} 是决算 {{actual}}万元 ÷ {{used}} {{usedValue}}万元 的结果，完成率的基数应写“{{used}}”',
    },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      for (const pair of budgetPairsIn(p.text)) {
        const { budget, actual, rate } = pair;
        if (!rate || budget.unit !== '万元' || actual.unit !== '万元') continue;
        const base = {
          section: p.section.heading,
          actual: formatHundredths(actual.value),
          printed: rate.raw,
        };
        // "年初预算为0万元，全年预算为321.02万元，…完成年初预算的95.89%": the rate is computed on one budget but
        // names the other.
        const named = namedBase(rate.lead);
        const usedName = /年初/.test(budget.label)
          ? '年初预算'
          : /全年|调整/.test(budget.label)
            ? '全年预算'
            : null;
        if (named && usedName && named.name !== usedName) {
          const other = amountsIn(p.text).find(
            (a) =>
              a.end <= actual.start && a.unit === '万元' && named.label.test(a.label.replace(/\s+/g, '')),
          );
          const fits = checkPercent(printed(actual.value), printed(budget.value), rate).verdict !== 'wrong';
          if (other && other.value !== budget.value && fits) {
            ctx.report({
              messageId: 'wrongBase',
              data: {
                ...base,
                named: named.name,
                namedValue: formatHundredths(other.value),
                used: usedName,
                usedValue: formatHundredths(budget.value),
              },
              locations: [sentenceLocation(p, rate.start)],
            });
            continue;
          }
        }
        if (budget.value === 0) {
          if (actual.value !== 0) {
            ctx.report({ messageId: 'zeroBudget', data: base, locations: [sentenceLocation(p, rate.start)] });
          } else {
            ctx.report({
              messageId: 'zeroBoth',
              severity: 'note',
              data: base,
              locations: [sentenceLocation(p, rate.start)],
            });
          }
          continue;
        }
        const r = checkPercent(printed(actual.value), printed(budget.value), rate);
        if (r.verdict !== 'wrong') continue;
        ctx.report({
          messageId: 'rate',
          data: {
            ...base,
            budget: formatHundredths(budget.value),
            exact: percentString(actual.value, budget.value, 2) ?? '—',
            range: r.range,
          },
          expected: { percent: percentString(actual.value, budget.value, Math.max(2, rate.decimals)) ?? '' },
          actual: { percent: rate.raw.replace(/[%％]/, '') },
          locations: [sentenceLocation(p, rate.start)],
        });
      }
    }
  },
});
