import { defineRule } from '../define-rule.ts';
import { operand } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { CLOSING, EXPENDITURE_TOTAL, findLine, OPENING } from '../summary-rows.ts';
import {
  atMostProblem,
  checkAtMost,
  classLines,
  className,
  classRows,
  finalTable,
  listsSubjects,
  reportAtMost,
} from './shared.ts';

const PART_OF = '04表只反映财政拨款，是03表全部支出的一部分';

export default defineRule({
  meta: {
    id: 'X-14',
    title: '财政拨款支出及结转结余不超过部门全部支出及结转结余',
    group: 'between-tables',
    severity: 'error',
    formula:
      '04表 合计列 本年支出合计、各类级行 ≤ 03表 合计、该类科目行·本年支出合计；04表 年初、年末财政拨款结转和结余 ≤ 01表 年初、年末结转和结余',
    rationale: '财政拨款只是部门资金来源之一，其支出和结转结余都不能超过部门全部资金的对应数。',
    references: ['rules.md X-14', '部门决算公开表样 01、03、04表'],
    messages: {
      exceeds: `{{lhs}} 大于 {{rhs}}（超出 {{gap}}）；${PART_OF}，不应超过03表`,
      absent: `{{lhs}} 在{{other}}中没有对应的类级科目；${PART_OF}，其各类支出应在03表列示`,
      balance:
        '{{lhs}} 大于 {{rhs}}（超出 {{gap}}）；财政拨款结转和结余是全部结转和结余的一部分，不应超过01表',
    },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t03 = finalTable(doc, 'expenditure');
    const t04 = finalTable(doc, 'fiscal-summary');
    if (!t04) return;
    if (t03) {
      const spend = findLine(t04, 'expenditure', EXPENDITURE_TOTAL);
      const problems = [
        atMostProblem(null, operand(t04, spend, 'total'), operand(t03, totalRow(t03), 'total')),
      ];
      if (listsSubjects(t03)) {
        const rows = classRows(t03);
        for (const line of classLines(t04)) {
          const row = rows.find(
            (r) => r.code === line.classCode || className(r.label) === className(line.label),
          );
          problems.push(
            atMostProblem(
              row?.code ?? line.classCode ?? `?${line.label}`,
              operand(t04, line, 'total'),
              row ? operand(t03, row, 'total') : undefined,
            ),
          );
        }
      }
      reportAtMost(ctx, { exceeds: 'exceeds', absent: 'absent' }, problems, t03);
    }
    if (t01)
      for (const [side, re, key] of [
        ['income', OPENING, 'amount'],
        ['expenditure', CLOSING, 'total'],
      ] as const) {
        const part = operand(t04, findLine(t04, side, re), key);
        const whole = operand(t01, findLine(t01, side, re), 'amount');
        if (part && whole) checkAtMost(ctx, 'balance', part, whole);
      }
  },
});
