import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { findLine, INCOME_TOTAL } from '../summary-rows.ts';
import { checkCopy, finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-06',
    title: '收入决算表财政拨款收入与财政拨款收入支出决算总表本年收入合计一致',
    group: 'between-tables',
    severity: 'error',
    formula: '02表 合计·财政拨款收入 = 04表 本年收入合计',
    rationale: '04表只反映财政拨款，其本年收入合计就是02表合计行的财政拨款收入，两处必须完全相同。',
    references: ['rules.md X-06', 'V33-204', '部门决算公开表样 02、04表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t02 = finalTable(doc, 'income');
    const t04 = finalTable(doc, 'fiscal-summary');
    if (!t02 || !t04) return;
    const a = operand(t04, findLine(t04, 'income', INCOME_TOTAL), 'amount');
    const b = operand(t02, totalRow(t02), 'fiscal');
    if (a && b) checkCopy(ctx, 'copy', a, b);
  },
});
