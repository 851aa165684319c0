import type { Disclosure } from '../../model/document.ts';
import { tableOfKind } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { describe, operandByLabel } from '../helpers.ts';
import { amountsIn, narrativeSections, paragraphsOf, sentenceLocation } from '../narrative/claims.ts';

const CHANGE = /(增加|减少|增长|下降|上升|降低|持平)$/;

/** The 概况 says the department is a 行政 (or 参公) unit and names no 事业单位. */
function administrativeOnly(doc: Disclosure): boolean {
  const overview = doc.parts.find((p) => p.kind === 'overview');
  if (!overview) return false;
  const text = [overview.preamble, ...overview.sections.map((s) => `${s.heading}\n${s.text}`)]
    .join('\n')
    .replace(/参照公务员法管理的事业单位|参公事业单位|企事业单位|机关事业单位/g, '');
  return /行政单位|参照公务员法管理/.test(text) && !/事业单位/.test(text);
}

export default defineRule({
  meta: {
    id: 'S-10',
    title: '机关运行经费不超过公用经费',
    group: 'special',
    severity: 'error',
    formula:
      '【运行经费】机关运行经费 ≤ 06表 公用经费合计；公用经费为 0 时机关运行经费不能大于 0；只有行政（参公）单位时两者通常相等（≠ 为提示）',
    rationale:
      '机关运行经费是行政单位（含参公事业单位）基本支出中的公用经费，不可能超过 06表 的公用经费合计；事业单位的公用经费不计入，故只作 ≤ 检查。',
    references: ['rules.md S-10', 'narrative.md §2.9', '上海市部门决算公开模板（机关运行经费定义）'],
    messages: {
      exceeds: '“{{section}}” 机关运行经费 {{stated}} 大于 {{table}}',
      noPublic: '“{{section}}” 机关运行经费 {{stated}}，而 {{table}}；没有公用经费就不应有机关运行经费',
      differs: '“{{section}}” 机关运行经费 {{stated}} 小于 {{table}}；本部门为行政（参公）单位，两者通常相等',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('operating');
    const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!section || !t06) return;
    const pub = operandByLabel(t06, ['公用经费合计'], 'amount');
    if (pub?.value == null) return;
    for (const p of paragraphsOf(section)) {
      const a = amountsIn(p.text).find(
        (x) => x.unit === '万元' && /机关运行经费(支出)?$/.test(x.label) && !CHANGE.test(x.label),
      );
      if (!a) continue;
      const data = { section: section.heading, stated: a.raw, table: describe(pub, true) };
      const locations = [sentenceLocation(p, a.start), ctx.cellAt(pub.table, pub.row, pub.cell)];
      const base = { data, expected: { amount: pub.value }, actual: { amount: a.value }, locations };
      if (a.value > 0 && pub.value === 0) ctx.report({ messageId: 'noPublic', ...base });
      else if (a.value > pub.value) ctx.report({ messageId: 'exceeds', ...base });
      else if (a.value < pub.value && administrativeOnly(doc))
        ctx.report({ messageId: 'differs', severity: 'note', ...base });
      return;
    }
  },
});
