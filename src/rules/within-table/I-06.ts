import { defineRule } from '../define-rule.ts';
import { SUM_MESSAGE } from '../helpers.ts';
import { tableOfKind } from '../../model/query.ts';
import { checkRowSums } from './row-sums.ts';

export default defineRule({
  meta: {
    id: 'I-06',
    title: '收入决算表各行本年收入合计等于各收入来源之和',
    group: 'within-table',
    severity: 'error',
    formula:
      '02表 每行 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
    rationale: '收入决算表逐行按来源分列，来源之和即该行合计。',
    references: ['rules.md I-06'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'income');
    if (!t) return;
    checkRowSums(ctx, 'mismatch', t, 'total', [
      ['fiscal', 'fiscal.general', 'fiscal.govFund', 'fiscal.stateCapital'],
      'superiorSubsidy',
      'service',
      'business',
      'affiliateRemittance',
      'other',
    ]);
  },
});
