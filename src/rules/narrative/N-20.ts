import { defineRule } from '../define-rule.ts';
import { allNarrativeParagraphs, percentsIn, sentenceLocation } from './claims.ts';

/** "占X%" right after an amount, grouped by the base the sentence names ("占", "占基本支出的"). */
function shareGroups(text: string): Map<string, ReturnType<typeof percentsIn>> {
  const groups = new Map<string, ReturnType<typeof percentsIn>>();
  for (const p of percentsIn(text)) {
    const m = /占([^，。；、\d]{0,16}?的)?$/.exec(p.lead);
    if (!m) continue;
    const base = m[1] ?? '';
    groups.set(base, [...(groups.get(base) ?? []), p]);
  }
  return groups;
}

export default defineRule({
  meta: {
    id: 'N-20',
    title: '同一组占比之和约为 100%',
    group: 'narrative',
    severity: 'warning',
    formula: '同一段对同一分母列出的各项占比之和 = 100%（容差：项数 × 末位半个单位）',
    rationale:
      '收入来源、支出构成、类级结构、“三公”构成等各项占比应合计为 100%；超出舍入容差说明某个占比算错或漏列。',
    references: ['rules.md N-20'],
    messages: { sum: '“{{section}}” {{count}} 个占比之和为 {{sum}}%，不是 100%（容差 ±{{tolerance}}%）' },
  },
  check(doc, ctx) {
    for (const p of allNarrativeParagraphs(doc)) {
      for (const [base, group] of shareGroups(p.text)) {
        if (group.length < 2) continue;
        // 本年 … 占本年支出合计的 (one figure against another total) is not a breakdown
        if (/本年支出合计|政府采购|中小企业|预算/.test(base)) continue;
        const d = Math.max(...group.map((g) => g.decimals));
        const scale = 10 ** d;
        const sum = group.reduce((n, g) => n + g.scaled * 10 ** (d - g.decimals), 0);
        const hundred = 100 * scale;
        // each printed share may be off by half a unit of its last digit
        const tolerance2 = group.reduce((n, g) => n + 10 ** (d - g.decimals), 0); // in half-units ×2
        if (2 * Math.abs(sum - hundred) <= tolerance2) continue;
        if (sum === 0) continue; // "占0%" lists are N-17/S-08's business
        const first = group[0];
        if (!first) continue;
        const fmt = (v: number, places = d): string => {
          const sc = 10 ** places;
          return places === 0
            ? String(v)
            : `${Math.trunc(v / sc)}.${String(Math.abs(v) % sc).padStart(places, '0')}`;
        };
        ctx.report({
          messageId: 'sum',
          data: {
            section: p.section.heading,
            count: group.length,
            sum: fmt(sum),
            tolerance: fmt(tolerance2 * 5, d + 1),
          },
          expected: { percent: '100' },
          actual: { percent: fmt(sum) },
          locations: [sentenceLocation(p, first.start)],
        });
      }
    }
  },
});
