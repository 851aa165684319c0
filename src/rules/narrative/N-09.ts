import { defineRule } from '../define-rule.ts';
import { tableOfKind } from '../../model/query.ts';
import { amountsIn, narrativeSections, paragraphsOf, percentsIn, subsection } from './claims.ts';
import { checkQuote, checkShare, QUOTE_MESSAGES } from './compare.ts';
import { checkPercent, printed } from '../../model/ratio.ts';
import { operand } from '../helpers.ts';
import { EXPENDITURE_TOTAL, findLine } from '../summary-rows.ts';
import { expenditureTotal, totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-09',
    title: '一般公共预算财政拨款支出总体情况与05表一致',
    group: 'narrative',
    severity: 'error',
    formula: '【一般公共】（一）支出金额 = 05表 合计；占本年支出合计的X% = 05表 合计 ÷ 03表 本年支出合计',
    rationale: '总体情况段复述一般公共预算财政拨款支出总额并计算其占全部支出的比重。',
    references: ['rules.md N-09', 'narrative.md §2.5'],
    messages: { ...QUOTE_MESSAGES },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('general');
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    if (!section || !t05) return;
    const total = totalFigure(t05, 'total');
    const whole = expenditureTotal(doc);
    if (!total || total.value === null) return;
    const part = subsection(section, '一') ?? section;
    const p = paragraphsOf(part)[0];
    if (!p) return;
    const a = amountsIn(p.text).find((x) => /财政拨款支出(决算)?$/.test(x.label) && x.unit === '万元');
    if (!a || !checkQuote(ctx, p, a, total)) return;
    const pct = percentsIn(p.text).find((x) => /占本年支出合计的?$/.test(x.lead));
    // When 01表 and 03表 disagree on 本年支出合计 (X-03 reports it), a share matching either is not a new defect.
    const t01 = tableOfKind(doc, 'income-expenditure-summary');
    const alt = t01 ? operand(t01, findLine(t01, 'expenditure', EXPENDITURE_TOTAL), 'amount') : null;
    if (pct && alt?.value && checkPercent(printed(total.value), printed(alt.value), pct).verdict === 'ok')
      return;
    if (pct && whole?.value) {
      checkShare(
        ctx,
        p,
        pct,
        '一般公共预算财政拨款支出',
        {
          value: total.value,
          at: ctx.cellAt(total.table, total.row, total.cell),
        },
        { value: whole.value, at: ctx.cellAt(whole.table, whole.row, whole.cell) },
      );
    }
  },
});
