import { defineRule } from '../define-rule.ts';
import { operand, type Operand } from '../helpers.ts';
import { CLOSING, DISTRIBUTION, findLine, NON_FISCAL_BALANCE, OPENING } from '../summary-rows.ts';
import {
  checkCopy,
  deepestOnly,
  finalTable,
  listsSubjects,
  reportAbsent,
  rowsByCode,
  subjectRows,
  valueAt,
} from './shared.ts';

interface Problem {
  readonly code: string | null;
  readonly income: Operand | null; // 02表
  readonly spend: Operand | null; // 03表
}

const NO_BALANCES = '01表年初、年末结转和结余及使用非财政拨款结余、结余分配均为 0 ';

export default defineRule({
  meta: {
    id: 'X-05',
    title: '无结转结余时收入决算表与支出决算表逐科目一致',
    group: 'between-tables',
    severity: 'warning',
    formula:
      '01表 年初结转和结余 = 使用非财政拨款结余 = 年末结转和结余 = 结余分配 = 0 ⇒ 02表与03表列示相同科目，且每行 本年收入合计 = 本年支出合计',
    rationale:
      '没有结转结余进出时，每个科目当年收到的钱就是当年花掉的钱；两表科目或金额不同，通常是某表录错或科目归错。',
    references: ['rules.md X-05', '部门决算公开表样 01、02、03表'],
    messages: {
      copy: `{{lhs}} 与 {{rhs}} 不一致（差 {{gap}}）；${NO_BALANCES}时，各科目本年收入应等于本年支出`,
      absent: `{{lhs}} 在{{other}}中没有对应科目；${NO_BALANCES}时，两表应列示相同科目`,
    },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t02 = finalTable(doc, 'income');
    const t03 = finalTable(doc, 'expenditure');
    if (!t01 || !t02 || !t03) return;
    const balances = [
      findLine(t01, 'income', OPENING),
      findLine(t01, 'income', NON_FISCAL_BALANCE),
      findLine(t01, 'expenditure', CLOSING),
      findLine(t01, 'expenditure', DISTRIBUTION),
    ];
    if (balances.some((r) => r === undefined || valueAt(r, 'amount') !== 0)) return;

    const bySubjects = listsSubjects(t02) && listsSubjects(t03);
    const spendRows = rowsByCode(t03);
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const { code, row } of subjectRows(t02)) {
      if (code !== null && !bySubjects) continue;
      if (code !== null) seen.add(code);
      const income = operand(t02, row, 'total');
      const other = code === null ? subjectRows(t03).find((s) => s.code === null)?.row : spendRows.get(code);
      const spend = operand(t03, other, 'total');
      if (!income || income.value === null) continue;
      if (spend ? spend.value !== null && spend.value !== income.value : income.value !== 0)
        problems.push({ code, income, spend });
    }
    if (bySubjects)
      for (const [code, row] of spendRows) {
        const spend = operand(t03, row, 'total');
        if (!seen.has(code) && spend?.value) problems.push({ code, income: null, spend });
      }

    for (const p of deepestOnly(problems)) {
      if (p.income && p.spend) {
        checkCopy(ctx, 'copy', p.income, p.spend);
        continue;
      }
      const present = p.income ?? p.spend;
      if (present) reportAbsent(ctx, 'absent', present, p.income ? t03 : t02);
    }
  },
});
