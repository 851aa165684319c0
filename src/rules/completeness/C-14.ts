import type { Table } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { isAccounts, locateOffset, matchesOf, textPassages } from './shared.ts';

/** An amount written in 元 (not 万元/亿元/千元) in running text: "3500元", "1,200.50 元". */
const YUAN_AMOUNT = /(?<![\d.,，])(\d[\d,，]*(?:\.\d+)?)\s*元(?![/／每])/g;

export default defineRule({
  meta: {
    id: 'C-14',
    title: '金额单位统一',
    group: 'completeness',
    severity: 'warning',
    formula: '各表表头金额单位相同；情况说明中的金额使用表格的金额单位（湖南为万元）',
    rationale:
      '单位不统一时，同一数字在表格和文字中相差一万倍，读者难以核对（单位写错导致的数值不符由 N-22 判断）。',
    references: ['rules.md C-14', 'rules.md N-22'],
    messages: {
      mixedUnits: '{{tables}} 的金额单位为“{{unit}}”，其余各表为“{{main}}”',
      narrativeUnit:
        '{{place}}金额“{{text}}”以元为单位，而决算表金额单位为{{main}}；情况说明应统一使用{{main}}',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const byUnit = new Map<string, Table[]>();
    for (const t of doc.tables) {
      if (t.unit === null) continue; // a missing unit is C-11's
      byUnit.set(t.unit, [...(byUnit.get(t.unit) ?? []), t]);
    }
    const ranked = [...byUnit.entries()].sort((a, b) => b[1].length - a[1].length);
    const main = ranked[0]?.[0] ?? doc.meta.unit;
    for (const [unit, tables] of ranked.slice(1)) {
      ctx.report({
        messageId: 'mixedUnits',
        data: { tables: tables.map((t) => `${t.number ?? ''}表`).join('、'), unit, main: main ?? '' },
        expected: { text: main ?? '' },
        actual: { text: unit },
        locations: tables.map((t) => ({ ...ctx.tableAt(t), line: t.unitAt?.line ?? t.titleAt.line ?? null })),
      });
    }
    if (main !== '万元') return;
    const narrative = doc.parts.find((p) => p.kind === 'narrative');
    if (!narrative) return;
    for (const passage of textPassages(doc)) {
      const line = passage.segments[0]?.at.line ?? 0;
      if (line < narrative.startLine || line > narrative.endLine) continue;
      for (const m of matchesOf(YUAN_AMOUNT, passage.text)) {
        const before = passage.text.slice(Math.max(0, m.index - 1), m.index);
        const digits = (m[1] ?? '').replace(/[,，.]/g, '');
        const context = passage.text.slice(Math.max(0, m.index - 12), m.index);
        if (/[万亿千百]/.test(before) || /^0+$/.test(digits) || /每|人均|标准|单价|\/人/.test(context))
          continue;
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        ctx.report({
          messageId: 'narrativeUnit',
          data: { place: place.label, text: m[0], main },
          actual: { text: m[0] },
          locations: [place.location],
        });
      }
    }
  },
});
