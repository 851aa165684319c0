import type { Disclosure } from '../../model/document.ts';
import { cellByKey, rowByCode, tableOfKind, valueOf } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { describe, operand } from '../helpers.ts';
import { amountsIn, narrativeSections, paragraphsOf, sentenceLocation } from '../narrative/claims.ts';
import { totalFigure } from '../narrative/table-figures.ts';
import { INCOME_TOTAL, linesAbove } from '../summary-rows.ts';

const ITEMS = [
  { name: '会议费', code: '30215', label: /会议费$/ },
  { name: '培训费', code: '30216', label: /培训费$/ },
] as const;

/** 05表 has no 项目支出 and 01表 has no income but 一般公共预算财政拨款: all spending is in 06表. */
function allSpendingInBasic(doc: Disclosure): boolean {
  const t05 = tableOfKind(doc, 'general-budget-expenditure');
  const t01 = tableOfKind(doc, 'income-expenditure-summary');
  if (!t05 || !t01) return false;
  if (totalFigure(t05, 'project')?.value !== 0) return false;
  const { total, parts } = linesAbove(t01, 'income', INCOME_TOTAL);
  if (!total || parts.length === 0) return false;
  return parts.every((r) => {
    const v = valueOf(cellByKey(r, 'amount'));
    return /一般公共预算/.test(r.label) || v === 0;
  });
}

export default defineRule({
  meta: {
    id: 'S-12',
    title: '一般性支出中的会议费、培训费与基本支出明细表相符',
    group: 'special',
    severity: 'error',
    formula:
      '【一般性】会议费 ≥ 06表 30215 会议费；培训费 ≥ 06表 30216 培训费；05表 项目支出 = 0 且 01表 只有一般公共预算财政拨款收入时两者相等',
    rationale:
      '一般性支出说明覆盖全部资金，06表只含一般公共预算基本支出，故说明数不小于表数；没有项目支出和其他资金时，会议费、培训费只能来自06表，必须相等。',
    references: ['rules.md S-12', 'narrative.md §2.10', '部门预算支出经济分类科目 30215、30216'],
    messages: {
      below: '“{{section}}” {{item}} {{stated}} 小于 {{table}}（说明覆盖全部资金，不应少于基本支出中的数）',
      notEqual:
        '“{{section}}” {{item}} {{stated}} 与 {{table}} 不等（05表项目支出为 0 且收入只有一般公共预算财政拨款，{{item}}只能来自06表）',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('generalSpending');
    const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!section || !t06) return;
    const equal = allSpendingInBasic(doc);
    for (const item of ITEMS) {
      const row = rowByCode(t06, item.code);
      const op = operand(t06, row, 'amount');
      if (op?.value == null) continue;
      for (const p of paragraphsOf(section)) {
        const a = amountsIn(p.text).find((x) => x.unit === '万元' && item.label.test(x.label));
        if (!a) continue;
        const wrong = a.value < op.value ? 'below' : equal && a.value !== op.value ? 'notEqual' : null;
        if (wrong) {
          ctx.report({
            messageId: wrong,
            data: { section: section.heading, item: item.name, stated: a.raw, table: describe(op, true) },
            expected: { amount: op.value },
            actual: { amount: a.value },
            locations: [sentenceLocation(p, a.start), ctx.cellAt(op.table, op.row, op.cell)],
          });
        }
        break;
      }
    }
  },
});
