import { defineRule } from '../define-rule.ts';
import { COPY_MESSAGE, operand, SUM_MESSAGE } from '../helpers.ts';
import { totalRow } from '../../model/query.ts';
import { checkCopy, checkSumOrCopy, finalTable, incomeFundLine, incomeLine, type Fund } from './shared.ts';

const FUNDS: readonly Fund[] = ['general', 'govFund', 'stateCapital'];

/** 01 income lines 四…八 and the 02 column holding the same figure. */
const OTHER_SOURCES: readonly { readonly line: RegExp; readonly key: string }[] = [
  { line: /^上级补助收入$/, key: 'superiorSubsidy' },
  { line: /^事业收入$/, key: 'service' },
  { line: /^经营收入$/, key: 'business' },
  { line: /^附属单位上缴收入$/, key: 'affiliateRemittance' },
  { line: /^其他收入$/, key: 'other' },
];

export default defineRule({
  meta: {
    id: 'X-02',
    title: '收入支出决算总表各项收入与收入决算表合计行一致',
    group: 'between-tables',
    severity: 'error',
    formula:
      '02表 合计·财政拨款收入 = 01表 一般公共预算 + 政府性基金 + 国有资本经营财政拨款收入；01表 上级补助/事业/经营/附属单位上缴/其他收入 = 02表 合计 同名列',
    rationale: '02表合计行按收入来源分列，与01表收入方各行口径相同；财政拨款收入是01表三项财政拨款收入之和。',
    references: ['rules.md X-02', '部门决算公开表样 01、02表'],
    messages: { mismatch: SUM_MESSAGE, copy: COPY_MESSAGE },
  },
  check(doc, ctx) {
    const t01 = finalTable(doc, 'income-expenditure-summary');
    const t02 = finalTable(doc, 'income');
    if (!t01 || !t02) return;
    const total = totalRow(t02);
    const fiscal = operand(t02, total, 'fiscal');
    const fundLines = FUNDS.map((f) => operand(t01, incomeFundLine(t01, f), 'amount')).filter(
      (o) => o !== null,
    );
    // Older templates print one 财政拨款收入 line instead of three fund lines.
    const parts =
      fundLines.length > 0
        ? fundLines
        : [operand(t01, incomeLine(t01, /^财政拨款收入$/), 'amount')].filter((o) => o !== null);
    if (fiscal && parts.length > 0) checkSumOrCopy(ctx, { sum: 'mismatch', copy: 'copy' }, fiscal, parts);
    for (const { line, key } of OTHER_SOURCES) {
      const a = operand(t01, incomeLine(t01, line), 'amount');
      const b = operand(t02, total, key);
      if (a && b) checkCopy(ctx, 'copy', a, b);
    }
  },
});
