import { defineRule } from '../define-rule.ts';
import { allNarrativeParagraphs, budgetPairsIn, changesIn, sentenceLocation } from './claims.ts';

/** A stated reason, with some content after its marker. */
const REASON =
  /(主要原因|原因是|原因为|主要是|主要由于|由于|因为|系因|受.{1,20}影响)[：:]?\s*([^。；\s]{2,})/;

function hasReason(text: string): boolean {
  return REASON.test(text);
}

export default defineRule({
  meta: {
    id: 'N-05',
    title: '增减变动和预决算差异须说明原因',
    group: 'narrative',
    severity: 'warning',
    formula: '增减额 ≠ 0 或 决算 ≠ 预算 ⇒ 同段写明“主要原因……”（空原因视为未写）；预决算持平不需说明',
    rationale: '公开要求对变动和差异说明原因；只写数字不写原因，或写了“主要原因是：”却没有内容，都是缺项。',
    references: ['rules.md N-05', '上海市部门决算公开模板（预决算持平的不用说明变动原因）'],
    messages: {
      changeReason: '“{{section}}” {{what}} {{delta}}万元，但没有说明原因',
      budgetReason: '“{{section}}” 决算 {{actual}}万元 与预算 {{budget}}万元 不同，但没有说明原因',
    },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      const pairs = budgetPairsIn(p.text);
      for (const pair of pairs) {
        if (pair.actual.value === pair.budget.value) continue;
        const span = p.text.slice(pair.actual.end, pair.end);
        // "完成年初预算的X%，其中：" introduces items that carry the reasons one by one.
        if (/其中[：:]?\s*$/.test(span.trim()) || /其中[：:]\s*$/.test(span)) continue;
        if (hasReason(span)) continue;
        ctx.report({
          messageId: 'budgetReason',
          data: {
            section: p.section.heading,
            actual: pair.actual.raw.replace(/万元$/, ''),
            budget: pair.budget.raw.replace(/万元$/, ''),
          },
          locations: [sentenceLocation(p, pair.actual.start)],
        });
      }
      for (const c of changesIn(p.text)) {
        if (c.delta.value === 0) continue;
        const after = p.text.slice(c.delta.end);
        if (hasReason(after)) continue;
        ctx.report({
          messageId: 'changeReason',
          data: {
            section: p.section.heading,
            what: c.direction === 'up' ? '增加' : '减少',
            delta: c.delta.raw.replace(/万元$/, ''),
          },
          locations: [sentenceLocation(p, c.delta.start)],
        });
      }
    }
  },
});
