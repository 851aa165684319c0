import { defineRule } from '../define-rule.ts';
import { isTextDocument, locateOffset, matchesOf, textPassages } from './shared.ts';

/**
 * Opposite words a template offers as alternatives ("增加（减少）"): the preparer must keep one. Both orders are
 * checked, written with brackets ("增加（减少）", "增加(减少)", "增加（或减少）") or a slash ("增加/减少").
 */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['增加', '减少'],
  ['增长', '下降'],
  ['增长', '减少'],
  ['增加', '下降'],
  ['增加', '降低'],
  ['增长', '降低'],
  ['上升', '下降'],
  ['大于', '小于'],
  ['高于', '低于'],
  ['多于', '少于'],
  ['超支', '节约'],
  ['增', '减'],
];

const ALTERNATIVE: RegExp = (() => {
  const forms: string[] = [];
  for (const [a, b] of OPPOSITES) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      forms.push(`${x}[（(]\\s*或?${y}(?:[、/或][^）)]{1,4})?\\s*[）)]`, `${x}\\s*[/／]\\s*${y}`);
    }
  }
  return new RegExp(forms.join('|'), 'g');
})();

export default defineRule({
  meta: {
    id: 'C-08',
    title: '模板残留：备选措辞未选定',
    group: 'completeness',
    severity: 'error',
    formula:
      '不得同时保留模板给出的相反措辞：增加（减少）、减少（增加）、增长（下降）、下降（增长）、大于（小于）、增加/减少 等',
    rationale:
      '模板用括号或斜线给出两种相反的表述，由编制人按实际情况选定一种；两者并存说明未按实际数据撰写。',
    references: ['rules.md C-08', '部门决算公开模板（“增加（减少）”“大于（小于）”）'],
    messages: {
      alternative: '{{place}}保留了备选措辞“{{text}}”，应按实际增减方向只保留一种表述',
    },
  },
  check(doc, ctx) {
    if (!isTextDocument(doc)) return;
    for (const passage of textPassages(doc)) {
      for (const m of matchesOf(ALTERNATIVE, passage.text)) {
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        // A 自评表 column header may use the accounting notation "增加（减少）" for a signed change.
        if (place.location.part === 'perf') continue;
        ctx.report({
          messageId: 'alternative',
          data: { place: place.label, text: m[0] },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
    }
  },
});
