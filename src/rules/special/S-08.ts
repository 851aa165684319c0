import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import { procurementFigures, procurementShares, PROCUREMENT_NAMES } from './shared.ts';

export default defineRule({
  meta: {
    id: 'S-08',
    title: '政府采购占比在分母为 0 或缺少分项金额时不应计算',
    group: 'special',
    severity: 'note',
    formula:
      '【采购】分母（总额、中小企业合同金额或某类支出）为 0 ⇒ 不写占比或写“无法计算”；按类占比须有该类授予中小企业合同金额，否则无法复算',
    rationale:
      '分母为 0 的“占0%”没有意义，模板要求写“由于总额为0万元，无法计算百分比”；写出的占比应能由公开数字复算。',
    references: ['rules.md S-08', 'narrative.md §2.11'],
    messages: {
      zeroBase: '“{{section}}” {{den}}为 0，不应计算占比（本段写了 {{count}} 处：{{list}}）',
      cannotRecompute: '“{{section}}” 写了{{num}}占{{den}}的 {{printed}}，但没有写出{{num}}，无法复算',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('procurement');
    if (!section) return;
    const figs = procurementFigures(section);
    const shares = procurementShares(section, figs);
    const zero = shares.filter((s) => s.den.key !== null && s.den.value === 0);
    const byParagraph = new Map<number, typeof zero>();
    for (const s of zero)
      byParagraph.set(s.paragraph.offset, [...(byParagraph.get(s.paragraph.offset) ?? []), s]);
    for (const list of byParagraph.values()) {
      const first = list[0];
      if (!first) continue;
      const dens = [...new Set(list.map((s) => (s.den.key ? PROCUREMENT_NAMES[s.den.key] : '')))];
      ctx.report({
        messageId: 'zeroBase',
        data: {
          section: section.heading,
          den: dens.join('、'),
          count: list.length,
          list: list
            .map((s) => `占${s.den.key ? PROCUREMENT_NAMES[s.den.key] : ''}的${s.pct.raw}`)
            .join('，'),
        },
        locations: [sentenceLocation(first.paragraph, first.pct.start)],
      });
    }
    for (const s of shares) {
      if (s.den.value === null || s.den.value === 0 || s.num.value !== null || !s.num.key || !s.den.key)
        continue;
      ctx.report({
        messageId: 'cannotRecompute',
        data: {
          section: section.heading,
          num: PROCUREMENT_NAMES[s.num.key],
          den: PROCUREMENT_NAMES[s.den.key],
          printed: s.pct.raw,
        },
        locations: [sentenceLocation(s.paragraph, s.pct.start)],
      });
    }
  },
});
