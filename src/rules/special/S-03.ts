import { defineRule } from '../define-rule.ts';
import { narrativeSections, sentenceLocation } from '../narrative/claims.ts';
import { threePublicCounts, vehicleCounts } from './shared.ts';

export default defineRule({
  meta: {
    id: 'S-03',
    title: '公务用车保有量与国有资产车辆数相容',
    group: 'special',
    severity: 'warning',
    formula: '【三公】公务用车保有量 ≤ 【资产】车辆总数；购置（更新）公务用车 > 0 ⇒ 【资产】车辆 ≥ 1',
    rationale:
      '财政拨款开支的公务用车是单位车辆的一部分；保有量超过资产说明中的车辆总数，或新购了车而资产中没有车辆，说明其中一处写错。',
    references: ['rules.md S-03', 'narrative.md §2.7, §2.12'],
    messages: {
      fleetAboveAssets:
        '“{{section}}” 公务用车保有量 {{fleet}} 辆，多于“{{assetsSection}}”所列车辆总数 {{total}} 辆',
      purchasedNoAssets:
        '“{{section}}” 购置（更新）公务用车 {{purchased}} 辆，但“{{assetsSection}}”车辆总数为 0',
    },
  },
  check(doc, ctx) {
    const sections = narrativeSections(doc);
    const tp = sections.get('threePublic');
    const assets = sections.get('assets');
    if (!tp || !assets) return;
    const total = vehicleCounts(assets).total;
    if (total?.count.value == null) return;
    const counts = threePublicCounts(tp, doc.meta.year);
    const fleet = counts.find((c) => c.kind === 'fleet');
    const purchased = counts.find((c) => c.kind === 'purchased');
    const totalAt = sentenceLocation(total.paragraph, total.count.start);
    if (fleet?.count.value != null && fleet.count.value > total.count.value) {
      ctx.report({
        messageId: 'fleetAboveAssets',
        data: {
          section: tp.heading,
          fleet: fleet.count.value,
          assetsSection: assets.heading,
          total: total.count.value,
        },
        expected: { count: total.count.value },
        actual: { count: fleet.count.value },
        locations: [sentenceLocation(fleet.paragraph, fleet.count.start), totalAt],
      });
    }
    if (purchased?.count.value != null && purchased.count.value > 0 && total.count.value === 0) {
      ctx.report({
        messageId: 'purchasedNoAssets',
        data: { section: tp.heading, purchased: purchased.count.value, assetsSection: assets.heading },
        expected: { count: purchased.count.value },
        actual: { count: 0 },
        locations: [sentenceLocation(purchased.paragraph, purchased.count.start), totalAt],
      });
    }
  },
});
