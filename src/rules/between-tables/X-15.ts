import { defineRule } from '../define-rule.ts';
import { operand, type Operand } from '../helpers.ts';
import { rowByCode, tableName } from '../../model/query.ts';
import {
  at,
  describeParts,
  describeThreePublic,
  finalTable,
  noteAt,
  THREE_PUBLIC_ITEMS,
  threePublicRow,
  total,
} from './shared.ts';
import { formatHundredths } from '../../model/amount.ts';

const PART_OF = '06表只含一般公共预算财政拨款基本支出，是“三公”经费决算数的一部分';

export default defineRule({
  meta: {
    id: 'X-15',
    title: '基本支出中的“三公”经费科目不超过“三公”经费决算数',
    group: 'between-tables',
    severity: 'error',
    formula:
      '06表 30212 因公出国（境）费用 ≤ 三公表 决算·因公出国（境）费；30217 公务接待费 ≤ 决算·公务接待费；30231 公务用车运行维护费 ≤ 决算·公务用车运行（维护）费；31013（及 30913）公务用车购置 ≤ 决算·公务用车购置费',
    rationale:
      '“三公”经费决算数包括基本支出和项目支出中的“三公”经费，06表对应经济科目只是其中基本支出的部分。',
    references: [
      'rules.md X-15',
      '部门决算公开表样 06表、“三公”经费支出决算表',
      '支出经济分类科目 30212/30217/30231/31013',
    ],
    messages: {
      exceeds: `{{lhs}} 大于 {{rhs}}（超出 {{gap}}）；${PART_OF}`,
      declaredEmpty: `{{lhs}}，但{{other}}注明本表无数据；${PART_OF}`,
    },
  },
  check(doc, ctx) {
    const t06 = finalTable(doc, 'general-budget-basic-expenditure');
    const tp = finalTable(doc, 'three-public');
    if (!t06 || !tp) return;
    const row = threePublicRow(tp);
    // Without a data row the table is either empty by its statement or malformed (completeness rules).
    if (!row && !tp.emptyStatement) return;
    for (const item of THREE_PUBLIC_ITEMS) {
      const parts = item.codes
        .map((c) => operand(t06, rowByCode(t06, c), 'amount'))
        .filter((o): o is Operand => o !== null);
      if (parts.length === 0 || parts.some((p) => p.value === null)) continue;
      const sum = total(parts);
      if (sum <= 0) continue;
      if (!row) {
        const primary = parts.find((p) => p.value !== 0);
        if (!primary || !tp.emptyStatement) continue;
        ctx.report({
          messageId: 'declaredEmpty',
          data: { lhs: describeParts(parts), other: tableName(tp) },
          expected: { amount: 0 },
          actual: { amount: sum },
          locations: [at(ctx, primary), noteAt(ctx, tp, tp.emptyStatement)],
        });
        continue;
      }
      const actual = operand(tp, row, item.key);
      if (!actual || actual.value === null || sum <= actual.value) continue;
      // Two separately rounded items against one figure may exceed it by their rounding.
      if (parts.length > 1 && ctx.withinRounding(actual.value, sum, parts.length)) continue;
      ctx.report({
        messageId: 'exceeds',
        data: {
          lhs: describeParts(parts),
          rhs: describeThreePublic(actual),
          gap: formatHundredths(sum - actual.value),
        },
        expected: { amount: actual.value },
        actual: { amount: sum },
        locations: [...parts.map((p) => at(ctx, p)), at(ctx, actual)],
      });
    }
  },
});
