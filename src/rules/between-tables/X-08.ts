import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { EXPENDITURE_TOTAL, findLine } from '../summary-rows.ts';
import { checkCopy, compareClassLines, finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-08',
    title: '财政拨款收入支出决算总表一般公共预算列与一般公共预算财政拨款支出决算表一致',
    group: 'between-tables',
    severity: 'error',
    formula: '04表 一般公共预算财政拨款列：本年支出合计 = 05表 合计；每个类级行 = 05表 该类科目行·合计',
    rationale: '05表是04表一般公共预算财政拨款支出按科目的展开，合计和各类级数字必须完全相同。',
    references: ['rules.md X-08', 'V33-202', '部门决算公开表样 04、05表'],
    messages: {
      copy: COPY_MESSAGE,
      absent:
        '{{lhs}} 在{{other}}中没有对应的类级科目（视为 0）；一般公共预算财政拨款各类支出在两表中应一致列示',
    },
  },
  check(doc, ctx) {
    const t04 = finalTable(doc, 'fiscal-summary');
    const t05 = finalTable(doc, 'general-budget-expenditure');
    if (!t04 || !t05) return;
    const a = operand(t04, findLine(t04, 'expenditure', EXPENDITURE_TOTAL), 'general');
    const b = operand(t05, totalRow(t05), 'total');
    if (a && b) checkCopy(ctx, 'copy', a, b);
    compareClassLines(
      ctx,
      { copy: 'copy', absent: 'absent' },
      { table: t04, key: 'general' },
      { table: t05, key: 'total' },
    );
  },
});
