import { defineRule } from '../define-rule.ts';
import type { Row, Table } from '../../model/document.ts';
import { tableName, tableOfKind } from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import { classHasGovFund, functionalRows, isGovFundCode, STATE_CAPITAL_CLASS } from './shared.ts';

type Id = 'notGovFund' | 'notStateCapital' | 'govFundInGeneral';

/** Report the top-most offending rows only: a 款 under a reported 类 (or a 项 under a reported 款) is not repeated. */
function reportTopMost(ctx: RuleContext<Id>, t: Table, offending: (r: Row) => boolean, messageId: Id): void {
  const reported: string[] = [];
  for (const row of functionalRows(t)) {
    const code = row.code ?? '';
    if (!offending(row)) continue;
    if (reported.some((p) => code.startsWith(p))) continue;
    reported.push(code);
    ctx.report({
      messageId,
      data: { table: tableName(t), code, name: row.label },
      actual: { text: code },
      locations: [ctx.rowAt(t, row)],
    });
  }
}

export default defineRule({
  meta: {
    id: 'K-09',
    title: '基金表、国资表只列本预算的科目',
    group: 'classification',
    severity: 'warning',
    formula:
      '基金表的类/款/项属于政府性基金预算支出科目（如 20709、212 08–19、22960）；国资表的科目属于 223 国有资本经营预算支出；05表不列政府性基金科目',
    rationale:
      '三本预算的支出科目互不混用：政府性基金只能安排基金科目的支出，国有资本经营预算只列 223 类；基金表出现一般公共预算科目（或 05 表出现基金科目）说明资金来源或科目填错。基金科目清单为背景知识，故为警告。',
    references: ['rules.md K-09', 'classification.md §2', '财政部《政府收支分类科目》政府性基金预算支出科目'],
    messages: {
      notGovFund: '{{table}} {{code}} {{name}} 不是政府性基金预算支出科目（基金表只应列政府性基金科目）',
      notStateCapital:
        '{{table}} {{code}} {{name}} 不属于 223 国有资本经营预算支出（国资表只应列 223 类科目）',
      govFundInGeneral:
        '{{table}} {{code}} {{name}} 是政府性基金预算支出科目，不应列入一般公共预算财政拨款支出表',
    },
  },
  check(doc, ctx) {
    const fund = tableOfKind(doc, 'government-fund');
    if (fund) {
      reportTopMost(
        ctx,
        fund,
        (r) => {
          const code = r.code ?? '';
          return code.length === 3 ? !classHasGovFund(code) : !isGovFundCode(code);
        },
        'notGovFund',
      );
    }
    const capital = tableOfKind(doc, 'state-capital');
    if (capital) {
      reportTopMost(ctx, capital, (r) => !(r.code ?? '').startsWith(STATE_CAPITAL_CLASS), 'notStateCapital');
    }
    const general = tableOfKind(doc, 'general-budget-expenditure');
    if (general) {
      reportTopMost(
        ctx,
        general,
        (r) => (r.code ?? '').length >= 5 && isGovFundCode(r.code ?? ''),
        'govFundInGeneral',
      );
    }
  },
});
