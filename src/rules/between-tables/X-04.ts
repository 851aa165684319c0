import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE } from '../helpers.ts';
import { compareClassLines, finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-04',
    title: '收入支出决算总表各类支出与支出决算表类级科目一致',
    group: 'between-tables',
    severity: 'error',
    formula: '01表 每个类级支出行 = 03表 该类科目行·本年支出合计（一方有数、另一方未列或为 0 亦不符）',
    rationale: '01表支出方按功能分类类级列示本年支出，与03表类级科目行是同一组数字。',
    references: ['rules.md X-04', '部门决算公开表样 01、03表'],
    messages: {
      copy: COPY_MESSAGE,
      absent: '{{lhs}} 在{{other}}中没有对应的类级科目（视为 0）；同一类级支出在两表中应一致列示',
    },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t03 = finalTable(doc, 'expenditure');
    if (!t01 || !t03) return;
    compareClassLines(
      ctx,
      { copy: 'copy', absent: 'absent' },
      { table: t01, key: 'amount' },
      { table: t03, key: 'total' },
    );
  },
});
