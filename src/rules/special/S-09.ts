import { defineRule } from '../define-rule.ts';
import { describe } from '../helpers.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import { expenditureTotal } from '../narrative/table-figures.ts';
import { procurementFigures } from './shared.ts';

export default defineRule({
  meta: {
    id: 'S-09',
    title: '政府采购支出总额不超过本年支出合计',
    group: 'special',
    severity: 'warning',
    formula: '【采购】政府采购支出总额 ≤ 03表 本年支出合计',
    rationale: '政府采购支出是本年支出的一部分；超过本年支出合计多半是单位（元/万元）或口径写错。',
    references: ['rules.md S-09', 'narrative.md §2.11'],
    messages: {
      exceeds: '“{{section}}” 政府采购支出总额 {{total}} 大于 {{table}}',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('procurement');
    if (!section) return;
    const total = procurementFigures(section).get('total');
    const spent = expenditureTotal(doc);
    if (!total || spent?.value == null || total.amount.value <= spent.value) return;
    ctx.report({
      messageId: 'exceeds',
      data: { section: section.heading, total: total.amount.raw, table: describe(spent, true) },
      expected: { amount: spent.value },
      actual: { amount: total.amount.value },
      locations: [
        sentenceLocation(total.paragraph, total.amount.start),
        ctx.cellAt(spent.table, spent.row, spent.cell),
      ],
    });
  },
});
