import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { checkPercent, minus, percentString, plus, printed } from '../../model/ratio.ts';
import { allNarrativeParagraphs, changesIn, sentenceLocation } from './claims.ts';

export default defineRule({
  meta: {
    id: 'N-02',
    title: '增减额与增减率相互一致',
    group: 'narrative',
    severity: 'error',
    formula: '上年 = 本年 − 增加额（或 本年 + 减少额）；增减率 = 增减额 ÷ 上年（按打印精度区间复算）',
    rationale: '说明中的增减额、增减率和本年数三者互相决定；任何一个写错，三者就对不上。',
    references: ['rules.md N-02', 'rules.md §9.3'],
    messages: {
      rate: '“{{section}}” {{base}}万元，{{direction}} {{delta}}万元，推得上年 {{prior}}万元，{{word}}率应为 {{exact}}%（允许 {{range}}），文中为 {{printed}}',
      noPrior:
        '“{{section}}” {{direction}} {{delta}}万元 后推得上年为 {{prior}}万元，不能计算{{word}}率，文中却写 {{printed}}',
    },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      for (const c of changesIn(p.text)) {
        if (!c.base || !c.rate || c.delta.unit !== '万元' || c.base.unit !== '万元') continue;
        const base = printed(c.base.value);
        const delta = printed(c.delta.value);
        const prior = c.direction === 'up' ? minus(base, delta) : plus(base, delta);
        const priorValue = c.direction === 'up' ? c.base.value - c.delta.value : c.base.value + c.delta.value;
        const word = c.direction === 'up' ? '增长' : '下降';
        const data = {
          section: p.section.heading,
          base: `${c.base.label}${formatHundredths(c.base.value)}`,
          direction: c.direction === 'up' ? '增加' : '减少',
          delta: formatHundredths(c.delta.value),
          prior: formatHundredths(priorValue),
          word,
          printed: c.rate.raw,
        };
        const r = checkPercent(delta, prior, c.rate);
        if (r.verdict === 'undefined') {
          if (c.rate.scaled !== 0) {
            ctx.report({ messageId: 'noPrior', data, locations: [sentenceLocation(p, c.rate.start)] });
          }
          continue;
        }
        if (r.verdict === 'ok') continue;
        ctx.report({
          messageId: 'rate',
          data: {
            ...data,
            exact: percentString(c.delta.value, priorValue, 2) ?? '—',
            range: r.range,
          },
          expected: { percent: percentString(c.delta.value, priorValue, Math.max(2, c.rate.decimals)) ?? '' },
          actual: { percent: c.rate.raw.replace(/[%％]/, '') },
          locations: [sentenceLocation(p, c.rate.start)],
        });
      }
    }
  },
});
