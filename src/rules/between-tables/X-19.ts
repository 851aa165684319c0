import { defineRule } from '../define-rule.ts';
import { hasNoFigures } from '../../model/query.ts';
import { operand } from '../helpers.ts';
import {
  describeThreePublic,
  finalTable,
  nonZero,
  reportFiguresUnderStatement,
  threePublicRow,
} from './shared.ts';

export default defineRule({
  meta: {
    id: 'X-19',
    title: '“三公”经费表注明无数据时不得列有数字',
    group: 'between-tables',
    severity: 'error',
    formula:
      '三公表 注明本表无数据 ⇒ 预算数·合计 = 决算数·合计 = 0，且表内无非零数字（反方向“全为 0 ⇒ 须注明无数据”由 C-04 检查）',
    rationale:
      '“本表无数据”表示当年既无“三公”经费预算也无支出；说明下仍印有数字，说明表或说明有一处是错的（常见为照抄了别的表）。',
    references: ['rules.md X-19', 'rules.md C-04', '部门决算公开表样 “三公”经费支出决算表'],
    messages: {
      statementWithFigures: '{{table}}注明本表无数据，却列有 {{figures}}；注明无数据的表不应出现非零数字',
    },
  },
  check(doc, ctx) {
    const tp = finalTable(doc, 'three-public');
    const row = tp ? threePublicRow(tp) : undefined;
    if (!tp?.emptyStatement || !row || hasNoFigures(tp)) return;
    // 合计 first: the two figures the statement speaks about.
    const keys = ['budget.total', 'actual.total', ...row.cells.map((c) => c.key).filter((k) => k !== null)];
    const figures = nonZero([...new Set(keys)].map((k) => operand(tp, row, k)));
    reportFiguresUnderStatement(ctx, 'statementWithFigures', tp, figures, (o) =>
      describeThreePublic(o, false),
    );
  },
});
