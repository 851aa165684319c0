import { defineRule } from '../define-rule.ts';
import { describe, evaluateSum, operand, SUM_MESSAGE, type Operand } from '../helpers.ts';
import type { Table } from '../../model/document.ts';
import { totalRow } from '../../model/query.ts';
import { findLine, NON_FISCAL_BALANCE, OPENING } from '../summary-rows.ts';
import {
  at,
  checkSumOrCopy,
  declaredOrBlank,
  deepestOnly,
  finalTable,
  incomeLine,
  listsSubjects,
  rowsByCode,
  subjectRows,
  sumOrCopy,
  valueAt,
} from './shared.ts';

const KEYS = ['basic', 'project'] as const;
const OTHER_SPENDING = ['remittance', 'business', 'affiliateSubsidy'] as const;
const NON_FISCAL_INCOME = [/^上级补助收入$/, /^事业收入$/, /^经营收入$/, /^附属单位上缴收入$/, /^其他收入$/];
const PREMISE = '01表除财政拨款外没有其他收入和结余时，03表应等于05表、政府性基金表与国有资本经营表之和';

interface Problem {
  readonly code: string | null;
  readonly whole: Operand; // 03表
  readonly parts: readonly Operand[];
}

export default defineRule({
  meta: {
    id: 'X-13',
    title: '全部支出来自财政拨款时支出决算表等于各财政拨款支出表之和',
    group: 'between-tables',
    severity: 'warning',
    formula:
      '01表 四…八 项收入 = 使用非财政拨款结余 = 0、04表 年初财政拨款结转和结余 = 01表 年初结转和结余、03表 无上缴上级/经营/对附属单位补助支出 ⇒ 03表 基本支出/项目支出 = 05表 + 基金表 + 国资表（合计及各科目）',
    rationale:
      '没有非财政拨款收入、也没有非财政拨款结转结余时，部门的全部支出都由财政拨款安排，03表就是05表与两张基金、国资表的合并。',
    references: ['rules.md X-13', '部门决算公开表样 01、03、04、05表及基金、国资表'],
    messages: {
      mismatch: `${SUM_MESSAGE}；${PREMISE}`,
      copy: `{{lhs}} 与 {{rhs}} 不一致（差 {{gap}}）；${PREMISE}`,
      unfunded: `{{lhs}} 在05表及基金表、国资表中都没有对应科目；${PREMISE}`,
    },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t03 = finalTable(doc, 'expenditure');
    const t04 = finalTable(doc, 'fiscal-summary');
    const t05 = finalTable(doc, 'general-budget-expenditure');
    if (!t01 || !t03 || !t04 || !t05) return;
    const premiseRows = [
      ...NON_FISCAL_INCOME.map((re) => incomeLine(t01, re)),
      findLine(t01, 'income', NON_FISCAL_BALANCE),
    ];
    if (premiseRows.some((r) => r === undefined || valueAt(r, 'amount') !== 0)) return;
    // Money spent as 上缴上级/经营/对附属单位补助支出 has no 05表 column to land in.
    const t03Total = totalRow(t03);
    if (OTHER_SPENDING.some((k) => (valueAt(t03Total, k) ?? 0) !== 0)) return;
    const opening01 = valueAt(findLine(t01, 'income', OPENING), 'amount');
    const opening04 = valueAt(findLine(t04, 'income', OPENING), 'amount');
    if (opening01 === null || opening01 !== opening04) return;

    // Fund tables that say they are empty count as zeros (X-18 reports figures printed in them).
    const funds = (['government-fund', 'state-capital'] as const)
      .map((k) => finalTable(doc, k))
      .filter((t): t is Table => t !== undefined && !declaredOrBlank(t));
    const sources = [t05, ...funds];
    const bySubjects = listsSubjects(t03) && sources.every(listsSubjects);
    const maps = sources.map(rowsByCode);

    for (const key of KEYS) {
      const problems: Problem[] = [];
      for (const { code, row } of subjectRows(t03)) {
        if (code !== null && !bySubjects) continue;
        const whole = operand(t03, row, key);
        if (!whole || whole.value === null) continue;
        const parts = sources
          .map((t, i) => operand(t, code === null ? totalRow(t) : maps[i]?.get(code), key))
          .filter((o) => o !== null);
        if (parts.some((p) => p.value === null)) continue;
        const identity = sumOrCopy(whole, parts);
        const holds = identity ? evaluateSum(ctx, identity)?.ok : whole.value === 0;
        if (holds === false) problems.push({ code, whole, parts });
      }
      for (const p of deepestOnly(problems)) {
        if (p.parts.length > 0) {
          checkSumOrCopy(ctx, { sum: 'mismatch', copy: 'copy' }, p.whole, p.parts);
          continue;
        }
        ctx.report({
          messageId: 'unfunded',
          data: { lhs: describe(p.whole, true) },
          expected: { amount: 0 },
          actual: { amount: p.whole.value ?? 0 },
          locations: [at(ctx, p.whole), ...sources.map((t) => ctx.tableAt(t))],
        });
      }
    }
  },
});
