import type { Location } from '../../model/finding.ts';
import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, isAccounts, locateOffset, matchesOf, textPassages } from './shared.ts';

/** How a 部门决算 introduces its consolidated units. */
const UNITS_LISTED = /决算单位构成|汇总公开单位|单位构成|所属单位|下属单位|二级单位|预算单位/;
const DEPARTMENT_WORDS = /部门决算|部门预算/g;

export default defineRule({
  meta: {
    id: 'C-15',
    title: '部门决算与单位决算的称谓',
    group: 'completeness',
    severity: 'note',
    formula: '部门决算在概况中列出决算单位构成；单位决算使用“机构设置”，不自称部门决算/部门预算',
    rationale:
      '部门决算汇总所属各单位，读者需要知道汇总了哪些单位；单位决算只反映本单位，自称部门决算会误导口径。',
    references: ['rules.md C-15'],
    messages: {
      noUnits: '部门决算的概况没有说明决算单位构成（汇总了哪些单位）',
      unitCalledDepartment: '单位决算中有 {{count}} 处自称“部门决算/部门预算”，如{{place}}“{{text}}”',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const overview = doc.parts.find((p) => p.kind === 'overview');
    if (doc.meta.kind === 'final-accounts' && overview) {
      const text = [
        overview.heading,
        overview.preamble,
        ...overview.sections.flatMap((s) => [s.heading, s.text]),
      ].join('\n');
      if (!UNITS_LISTED.test(text)) {
        ctx.report({
          messageId: 'noUnits',
          locations: [
            {
              ...blankLocation('narrative'),
              section: overview.heading,
              line: overview.at.line ?? null,
              excerpt: clip(overview.heading),
            },
          ],
        });
      }
    }
    if (doc.meta.kind !== 'unit-final-accounts') return;
    const hits: { location: Location; label: string; text: string }[] = [];
    for (const passage of textPassages(doc)) {
      for (const m of matchesOf(DEPARTMENT_WORDS, passage.text)) {
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        hits.push({ location: place.location, label: place.label, text: m[0] });
      }
    }
    const first = hits[0];
    if (first) {
      ctx.report({
        messageId: 'unitCalledDepartment',
        data: { count: hits.length, place: first.label, text: first.location.excerpt ?? first.text },
        locations: hits.slice(0, 10).map((h) => h.location),
      });
    }
  },
});
