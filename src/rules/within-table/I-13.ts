import { defineRule } from '../define-rule.ts';
import { SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { checkRowSums } from './row-sums.ts';

export default defineRule({
  meta: {
    id: 'I-13',
    title: '一般公共预算财政拨款支出决算表各行合计等于基本支出加项目支出',
    group: 'within-table',
    severity: 'error',
    formula: '05表 每行 合计（小计） = 基本支出 + 项目支出',
    rationale: '一般公共预算财政拨款支出只分基本支出和项目支出两类。',
    references: ['rules.md I-13'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'general-budget-expenditure');
    if (!t) return;
    checkRowSums(ctx, 'mismatch', t, 'total', ['basic', 'project']);
  },
});
