import { defineRule } from '../define-rule.ts';
import {
  amountsIn,
  countsIn,
  narrativeSections,
  paragraphsOf,
  sentenceLocation,
  type CountMention,
  type Sentence,
} from '../narrative/claims.ts';
import { sectionLocation } from './shared.ts';

interface Part {
  readonly name: '会议' | '培训';
  readonly paragraph: Sentence;
  readonly amount: { value: number; raw: string; start: number };
  readonly times: CountMention | undefined;
  readonly people: CountMention | undefined;
}

/** The 会议费 / 培训费 clauses: from the amount to the next item (培训费 / 节庆…) or the end of the paragraph. */
function partsOf(paragraph: Sentence): Part[] {
  const text = paragraph.text;
  const out: Part[] = [];
  const amounts = amountsIn(text).filter((a) => a.unit === '万元');
  for (const name of ['会议', '培训'] as const) {
    const a = amounts.find((x) => new RegExp(`${name}费$`).test(x.label));
    if (!a) continue;
    const stops = [/培训费/g, /节庆|晚会|论坛|赛事/g, /会议费/g]
      .flatMap((re) => [...text.matchAll(re)].map((m) => m.index))
      .filter((i) => i > a.end);
    const end = Math.min(text.length, ...stops);
    const counts = countsIn(text.slice(a.end, end)).map((c) => ({
      ...c,
      start: c.start + a.end,
      end: c.end + a.end,
    }));
    out.push({
      name,
      paragraph,
      amount: { value: a.value, raw: a.raw, start: a.start },
      times: counts.find(
        (c) => /^(次|场|期)$/.test(c.unit) || (c.unit === '' && /^(会议|培训)/.test(c.after)),
      ),
      people: counts.find((c) => /^(人|人次|名)$/.test(c.unit)),
    });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'S-13',
    title: '一般性支出说明的会议、培训次数与金额相符',
    group: 'special',
    severity: 'warning',
    formula:
      '【一般性】会议费 > 0 ⇒ 会议次数 ≥ 1 且人数 > 0；培训费 > 0 ⇒ 培训次数 ≥ 1；金额为 0 ⇒ 次数、人数为 0 或写“未召开/未举办”；写明是否举办节庆、晚会、论坛、赛事活动',
    rationale:
      '湖南模板的一般性支出说明须写明会议、培训的次数和人数及节庆论坛等活动情况；有支出无次数或无支出有次数，必有一处写错。',
    references: ['rules.md S-13', 'narrative.md §2.10'],
    messages: {
      noTimes: '“{{section}}” 开支{{name}}费 {{amount}}，却没有写明{{name}}次数（或写为 0）',
      noPeople: '“{{section}}” 开支会议费 {{amount}}，却没有写明参会人数（或写为 0）',
      countsWithoutAmount: '“{{section}}” {{name}}费为 0，却写{{what}} {{count}}',
      noFestival: '“{{section}}” 没有说明是否举办节庆、晚会、论坛、赛事活动',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('generalSpending');
    if (!section) return;
    for (const part of paragraphsOf(section).flatMap(partsOf)) {
      const data = { section: section.heading, name: part.name, amount: part.amount.raw };
      const at = sentenceLocation(part.paragraph, part.amount.start);
      if (part.amount.value > 0) {
        if (!part.times || part.times.value === 0)
          ctx.report({
            messageId: 'noTimes',
            data,
            actual: { count: part.times?.value ?? 0 },
            locations: [part.times ? sentenceLocation(part.paragraph, part.times.start) : at],
          });
        if (part.name === '会议' && (!part.people || part.people.value === 0))
          ctx.report({
            messageId: 'noPeople',
            data,
            actual: { count: part.people?.value ?? 0 },
            locations: [part.people ? sentenceLocation(part.paragraph, part.people.start) : at],
          });
        continue;
      }
      for (const [c, what] of [
        [part.times, '次数'],
        [part.people, '人数'],
      ] as const) {
        if (!c?.value) continue;
        ctx.report({
          messageId: 'countsWithoutAmount',
          data: { section: section.heading, name: part.name, what, count: c.raw },
          expected: { count: 0 },
          actual: { count: c.value },
          locations: [sentenceLocation(part.paragraph, c.start), at],
        });
      }
    }
    if (!/节庆|晚会|论坛|赛事/.test(section.text)) {
      ctx.report({
        messageId: 'noFestival',
        data: { section: section.heading },
        locations: [sectionLocation(section)],
      });
    }
  },
});
