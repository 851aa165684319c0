import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import { threePublicActual, threePublicCounts, type Figure, type ThreePublicCount } from './shared.ts';

const PEOPLE_ITEMS = [
  { item: 'overseas', name: '因公出国（境）', groups: '团组' },
  { item: 'reception', name: '公务接待', groups: '批次（团组）' },
] as const;

export default defineRule({
  meta: {
    id: 'S-02',
    title: '“三公”经费的数量与金额相符',
    group: 'special',
    severity: 'warning',
    formula:
      '出国（接待）决算 > 0 ⇒ 团组（批次）≥ 1 且 人次 ≥ 团组；决算 = 0 ⇒ 团组 = 人次 = 0；车购置费 > 0 ⇒ 购置数 ≥ 1；车运行维护费 > 0 ⇒ 保有量 ≥ 1',
    rationale:
      '有支出却写“0个团组”“0辆”，或没有支出却写出团组、人次，说明数量或金额有一处写错；租用车辆等例外存在，故为警告。',
    references: ['rules.md S-02', 'narrative.md §2.7'],
    messages: {
      spentNoCount: '“{{section}}” {{item}}决算 {{amount}}（{{source}}），却写{{what}} {{count}}',
      countNoSpend: '“{{section}}” {{item}}决算为 0（{{source}}），却写{{what}} {{count}}',
      personsBelowGroups: '“{{section}}” {{item}}人次 {{persons}} 少于{{groupWord}}数 {{groups}}',
      notInteger: '“{{section}}” {{what}}“{{count}}”不是整数',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('threePublic');
    if (!section) return;
    const counts = threePublicCounts(section, doc.meta.year);
    const first = (
      item: ThreePublicCount['item'],
      kind: ThreePublicCount['kind'],
    ): ThreePublicCount | undefined => counts.find((c) => c.item === item && c.kind === kind);
    /** Money spent on an item whose count is written as 0. */
    const spentNoCount = (c: ThreePublicCount, item: string, fig: Figure, what: string): void => {
      ctx.report({
        messageId: 'spentNoCount',
        data: {
          section: section.heading,
          item,
          amount: { amount: fig.value },
          source: fig.source,
          what,
          count: c.count.raw,
        },
        expected: { count: 1 },
        actual: { count: 0 },
        locations: [sentenceLocation(c.paragraph, c.count.start), ...(fig.at ? [fig.at] : [])],
      });
    };
    for (const c of counts) {
      if (c.count.value === null) {
        ctx.report({
          messageId: 'notInteger',
          data: { section: section.heading, what: c.count.label || '数量', count: c.count.raw },
          locations: [sentenceLocation(c.paragraph, c.count.start)],
        });
      }
    }
    for (const { item, name, groups: groupWord } of PEOPLE_ITEMS) {
      const fig = threePublicActual(doc, ctx, section, item);
      const groups = first(item, 'groups');
      const persons = first(item, 'persons');
      if (fig) {
        for (const c of [groups, persons]) {
          if (!c || c.count.value === null) continue;
          const what = c.kind === 'groups' ? groupWord : '人次';
          if (fig.value > 0 && c.count.value === 0) {
            spentNoCount(c, name, fig, what);
          } else if (fig.value === 0 && c.count.value > 0) {
            ctx.report({
              messageId: 'countNoSpend',
              data: { section: section.heading, item: name, source: fig.source, what, count: c.count.raw },
              expected: { count: 0 },
              actual: { count: c.count.value },
              locations: [sentenceLocation(c.paragraph, c.count.start), ...(fig.at ? [fig.at] : [])],
            });
          }
        }
      }
      if (
        groups?.count.value != null &&
        persons?.count.value != null &&
        persons.count.value < groups.count.value
      ) {
        ctx.report({
          messageId: 'personsBelowGroups',
          data: {
            section: section.heading,
            item: name,
            persons: persons.count.value,
            groupWord,
            groups: groups.count.value,
          },
          expected: { count: groups.count.value },
          actual: { count: persons.count.value },
          locations: [
            sentenceLocation(persons.paragraph, persons.count.start),
            sentenceLocation(groups.paragraph, groups.count.start),
          ],
        });
      }
    }
    for (const [kind, amountItem, what] of [
      ['purchased', 'vehiclePurchase', '购置（更新）公务用车'],
      ['fleet', 'vehicleOperation', '公务用车保有量'],
    ] as const) {
      const c = first('vehicle', kind);
      if (!c || c.count.value !== 0) continue;
      const fig = threePublicActual(doc, ctx, section, amountItem);
      if (!fig || fig.value <= 0) continue;
      spentNoCount(c, kind === 'purchased' ? '公务用车购置费' : '公务用车运行维护费', fig, what);
    }
  },
});
