import { defineRule } from '../define-rule.ts';
import {
  amountsIn,
  changesIn,
  narrativeSections,
  paragraphsOf,
  sentenceLocation,
} from '../narrative/claims.ts';
import { aboutOtherYear } from './shared.ts';

const CHANGE = /(增加|减少|增长|下降|上升|降低)$/;
const NONE = /(无|没有|未发生|未安排)(任何)?机关运行经费(支出)?/g;

/** Offset of a "无机关运行经费支出" said of the report year (not "上年无…", "2020年度无…"), or -1. */
function saysNone(text: string, year: number | null): number {
  for (const m of text.matchAll(NONE)) if (!aboutOtherYear(text, m.index, year)) return m.index;
  return -1;
}
const SAME = /持平|无变化|没有变化|基本一致/;

export default defineRule({
  meta: {
    id: 'S-11',
    title: '机关运行经费说明写明与上年的变动；“无机关运行经费”与金额一致',
    group: 'special',
    severity: 'error',
    formula:
      '【运行经费】“无机关运行经费支出” ⇔ 金额为 0；金额 > 0 时写明与上年决算数相比的增减（或持平）——增减额、增减率和原因由 N-02/N-03/N-05 复核',
    rationale: '模板要求机关运行经费与上年决算比较并说明原因；称“无机关运行经费支出”却写出金额是自相矛盾。',
    references: ['rules.md S-11', 'narrative.md §2.9'],
    messages: {
      saysNone: '“{{section}}” 称无机关运行经费支出，却写机关运行经费 {{stated}}',
      noChange: '“{{section}}” 机关运行经费 {{stated}}，没有写明与上年相比的增减变化',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('operating');
    if (!section) return;
    const paragraphs = paragraphsOf(section);
    const none = paragraphs.find((p) => saysNone(p.text, doc.meta.year) >= 0);
    for (const p of paragraphs) {
      const a = amountsIn(p.text).find(
        (x) => x.unit === '万元' && /机关运行经费(支出)?$/.test(x.label) && !CHANGE.test(x.label),
      );
      if (!a) continue;
      if (none && a.value > 0) {
        const at = saysNone(none.text, doc.meta.year);
        ctx.report({
          messageId: 'saysNone',
          data: { section: section.heading, stated: a.raw },
          actual: { amount: a.value },
          locations: [sentenceLocation(p, a.start), sentenceLocation(none, Math.max(at, 0))],
        });
        return;
      }
      if (a.value === 0) return;
      const text = section.text;
      if (changesIn(text).length > 0 || SAME.test(text)) return;
      ctx.report({
        messageId: 'noChange',
        severity: 'warning',
        data: { section: section.heading, stated: a.raw },
        locations: [sentenceLocation(p, a.start)],
      });
      return;
    }
  },
});
