import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE } from '../helpers.ts';
import { checkFundTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-09',
    title: '财政拨款收入支出决算总表政府性基金数与政府性基金预算财政拨款收入支出决算表一致',
    group: 'between-tables',
    severity: 'error',
    formula:
      '04表 二、政府性基金预算财政拨款 = 基金表 合计·本年收入；04表 年初·政府性基金 = 基金表 合计·年初结转和结余；04表 政府性基金列 本年支出合计、年末结转和结余 = 基金表 合计·本年支出小计、年末结转和结余',
    rationale: '基金表是04表政府性基金部分的展开，收入、支出和年初年末结转结余的合计数必须完全相同。',
    references: ['rules.md X-09', 'V33-122', '部门决算公开表样 04表、政府性基金预算财政拨款收入支出决算表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    checkFundTable(doc, ctx, 'copy', 'govFund');
  },
});
