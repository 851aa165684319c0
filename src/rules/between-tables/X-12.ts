import { defineRule } from '../define-rule.ts';
import { operand } from '../helpers.ts';
import { codedRows, totalRow } from '../../model/query.ts';
import { atMostProblem, finalTable, listsSubjects, reportAtMost, rowsByCode, valueAt } from './shared.ts';

/** 03表 columns that 05表 has no column for: 财政拨款 spent there shows in 05表 under 基本 or 项目支出. */
const OTHER_SPENDING = ['remittance', 'business', 'affiliateSubsidy'] as const;
const PART_OF = '05表是03表中一般公共预算财政拨款安排的部分';

export default defineRule({
  meta: {
    id: 'X-12',
    title: '一般公共预算财政拨款支出不超过支出决算表同科目支出',
    group: 'between-tables',
    severity: 'error',
    formula:
      '05表 ≤ 03表：合计行及每个科目行，基本支出、项目支出分别比较（03表有上缴上级、经营或对附属单位补助支出时只比较合计栏）',
    rationale:
      '05表只含一般公共预算财政拨款安排的支出，是03表全部支出的一部分，任何科目、任何一栏都不能超过03表。',
    references: ['rules.md X-12', '部门决算公开表样 03、05表'],
    messages: {
      exceeds: `{{lhs}} 大于 {{rhs}}（超出 {{gap}}）；${PART_OF}，不应超过03表`,
      absent: `{{lhs}} 在{{other}}中没有对应科目；${PART_OF}，其科目应在03表列示`,
    },
  },
  check(doc, ctx) {
    const t03 = finalTable(doc, 'expenditure');
    const t05 = finalTable(doc, 'general-budget-expenditure');
    if (!t03 || !t05) return;
    const spendRows = rowsByCode(t03);
    const t03Total = totalRow(t03);
    const onlyBasicAndProject = OTHER_SPENDING.every((k) => (valueAt(t03Total, k) ?? 0) === 0);
    const keys = onlyBasicAndProject ? (['basic', 'project'] as const) : (['total'] as const);
    for (const key of keys) {
      const problems = [atMostProblem(null, operand(t05, totalRow(t05), key), operand(t03, t03Total, key))];
      // 科目 rows only when 03表 lists them (a 合计-only table is I-19's finding).
      if (listsSubjects(t03))
        for (const row of codedRows(t05)) {
          const other = row.code === null ? undefined : spendRows.get(row.code);
          problems.push(
            atMostProblem(row.code, operand(t05, row, key), other ? operand(t03, other, key) : undefined),
          );
        }
      reportAtMost(ctx, { exceeds: 'exceeds', absent: 'absent' }, problems, t03);
    }
  },
});
