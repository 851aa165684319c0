import { formatHundredths } from '../../model/amount.ts';
import { defineRule } from '../define-rule.ts';
import {
  changesIn,
  halfUnit,
  sentenceLocation,
  type AmountMention,
  type Sentence,
} from '../narrative/claims.ts';
import {
  classifyAmount,
  CONCEPT_NAMES,
  scopedParagraphs,
  type Concept,
  type Scope,
} from '../narrative/concepts.ts';

interface DerivedPrior {
  readonly concept: Concept;
  readonly scope: Scope;
  /** 上年 = 本年 ∓ 增减额, in hundredths of 万元. */
  readonly value: number;
  /** Uncertainty of the derivation in half-hundredths: half a unit of each printed input. */
  readonly halves: number;
  readonly base: AmountMention;
  readonly delta: AmountMention;
  readonly paragraph: Sentence;
}

export default defineRule({
  meta: {
    id: 'Y-04',
    title: '同一数字的上年数在各处推算一致',
    group: 'cross-year',
    severity: 'warning',
    formula:
      '没有上年文件时：两处说明同一数字（如“三公”经费、机关运行经费、基本支出）的增减，由“本年数 ∓ 增减额”推出的上年数应相同（容差：各数末位半个单位之和）',
    rationale:
      '情况说明和附件绩效报告常各写一次同一数字的增减；推出的上年数不同，说明其中一处的本年数或增减额写错。给出上年文件时由 Y-03 直接核对。',
    references: ['rules.md Y-04', 'rules.md N-02'],
    messages: {
      differs:
        '{{concept}}：“{{section}}” {{base}}、{{delta}} 推出上年 {{prior}}，“{{otherSection}}” {{otherBase}}、{{otherDelta}} 推出上年 {{otherPrior}}',
    },
  },
  check(doc, ctx) {
    if (ctx.previous) return; // Y-03 compares with the published figures themselves
    const derived: DerivedPrior[] = [];
    for (const { paragraph: p, scope } of scopedParagraphs(doc)) {
      for (const c of changesIn(p.text)) {
        if (!c.base || c.delta.unit !== '万元' || /预算/.test(c.against)) continue;
        const k = classifyAmount(p, c.base, scope, doc.meta.department);
        if (!k) continue;
        derived.push({
          ...k,
          value: c.direction === 'up' ? c.base.value - c.delta.value : c.base.value + c.delta.value,
          halves: halfUnit(c.base) + halfUnit(c.delta),
          base: c.base,
          delta: c.delta,
          paragraph: p,
        });
      }
    }
    derived.forEach((d, i) => {
      const other = derived
        .slice(0, i)
        .find(
          (o) =>
            o.concept === d.concept &&
            o.paragraph.section !== d.paragraph.section &&
            (o.scope === d.scope || o.scope === null || d.scope === null),
        );
      if (!other || 2 * Math.abs(other.value - d.value) <= d.halves + other.halves) return;
      ctx.report({
        messageId: 'differs',
        data: {
          concept: CONCEPT_NAMES[d.concept],
          section: d.paragraph.section.heading,
          base: d.base.raw,
          delta: `${d.delta.label.slice(-2)}${d.delta.raw}`,
          prior: `${formatHundredths(d.value)}万元`,
          otherSection: other.paragraph.section.heading,
          otherBase: other.base.raw,
          otherDelta: `${other.delta.label.slice(-2)}${other.delta.raw}`,
          otherPrior: `${formatHundredths(other.value)}万元`,
        },
        expected: { amount: other.value },
        actual: { amount: d.value },
        locations: [
          sentenceLocation(d.paragraph, d.delta.start),
          sentenceLocation(other.paragraph, other.delta.start),
        ],
      });
    });
  },
});
