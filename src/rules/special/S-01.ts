import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import {
  ITEM_NAMES,
  itemParagraph,
  sectionLocation,
  statesNone,
  threePublicActual,
  threePublicCounts,
  type CountKind,
} from './shared.ts';

/** The counts each item must state, and the amount (三公表 决算) that makes them matter. */
const REQUIRED: readonly {
  item: 'overseas' | 'reception' | 'vehicle';
  kind: CountKind;
  amount: 'overseas' | 'reception' | 'vehiclePurchase' | 'vehicleOperation';
  /** Statements that the count is zero ("未安排因公出国（境）", "本单位无公务用车"). */
  none: readonly ('overseas' | 'reception' | 'purchased' | 'fleet')[];
  what: string;
}[] = [
  { item: 'overseas', kind: 'groups', amount: 'overseas', none: ['overseas'], what: '因公出国（境）团组数' },
  { item: 'overseas', kind: 'persons', amount: 'overseas', none: ['overseas'], what: '因公出国（境）人次' },
  {
    item: 'reception',
    kind: 'groups',
    amount: 'reception',
    none: ['reception'],
    what: '公务接待批次（团组）数',
  },
  { item: 'reception', kind: 'persons', amount: 'reception', none: ['reception'], what: '公务接待人次' },
  {
    item: 'vehicle',
    kind: 'purchased',
    amount: 'vehiclePurchase',
    none: ['purchased', 'fleet'],
    what: '公务用车购置（更新）数量',
  },
  { item: 'vehicle', kind: 'fleet', amount: 'vehicleOperation', none: ['fleet'], what: '公务用车保有量' },
];

export default defineRule({
  meta: {
    id: 'S-01',
    title: '“三公”经费说明列明团组、人次、购置数和保有量',
    group: 'special',
    severity: 'warning',
    formula:
      '【三公】（二）写明：因公出国（境）团组数、人次；公务接待批次（团组）数、人次；公务用车购置（更新）数量、保有量',
    rationale:
      '财政部公开检查必查项：“三公”经费须列明出国团组和人次、接待批次和人次、公务用车购置数和保有量。该项决算为 0 时数量可推定为 0，缺写只作提示。',
    references: ['rules.md S-01', 'narrative.md §2.7'],
    messages: {
      missing: '“{{section}}” 没有写明{{what}}（{{source}} {{amount}}）',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('threePublic');
    if (!section) return;
    const counts = threePublicCounts(section, doc.meta.year);
    for (const req of REQUIRED) {
      if (counts.some((c) => c.item === req.item && c.kind === req.kind)) continue;
      if (req.none.some((n) => statesNone(section, n))) continue;
      const fig = threePublicActual(doc, ctx, section, req.amount);
      const paragraph = itemParagraph(section, req.item);
      const here = paragraph ? sentenceLocation(paragraph) : sectionLocation(section);
      ctx.report({
        messageId: 'missing',
        // With a zero 决算 the count is implied (0): a form omission only.
        ...(fig && fig.value > 0 ? {} : { severity: 'note' as const }),
        data: {
          section: section.heading,
          what: req.what,
          source: fig?.source ?? `${ITEM_NAMES[req.amount]}决算`,
          amount: fig ? { amount: fig.value } : '未列示',
        },
        ...(fig ? { actual: { amount: fig.value } } : {}),
        locations: [here, ...(fig?.at ? [fig.at] : [])],
      });
    }
  },
});
