import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { findLine, INCOME_TOTAL } from '../summary-rows.ts';
import { checkCopy, finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-01',
    title: '收入支出决算总表本年收入合计与收入决算表合计一致',
    group: 'between-tables',
    severity: 'error',
    formula: '01表 本年收入合计 = 02表 合计·本年收入合计',
    rationale: '02表按功能科目列示本年全部收入，其合计与01表本年收入合计是同一个数，两处必须完全相同。',
    references: ['rules.md X-01', 'V33-200', '部门决算公开表样 01、02表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t02 = finalTable(doc, 'income');
    if (!t01 || !t02) return;
    const a = operand(t01, findLine(t01, 'income', INCOME_TOTAL), 'amount');
    const b = operand(t02, totalRow(t02), 'total');
    if (a && b) checkCopy(ctx, 'copy', a, b);
  },
});
