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

/** Set phrases with a character dropped or doubled, and what was meant: the comparison bases of the narrative. */
const BROKEN_PHRASES: readonly { readonly pattern: RegExp; readonly meant: string }[] = [
  { pattern: /上一度/g, meant: '上一年度' },
  { pattern: /上一年年度/g, meant: '上一年度' },
  { pattern: /上年年度|上年度度/g, meant: '上年度' },
  { pattern: /决算数数/g, meant: '决算数' },
  { pattern: /预算数数/g, meant: '预算数' },
];

/** A comparison of 决算 with a budget: "决算数小于全年预算数", "决算数与预算数持平"; group 2 names which budget. */
const BUDGET_COMPARISON = /决算数?(?:大于|小于|高于|低于|超过|与)(全年|年初|调整)?预算数/g;

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
    title: '重复字词、笔误与标点',
    group: 'completeness',
    severity: 'note',
    formula:
      '正文不出现重复的词（“培训培训”“支出支出”）、重复标点（“，，”“。。”）、不成对的引号、全角半角混排的数字，' +
      '以及比较用语的笔误（“较上一度”应为“较上一年度”）；同一节各项说明比较基数的写法一致（其他各项写“全年预算数”，' +
      '某项只写“预算数”）',
    rationale:
      '这类错误不影响数据，但说明文本未经校对，也会妨碍机器读取数字；比较基数写法不一，读者无从判断该项是与年初预算还是全年预算比较。',
    references: ['rules.md C-18', 'GOV R003'],
    messages: {
      doubledWord: '{{place}}“{{text}}”中的词语重复',
      doubledPunct: '{{place}}标点重复：“{{text}}”',
      unbalancedQuote: '{{place}}该段引号不成对（前引号 {{open}} 个、后引号 {{close}} 个）',
      mixedNumber: '{{place}}数字“{{text}}”全角半角混排',
      brokenPhrase: '{{place}}“{{text}}”疑为笔误，应为“{{meant}}”',
      unqualifiedBase:
        '{{place}}“{{text}}”未写明是与哪一预算数比较；本节其他 {{count}} 处写“{{base}}预算数”，用语不一致',
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
      for (const { pattern, meant } of BROKEN_PHRASES) {
        for (const m of matchesOf(pattern, t)) {
          const place = at(passage, m.index, m.index + m[0].length);
          ctx.report({
            messageId: 'brokenPhrase',
            data: { place: place.label, text: m[0], meant },
            actual: { text: m[0] },
            expected: { text: meant },
            locations: [place.location],
          });
        }
      }
      // A list of items that compares 决算 with one named budget ("全年预算数") everywhere but in a few places.
      const comparisons = matchesOf(BUDGET_COMPARISON, t);
      const named = comparisons.filter((m) => m[1] !== undefined);
      const bases = new Set(named.map((m) => m[1]));
      const [base] = bases;
      if (named.length >= 2 && bases.size === 1 && base !== undefined) {
        for (const m of comparisons) {
          if (m[1] !== undefined) continue;
          const place = at(passage, m.index, m.index + m[0].length);
          ctx.report({
            messageId: 'unqualifiedBase',
            data: { place: place.label, text: m[0], count: named.length, base },
            actual: { text: m[0] },
            expected: { text: `${base}预算数` },
            locations: [place.location],
          });
        }
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
