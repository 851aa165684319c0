import { defineRule } from '../define-rule.ts';
import { SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { checkRowSums } from './row-sums.ts';

export default defineRule({
  meta: {
    id: 'I-07',
    title: '支出决算表各行本年支出合计等于各支出性质之和',
    group: 'within-table',
    severity: 'error',
    formula: '03表 每行 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
    rationale: '支出决算表逐行按支出性质分列，各列之和即该行合计。',
    references: ['rules.md I-07'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'expenditure');
    if (!t) return;
    checkRowSums(ctx, 'mismatch', t, 'total', [
      'basic',
      'project',
      'remittance',
      'business',
      'affiliateSubsidy',
    ]);
  },
});
