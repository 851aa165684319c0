import { defineRule } from '../define-rule.ts';
import { amountsIn, sentenceLocation, textParagraphs } from './claims.ts';

/** What a "无…支出" statement is about, by the words that name a spending item. */
const SUBJECTS: readonly [string, RegExp][] = [
  ['因公出国（境）', /因公出国/],
  ['公务接待', /公务接待|接待/],
  ['公务用车购置', /公务用车购置|购置公务用车|车辆购置/],
  ['公务用车运行维护', /运行维护|运行费/],
  ['会议', /会议/],
  ['培训', /培训/],
  ['节庆、晚会、论坛、赛事活动', /节庆|晚会|论坛|赛事/],
  ['政府性基金', /政府性基金/],
  ['国有资本经营预算', /国有资本经营/],
  ['机关运行经费', /机关运行/],
  ['政府采购', /政府采购/],
];

/** "本年度和上年度均无…", "两年均未发生…": both years nil. */
const BOTH_YEARS_NONE = /(本年度?和上年度?|本年与上年|两年|上年和本年度?)(均|都)(无|没有|未)/;
/** "无…支出", "没有…费用", "未发生…支出" (not "无法", "无论"). */
const NONE_RE =
  /(?<!均|都)(?:无|没有|未发生|未安排|未开支)(?!法|论|须|需)(?:任何)?([^，。；：、]{1,24}?)(支出|费用|经费|收入)/g;

const CHANGE_WORD = /(增加|减少|增长|下降|上升|降低|增|减)$/;

function subjectOf(words: string): string | null {
  for (const [name, re] of SUBJECTS) if (re.test(words)) return name;
  return null;
}

export default defineRule({
  meta: {
    id: 'N-23',
    title: '说明内部不自相矛盾',
    group: 'narrative',
    severity: 'error',
    formula: '“本年度和上年度均无…”⇒ 增减额 = 0；“无…支出”⇒ 同一段该项金额 = 0',
    rationale:
      '同一段里既说“无××支出”又写出该项的非零金额（或既说两年均无又写出增减额），必有一处是套用模板未改或数字填错。',
    references: ['rules.md N-23'],
    messages: {
      bothYears: '“{{section}}” 称“{{statement}}”，同句却写“{{label}}{{amount}}”',
      noneButAmount: '“{{section}}” 称“{{statement}}”，同句却写“{{label}}{{amount}}”',
    },
  },
  check(doc, ctx) {
    for (const p of textParagraphs(doc)) {
      const amounts = amountsIn(p.text).filter((a) => a.value !== 0);
      if (amounts.length === 0) continue;
      const sentenceAround = (at: number): [number, number] => {
        const from = Math.max(p.text.lastIndexOf('。', at), p.text.lastIndexOf('；', at)) + 1;
        const next = p.text.slice(at).search(/[。；]/);
        return [from, next < 0 ? p.text.length : at + next];
      };
      const clause = (at: number): string => {
        const rest = p.text.slice(at);
        const cut = rest.search(/[，。；]/);
        return cut < 0 ? rest : rest.slice(0, cut);
      };
      const spent = (a: (typeof amounts)[number]): boolean => !/预算/.test(a.label);
      const reported = new Set<number>();
      const both = BOTH_YEARS_NONE.exec(p.text);
      if (both) {
        const [from, to] = sentenceAround(both.index);
        // any spent amount or change of the same sentence: the item both years are said to be without
        const bad = amounts.find((a) => a.start >= from && a.end <= to && spent(a));
        if (bad) {
          reported.add(bad.start);
          ctx.report({
            messageId: 'bothYears',
            data: {
              section: p.section.heading,
              statement: clause(both.index),
              label: bad.label || '金额',
              amount: bad.raw,
            },
            expected: { amount: 0 },
            actual: { amount: bad.value },
            locations: [sentenceLocation(p, bad.start), sentenceLocation(p, both.index)],
          });
        }
      }
      for (const m of p.text.matchAll(NONE_RE)) {
        const subject = subjectOf(m[0]);
        if (!subject) continue;
        const [from, to] = sentenceAround(m.index);
        // the amount of the same item actually spent, in the same sentence: not a budget, not a change
        const bad = amounts.find(
          (a) =>
            a.start >= from &&
            a.end <= to &&
            spent(a) &&
            !CHANGE_WORD.test(a.label) &&
            subjectOf(a.label) === subject &&
            !reported.has(a.start),
        );
        if (!bad) continue;
        reported.add(bad.start);
        ctx.report({
          messageId: 'noneButAmount',
          data: { section: p.section.heading, statement: m[0], label: bad.label, amount: bad.raw },
          expected: { amount: 0 },
          actual: { amount: bad.value },
          locations: [sentenceLocation(p, bad.start), sentenceLocation(p, m.index)],
        });
      }
    }
  },
});
