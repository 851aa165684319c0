import { formatHundredths } from '../../model/amount.ts';
import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation, sumWithinPrinted } from '../narrative/claims.ts';
import { procurementFigures, PROCUREMENT_NAMES } from './shared.ts';

const PARTS = ['goods', 'works', 'services'] as const;

export default defineRule({
  meta: {
    id: 'S-06',
    title: '政府采购支出总额等于货物、工程、服务之和',
    group: 'special',
    severity: 'error',
    formula: '【采购】政府采购支出总额 ≈ 货物支出 + 工程支出 + 服务支出（容差：各数末位半个单位之和）',
    rationale: '政府采购支出按货物、工程、服务三类全部列出，三者之和必须等于总额。',
    references: ['rules.md S-06', 'narrative.md §2.11'],
    messages: {
      sum: '“{{section}}” 政府采购支出总额 {{total}} ≠ {{parts}} = {{sum}}（差 {{gap}}，超出尾数容差 {{tolerance}}）',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('procurement');
    if (!section) return;
    const figs = procurementFigures(section);
    const total = figs.get('total');
    const parts = PARTS.map((k) => figs.get(k)).filter((f) => f !== undefined);
    if (!total || parts.length === 0) return;
    const { ok, sum, tolerance } = sumWithinPrinted(
      total.amount,
      parts.map((f) => f.amount),
    );
    if (ok) return;
    const named = PARTS.filter((k) => figs.has(k));
    const unnamed = PARTS.filter((k) => !figs.has(k)).map((k) => PROCUREMENT_NAMES[k]);
    ctx.report({
      messageId: 'sum',
      data: {
        section: section.heading,
        total: total.amount.raw,
        parts:
          named.map((k) => `${PROCUREMENT_NAMES[k]} ${figs.get(k)?.amount.raw ?? ''}`).join(' + ') +
          (unnamed.length > 0 ? `（未写${unnamed.join('、')}）` : ''),
        sum: `${formatHundredths(sum)}万元`,
        gap: formatHundredths(Math.abs(total.amount.value - sum)),
        tolerance,
      },
      expected: { amount: sum },
      actual: { amount: total.amount.value },
      locations: [
        sentenceLocation(total.paragraph, total.amount.start),
        ...parts.map((f) => sentenceLocation(f.paragraph, f.amount.start)),
      ],
    });
  },
});
