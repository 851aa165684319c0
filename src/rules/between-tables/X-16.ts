import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import type { Table } from '../../model/document.ts';
import { rowByCode, totalRow } from '../../model/query.ts';
import { operand, type Operand } from '../helpers.ts';
import {
  at,
  declaredOrBlank,
  describeParts,
  describeThreePublic,
  finalTable,
  THREE_PUBLIC_ITEMS,
  threePublicRow,
  threePublicScope,
  total,
  valueAt,
} from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-16',
    title: '无项目支出时“三公”经费决算数等于基本支出中的对应科目',
    group: 'between-tables',
    severity: 'error',
    formula:
      '05表 项目支出 = 0（“三公”为财政拨款口径时另需基金表、国资表无数）⇒ 三公表 决算·出国、接待、车运行、车购置 = 06表 30212、30217、30231、31013（+30913）',
    rationale:
      '“三公”经费只能由基本支出或项目支出安排；没有项目支出时，“三公”经费全部在基本支出中，应与06表对应经济科目相等。',
    references: ['rules.md X-16', '部门决算公开表样 05、06表、“三公”经费支出决算表'],
    messages: {
      short: '{{rhs}} 大于 {{lhs}}（差 {{gap}}）；{{premise}}，“三公”经费全部由基本支出安排，两数应相等',
    },
  },
  check(doc, ctx) {
    const t05 = finalTable(doc, 'general-budget-expenditure');
    const t06 = finalTable(doc, 'general-budget-basic-expenditure');
    const tp = finalTable(doc, 'three-public');
    if (!t05 || !t06 || !tp) return;
    const row = threePublicRow(tp);
    if (!row || valueAt(totalRow(t05), 'project') !== 0) return;
    const scope = threePublicScope(doc, tp);
    if (scope === 'fiscal') {
      const funds = [finalTable(doc, 'government-fund'), finalTable(doc, 'state-capital')];
      if (!funds.every((t): t is Table => t !== undefined && declaredOrBlank(t))) return;
    }
    const premise =
      scope === 'general' ? '05表项目支出为 0' : '05表项目支出为 0 且没有政府性基金、国有资本经营预算支出';
    for (const item of THREE_PUBLIC_ITEMS) {
      const parts = item.codes
        .map((c) => operand(t06, rowByCode(t06, c), 'amount'))
        .filter((o): o is Operand => o !== null);
      const actual = operand(tp, row, item.key);
      if (!actual || actual.value === null || parts.length === 0 || parts.some((p) => p.value === null))
        continue;
      const sum = total(parts);
      // Only the shortfall: 06 above 三公 is X-15's finding.
      if (sum >= actual.value || (parts.length > 1 && ctx.withinRounding(actual.value, sum, parts.length)))
        continue;
      ctx.report({
        messageId: 'short',
        data: {
          lhs: describeParts(parts),
          rhs: describeThreePublic(actual),
          gap: formatHundredths(actual.value - sum),
          premise,
        },
        expected: { amount: sum },
        actual: { amount: actual.value },
        locations: [at(ctx, actual), ...parts.map((p) => at(ctx, p))],
      });
    }
  },
});
