import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE } from '../helpers.ts';
import { checkFundTable } from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-10',
    title: '财政拨款收入支出决算总表国有资本经营数与国有资本经营预算财政拨款支出决算表一致',
    group: 'between-tables',
    severity: 'error',
    formula:
      '04表 国有资本经营预算财政拨款列 本年支出合计 = 国资表 合计·本年支出；国资表为收入支出表式时，04表 三、收入行、年初子行、年末 = 国资表 合计 同名列',
    rationale: '国资表是04表国有资本经营预算部分的展开，合计数必须完全相同。',
    references: ['rules.md X-10', 'V33-122', '部门决算公开表样 04表、国有资本经营预算财政拨款支出决算表'],
    messages: { copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    checkFundTable(doc, ctx, 'copy', 'stateCapital');
  },
});
