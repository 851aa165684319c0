import { defineRule } from '../define-rule.ts';
import { allNarrativeParagraphs, changesIn, sentenceLocation } from './claims.ts';

export default defineRule({
  meta: {
    id: 'N-03',
    title: '增减方向用词与数字一致',
    group: 'narrative',
    severity: 'error',
    formula: '增加/增长/上升 ⇔ 增减额 > 0；减少/下降/降低 ⇔ 增减额 < 0；增减额 = 0 应写“持平”',
    rationale: '同一变动的金额用词与比率用词方向必须一致；为 0 时写“增加0万元”“减少0%”应改为“持平”。',
    references: ['rules.md N-03'],
    messages: {
      contradict: '“{{section}}” 同一变动前后用词方向相反：“{{change}}”与“{{rate}}”',
      zero: '“{{section}}” 变动额为 0，应表述为“持平”，文中为“{{change}}”',
    },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      for (const c of changesIn(p.text)) {
        const change = p.text.slice(Math.max(0, c.delta.start - 2), c.delta.end);
        if (c.delta.value === 0) {
          ctx.report({
            messageId: 'zero',
            severity: 'note',
            data: { section: p.section.heading, change: `${c.delta.label.slice(-2)}${c.delta.raw}` },
            locations: [sentenceLocation(p, c.delta.start)],
          });
          continue;
        }
        if (c.rate?.direction && c.rate.direction !== c.direction) {
          ctx.report({
            messageId: 'contradict',
            data: { section: p.section.heading, change, rate: `${c.rate.lead.slice(-4)}${c.rate.raw}` },
            locations: [sentenceLocation(p, c.delta.start)],
          });
        }
      }
    }
  },
});
