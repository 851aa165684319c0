import { defineRule } from '../define-rule.ts';
import { checkSum, operand, operandByLabel, SUM_MESSAGE } from '../helpers.ts';
import { codedRows, tableOfKind } from '../../model/query.ts';

const PERSONNEL = new Set(['301', '303']);

export default defineRule({
  meta: {
    id: 'I-15',
    title: '基本支出决算表人员经费合计、公用经费合计等于相应各款之和',
    group: 'within-table',
    severity: 'error',
    formula:
      '06表 人员经费合计 = 301 + 303；公用经费合计 = 302 + 307 + 309 + 310 + 399（表中列示的人员经费以外各款）',
    rationale: '人员经费由工资福利支出和对个人和家庭的补助构成，其余各款构成公用经费。',
    references: ['rules.md I-15', 'classification.md §3'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    const t = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!t) return;
    const heads = codedRows(t).filter((r) => r.code?.length === 3);
    const personnel = operandByLabel(t, ['人员经费合计', '人员经费'], 'amount');
    const pub = operandByLabel(t, ['公用经费合计', '公用经费'], 'amount');
    const partsOf = (inPersonnel: boolean) =>
      heads
        .filter((r) => PERSONNEL.has(r.code ?? '') === inPersonnel)
        .map((r) => operand(t, r, 'amount'))
        .filter((o) => o !== null);
    const p = partsOf(true);
    const q = partsOf(false);
    if (personnel && personnel.row.group === 0 && p.length > 0)
      checkSum(ctx, 'mismatch', { total: personnel, parts: p });
    if (pub && pub.row.group === 0 && q.length > 0) checkSum(ctx, 'mismatch', { total: pub, parts: q });
  },
});
