import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { EXPENDITURE_TOTAL, findLine } from '../summary-rows.ts';
import { checkCopy, finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-03',
    title: '收入支出决算总表本年支出合计与支出决算表合计一致',
    group: 'between-tables',
    severity: 'error',
    formula: '01表 本年支出合计 = 03表 合计·本年支出合计',
    rationale: '03表按功能科目列示本年全部支出，其合计与01表本年支出合计是同一个数，两处必须完全相同。',
    references: ['rules.md X-03', 'V33-201', '部门决算公开表样 01、03表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t03 = finalTable(doc, 'expenditure');
    if (!t01 || !t03) return;
    const a = operand(t01, findLine(t01, 'expenditure', EXPENDITURE_TOTAL), 'amount');
    const b = operand(t03, totalRow(t03), 'total');
    if (a && b) checkCopy(ctx, 'copy', a, b);
  },
});
