import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { totalRow } from '../../model/query.ts';
import { describe, operand } from '../helpers.ts';
import { EXPENDITURE_TOTAL, findLine } from '../summary-rows.ts';
import { at, describeThreePublic, finalTable, threePublicRow, threePublicScope } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-17',
    title: '“三公”经费决算数不超过同口径财政拨款支出',
    group: 'between-tables',
    severity: 'error',
    formula:
      '三公表 决算·合计 ≤ 05表 合计（一般公共预算财政拨款口径，旧表序）或 ≤ 04表 本年支出合计（财政拨款口径，新表序）',
    rationale: '“三公”经费是同口径财政拨款支出的一部分，不可能超过该口径的全部支出。',
    references: ['rules.md X-17', '部门决算公开表样 04、05表、“三公”经费支出决算表'],
    messages: {
      exceeds: '{{lhs}} 大于 {{rhs}}（超出 {{gap}}）；“三公”经费是{{scope}}支出的一部分，不应超过其合计',
    },
  },
  check(doc, ctx) {
    const tp = finalTable(doc, 'three-public');
    if (!tp) return;
    const row = threePublicRow(tp);
    const actual = operand(tp, row, 'actual.total');
    if (!actual || actual.value === null) return;
    const scope = threePublicScope(doc, tp);
    const t05 = finalTable(doc, 'general-budget-expenditure');
    const t04 = finalTable(doc, 'fiscal-summary');
    const bound =
      scope === 'general'
        ? operand(t05, t05 ? totalRow(t05) : undefined, 'total')
        : operand(t04, t04 ? findLine(t04, 'expenditure', EXPENDITURE_TOTAL) : undefined, 'total');
    if (!bound || bound.value === null || actual.value <= bound.value) return;
    ctx.report({
      messageId: 'exceeds',
      data: {
        lhs: describeThreePublic(actual),
        rhs: describe(bound, true),
        gap: formatHundredths(actual.value - bound.value),
        scope: scope === 'general' ? '一般公共预算财政拨款' : '财政拨款',
      },
      expected: { amount: bound.value },
      actual: { amount: actual.value },
      locations: [at(ctx, actual), at(ctx, bound)],
    });
  },
});
