import { defineRule } from '../define-rule.ts';
import { narrativeSections, paragraphsOf, sentenceLocation } from './claims.ts';

export default defineRule({
  meta: {
    id: 'N-24',
    title: '机关运行经费的变动以上年决算数为比较基数',
    group: 'narrative',
    severity: 'warning',
    formula: '【运行经费】“比上年决算数增加/减少”，而非“比年初预算数……”',
    rationale: '模板要求机关运行经费与上年决算数比较；与年初预算比较说明的是预算执行，不是年度变动。',
    references: ['rules.md N-24', 'narrative.md §2.9'],
    messages: { base: '“{{section}}” 机关运行经费与“{{against}}”比较，应与上年决算数比较' },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('operating');
    if (!section) return;
    for (const p of paragraphsOf(section)) {
      const m = /(比|较|与)(年初|全年)?预算数?(相比)?/.exec(p.text);
      if (!m || !/(增加|减少|增长|下降|持平)/.test(p.text.slice(m.index))) continue;
      ctx.report({
        messageId: 'base',
        data: { section: section.heading, against: m[0] },
        locations: [sentenceLocation(p, m.index)],
      });
    }
  },
});
