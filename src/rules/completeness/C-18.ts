import { defineRule } from '../define-rule.ts';
import { isAccounts, locateOffset, matchesOf, textPassages, type Passage } from './shared.ts';

/** A word of 2–4 characters printed twice in a row ("培训培训", "支出支出"). */
const DOUBLED_WORD = /([\u4e00-\u9fff]{2,4})\1/g;
/** Reduplications that are correct Chinese. */
const FINE_DOUBLES: readonly string[] = ['研究研究', '讨论讨论', '看看', '学习学习'];
/** "，，" "。。" "、、" and the like, "，。". */
const DOUBLED_PUNCT = /([，。、；：！？])\1|[，,]{2,}|，。|。，|；。/g;
/** Full-width and half-width digits or points inside one number ("１2.50", "12．5"). */
const MIXED_NUMBER = /\d+[０-９．]+[\d０-９.]*|[０-９]+[\d.]+[\d０-９.]*/g;

/** Index of the first closing quote without an opening one, else of the last opening quote left open. */
function unmatchedQuote(para: string): number {
  const open: number[] = [];
  for (let i = 0; i < para.length; i++) {
    if (para[i] === '“') open.push(i);
    else if (para[i] === '”' && open.pop() === undefined) return i;
  }
  return open[open.length - 1] ?? 0;
}

export default defineRule({
  meta: {
    id: 'C-18',
    title: '重复字词与标点',
    group: 'completeness',
    severity: 'note',
    formula:
      '正文不出现重复的词（“培训培训”“支出支出”）、重复标点（“，，”“。。”）、不成对的引号，以及全角半角混排的数字',
    rationale: '这类错误不影响数据，但说明文本未经校对，也会妨碍机器读取数字。',
    references: ['rules.md C-18', 'GOV R003'],
    messages: {
      doubledWord: '{{place}}“{{text}}”中的词语重复',
      doubledPunct: '{{place}}标点重复：“{{text}}”',
      unbalancedQuote: '{{place}}该段引号不成对（前引号 {{open}} 个、后引号 {{close}} 个）',
      mixedNumber: '{{place}}数字“{{text}}”全角半角混排',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const at = (p: Passage, start: number, end: number): ReturnType<typeof locateOffset> =>
      locateOffset(doc, p, start, end);
    for (const passage of textPassages(doc)) {
      const t = passage.text;
      for (const m of matchesOf(DOUBLED_WORD, t)) {
        if (FINE_DOUBLES.includes(m[0]) || /^一./.test(m[1] ?? '')) continue;
        const place = at(passage, m.index, m.index + m[0].length);
        ctx.report({
          messageId: 'doubledWord',
          data: { place: place.label, text: m[0] },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
      for (const m of matchesOf(DOUBLED_PUNCT, t)) {
        const place = at(passage, m.index, m.index + m[0].length);
        ctx.report({
          messageId: 'doubledPunct',
          data: { place: place.label, text: m[0] },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
      for (const m of matchesOf(MIXED_NUMBER, t)) {
        const place = at(passage, m.index, m.index + m[0].length);
        ctx.report({
          messageId: 'mixedNumber',
          data: { place: place.label, text: m[0] },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
      let offset = 0;
      for (const para of t.split('\n')) {
        const open = (para.match(/“/g) ?? []).length;
        const close = (para.match(/”/g) ?? []).length;
        if (open !== close) {
          const i = unmatchedQuote(para);
          const place = at(passage, offset + i, offset + i + 1);
          ctx.report({
            messageId: 'unbalancedQuote',
            data: { place: place.label, open, close },
            locations: [place.location],
          });
        }
        offset += para.length + 1;
      }
    }
  },
});
