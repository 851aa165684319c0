import { defineRule } from '../define-rule.ts';
import { checkSum, operand, operandByLabel, SUM_MESSAGE } from '../helpers.ts';
import { codedRows, totalRow } from '../../model/query.ts';
import { finalTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-11',
    title: '一般公共预算财政拨款基本支出与基本支出决算表人员经费、公用经费之和一致',
    group: 'between-tables',
    severity: 'error',
    formula: '05表 合计·基本支出 = 06表 人员经费合计 + 公用经费合计（未印合计行时用各款级科目之和）',
    rationale: '06表按经济分类展开05表的基本支出，人员经费与公用经费之和就是05表的基本支出合计。',
    references: ['rules.md X-11', 'V33-203', 'GOV D-006', '部门决算公开表样 05、06表'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t05 = finalTable(doc, 'general-budget-expenditure');
    const t06 = finalTable(doc, 'general-budget-basic-expenditure');
    if (!t05 || !t06) return;
    const basic = operand(t05, totalRow(t05), 'basic');
    if (!basic) return;
    const personnel = operandByLabel(t06, ['人员经费合计'], 'amount');
    const operating = operandByLabel(t06, ['公用经费合计'], 'amount');
    const parts =
      personnel && operating
        ? [personnel, operating]
        : personnel || operating
          ? []
          : codedRows(t06)
              .filter((r) => r.code?.length === 3)
              .map((r) => operand(t06, r, 'amount'))
              .filter((o) => o !== null);
    if (parts.length > 0) checkSum(ctx, 'mismatch', { total: basic, parts });
  },
});
