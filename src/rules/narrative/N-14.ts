import { defineRule } from '../define-rule.ts';
import { checkPercent, printed } from '../../model/ratio.ts';
import { tableOfKind } from '../../model/query.ts';
import { operandByLabel } from '../helpers.ts';
import { amountsIn, narrativeSections, sentencesOf, shareAfter } from './claims.ts';
import { checkQuote, checkShare, QUOTE_MESSAGES } from './compare.ts';
import { totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-14',
    title: '基本支出情况说明与05、06表一致',
    group: 'narrative',
    severity: 'error',
    formula:
      '【基本】基本支出 = 05表 合计·基本支出；人员经费 = 06表 人员经费合计；公用经费 = 06表 公用经费合计；占基本支出的X% 复算',
    rationale: '基本支出说明的数字只能来自 05、06 表（一般公共预算口径），不能取 03 表的全口径数。',
    references: ['rules.md N-14', 'narrative.md §2.6'],
    messages: { ...QUOTE_MESSAGES },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('basic');
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!section || !t05) return;
    const basic = totalFigure(t05, 'basic');
    const personnel = operandByLabel(t06, ['人员经费合计'], 'amount');
    const pub = operandByLabel(t06, ['公用经费合计'], 'amount');
    const seen = new Set<string>();
    let statedBasic: number | null = null;
    for (const s of sentencesOf(section)) {
      for (const a of amountsIn(s.text)) {
        if (a.unit !== '万元') continue;
        const which = /基本支出$/.test(a.label)
          ? 'basic'
          : /^人员经费$/.test(a.label)
            ? 'personnel'
            : /^(日常)?公用经费$/.test(a.label)
              ? 'public'
              : null;
        if (!which || seen.has(which)) continue;
        seen.add(which);
        const op = which === 'basic' ? basic : which === 'personnel' ? personnel : pub;
        if (!op || op.value === null) continue;
        const quoted = checkQuote(ctx, s, a, op);
        if (which === 'basic') {
          if (!quoted) statedBasic = a.value;
          continue;
        }
        if (!quoted) continue;
        const pct = shareAfter(s.text, a);
        // A share computed on a wrongly stated 基本支出 follows from that one error, already reported.
        if (
          pct &&
          statedBasic !== null &&
          checkPercent(printed(op.value), printed(statedBasic), pct).verdict === 'ok'
        )
          continue;
        if (pct && basic?.value) {
          checkShare(
            ctx,
            s,
            pct,
            a.label,
            { value: op.value, at: ctx.cellAt(op.table, op.row, op.cell) },
            {
              value: basic.value,
              at: ctx.cellAt(basic.table, basic.row, basic.cell),
            },
          );
        }
      }
    }
  },
});
