import { formatHundredths } from '../../model/amount.ts';
import { checkPercent, percentString, type AmountInterval } from '../../model/ratio.ts';
import { defineRule } from '../define-rule.ts';
import { halfUnit, narrativeSections, sentenceLocation, type AmountMention } from '../narrative/claims.ts';
import { procurementFigures, procurementShares, PROCUREMENT_NAMES } from './shared.ts';

function interval(a: AmountMention): AmountInterval {
  const mid = BigInt(a.value) * 2n;
  const w = BigInt(halfUnit(a));
  return { lo: mid - w, hi: mid + w };
}

export default defineRule({
  meta: {
    id: 'S-07',
    title: '中小企业、小微企业合同金额及占比正确',
    group: 'special',
    severity: 'error',
    formula:
      '【采购】授予中小企业合同金额 ≤ 政府采购支出总额；授予小微企业合同金额 ≤ 授予中小企业合同金额；各占比按句中所写分母复算（§9.3）',
    rationale:
      '小微企业是中小企业的一部分，中小企业合同是政府采购的一部分；占比的分母以句子所写为准（总额、中小企业合同金额或货物/工程/服务支出）。',
    references: ['rules.md S-07', 'narrative.md §2.11'],
    messages: {
      exceeds: '“{{section}}” {{part}} {{partRaw}} 大于{{whole}} {{wholeRaw}}',
      share:
        '“{{section}}” {{num}}占{{den}}的比例 {{printed}} 不对：{{numRaw}} ÷ {{denRaw}} = {{exact}}%（允许 {{range}}）',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('procurement');
    if (!section) return;
    const figs = procurementFigures(section);
    for (const [part, whole] of [
      ['sme', 'total'],
      ['micro', 'sme'],
    ] as const) {
      const p = figs.get(part);
      const w = figs.get(whole);
      if (!p || !w || p.amount.value <= w.amount.value) continue;
      ctx.report({
        messageId: 'exceeds',
        data: {
          section: section.heading,
          part: PROCUREMENT_NAMES[part],
          partRaw: p.amount.raw,
          whole: PROCUREMENT_NAMES[whole],
          wholeRaw: w.amount.raw,
        },
        expected: { amount: w.amount.value },
        actual: { amount: p.amount.value },
        locations: [
          sentenceLocation(p.paragraph, p.amount.start),
          sentenceLocation(w.paragraph, w.amount.start),
        ],
      });
    }
    for (const s of procurementShares(section, figs)) {
      const numAmount = s.num.amount ?? (s.num.key ? figs.get(s.num.key)?.amount : undefined);
      const denAmount = s.den.amount;
      if (!numAmount || !denAmount || denAmount.value <= 0 || !s.num.key || !s.den.key) continue;
      const r = checkPercent(interval(numAmount), interval(denAmount), s.pct);
      if (r.verdict !== 'wrong') continue;
      ctx.report({
        messageId: 'share',
        data: {
          section: section.heading,
          num: PROCUREMENT_NAMES[s.num.key],
          den: PROCUREMENT_NAMES[s.den.key],
          printed: s.pct.raw,
          numRaw: formatHundredths(numAmount.value),
          denRaw: formatHundredths(denAmount.value),
          exact: percentString(numAmount.value, denAmount.value, 2) ?? '—',
          range: r.range,
        },
        expected: {
          percent: percentString(numAmount.value, denAmount.value, Math.max(2, s.pct.decimals)) ?? '',
        },
        actual: { percent: s.pct.raw.replace(/[%％]/, '') },
        locations: [sentenceLocation(s.paragraph, s.pct.start)],
      });
    }
  },
});
