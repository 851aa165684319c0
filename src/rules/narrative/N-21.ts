import { defineRule } from '../define-rule.ts';
import { sentenceLocation } from './claims.ts';
import { compareQuoted } from './compare.ts';
import { CONCEPT_NAMES, conceptMentions, type Concept, type Mention } from './concepts.ts';
import { totalFigure } from './table-figures.ts';
import type { Disclosure } from '../../model/document.ts';
import { tableOfKind } from '../../model/query.ts';
import { operand, operandByLabel, type Operand } from '../helpers.ts';

const THREE_PUBLIC_KEYS: Partial<Record<Concept, string>> = {
  threePublic: 'actual.total',
  overseas: 'actual.overseas',
  reception: 'actual.reception',
  vehicle: 'actual.vehicle',
};

/** The table figures a quantity is printed as, whatever their scope. */
function tableValues(doc: Disclosure, concept: Concept): number[] {
  const ops: (Operand | null)[] = [];
  const t03 = tableOfKind(doc, 'expenditure');
  const t05 = tableOfKind(doc, 'general-budget-expenditure');
  const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
  if (concept === 'basic' || concept === 'project')
    ops.push(totalFigure(t03, concept), totalFigure(t05, concept));
  if (concept === 'personnel') ops.push(operandByLabel(t06, ['人员经费合计'], 'amount'));
  if (concept === 'public') ops.push(operandByLabel(t06, ['公用经费合计'], 'amount'));
  const key = THREE_PUBLIC_KEYS[concept];
  const t3 = tableOfKind(doc, 'three-public');
  if (key && t3) ops.push(operand(t3, t3.rows[0], key));
  return ops.flatMap((op) => (op?.value != null ? [op.value] : []));
}

export default defineRule({
  meta: {
    id: 'N-21',
    title: '同一数字在各处引用一致',
    group: 'narrative',
    severity: 'error',
    formula:
      '同一口径的基本支出、项目支出、人员经费、公用经费、“三公”经费、机关运行经费，在情况说明各部分和绩效评价报告中的数字相同',
    rationale:
      '同一个数在【支出】【基本】【三公】和附件报告中各写一次，任何一处不同都说明有一处抄错；口径不同（全口径与财政拨款）且写明的除外。',
    references: ['rules.md N-21'],
    messages: {
      differs: '{{concept}}在“{{section}}”写 {{quoted}}，在“{{otherSection}}”写 {{other}}{{scope}}',
    },
  },
  check(doc, ctx) {
    const mentions = conceptMentions(doc);
    const reported = new Set<Mention>();
    for (const m of mentions) {
      if (reported.has(m)) continue;
      // the first earlier mention, in another section, of the same concept and a scope that can be compared
      const comparable = mentions.filter(
        (o) =>
          o !== m &&
          o.concept === m.concept &&
          o.paragraph.section !== m.paragraph.section &&
          (o.scope === m.scope || (m.scope === null) !== (o.scope === null)),
      );
      const earlier = comparable.filter((o) => mentions.indexOf(o) < mentions.indexOf(m));
      if (earlier.length === 0) continue;
      // a mention with no stated scope agrees when it matches any scope's figure
      const agrees = (o: Mention): boolean =>
        compareQuoted(m.amount, o.amount.value) !== 'different' ||
        compareQuoted(o.amount, m.amount.value) !== 'different';
      if (m.scope === null ? earlier.some(agrees) : earlier.filter((o) => o.scope === m.scope).every(agrees))
        continue;
      if (m.scope === null && comparable.some(agrees)) continue;
      // an unscoped figure that repeats a table figure of the quantity (03表 全口径 or 05表 一般公共预算) is right
      if (
        m.scope === null &&
        tableValues(doc, m.concept).some((v) => compareQuoted(m.amount, v) !== 'different')
      )
        continue;
      const ref = earlier.find((o) => !agrees(o));
      if (!ref) continue;
      reported.add(m);
      ctx.report({
        messageId: 'differs',
        data: {
          concept: CONCEPT_NAMES[m.concept],
          section: m.paragraph.section.heading,
          quoted: m.amount.raw,
          otherSection: ref.paragraph.section.heading,
          other: ref.amount.raw,
          scope: m.scope === null || ref.scope === null ? '（本处未写明口径，与各口径的数字都不同）' : '',
        },
        expected: { amount: ref.amount.value },
        actual: { amount: m.amount.value },
        locations: [
          sentenceLocation(m.paragraph, m.amount.start),
          sentenceLocation(ref.paragraph, ref.amount.start),
        ],
      });
    }
  },
});
