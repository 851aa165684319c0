import type { Location } from '../../model/finding.ts';
import { defineRule } from '../define-rule.ts';
import { isAccounts, locateOffset, matchesOf, textPassages } from './shared.ts';

/** "实有人数29人，其中：在职人员23人，离休0人，退休6人". */
const HEADCOUNT = /实有(?:人数)?\s*(\d+)\s*[人名](?:[，,；]?\s*其中[：:]?\s*([^。；\n]*))?/g;
const CATEGORY =
  /(在职(?:人员)?|政府雇员|离休(?:人员)?|退休(?:人员)?|编外(?:人员)?|临聘(?:人员)?|遗属(?:人员)?)\s*(\d+)\s*[人名]/g;

interface Count {
  readonly total: number;
  readonly parts: readonly { label: string; n: number }[];
  readonly text: string;
  readonly location: Location;
  readonly label: string;
  readonly part: 'overview' | 'annex' | 'other';
}

export default defineRule({
  meta: {
    id: 'C-19',
    title: '概况人员数前后一致',
    group: 'completeness',
    severity: 'warning',
    formula: '实有人数 = 其中所列各类人员之和（列出在职与离退休时）；概况与附件报告的实有人数相同',
    rationale: '人员数是判断人员经费是否合理的依据；分项与合计不符或两处不一，说明有一处抄错。',
    references: ['rules.md C-19'],
    messages: {
      sum: '{{place}}实有人数 {{total}} 人 ≠ {{parts}} = {{sum}} 人',
      differ: '{{place}}实有人数 {{total}} 人，与{{otherPlace}}的 {{other}} 人不一致',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const counts: Count[] = [];
    for (const passage of textPassages(doc)) {
      for (const m of matchesOf(HEADCOUNT, passage.text)) {
        const parts = matchesOf(CATEGORY, m[2] ?? '').map((c) => ({ label: c[1] ?? '', n: Number(c[2]) }));
        const place = locateOffset(doc, passage, m.index, m.index + m[0].length);
        const line = place.location.line ?? 0;
        const kind = [...doc.parts].reverse().find((p) => p.startLine <= line)?.kind;
        counts.push({
          total: Number(m[1]),
          parts,
          text: m[0],
          location: place.location,
          label: place.label,
          part: kind === 'overview' ? 'overview' : kind === 'annex' ? 'annex' : 'other',
        });
      }
    }
    for (const c of counts) {
      const labels = c.parts.map((p) => p.label);
      const exhaustive = labels.some((l) => l.startsWith('在职')) && labels.some((l) => /^[离退]休/.test(l));
      const sum = c.parts.reduce((s, p) => s + p.n, 0);
      if (!exhaustive || sum === c.total) continue;
      ctx.report({
        messageId: 'sum',
        data: {
          place: c.label,
          total: c.total,
          parts: c.parts.map((p) => `${p.label} ${p.n}`).join(' + '),
          sum,
        },
        expected: { count: sum },
        actual: { count: c.total },
        locations: [c.location],
      });
    }
    // Compare only when each place states one headcount (several units may be listed one by one).
    const inOverview = counts.filter((c) => c.part === 'overview');
    const inAnnex = counts.filter((c) => c.part === 'annex');
    const overview = inOverview.length === 1 ? inOverview[0] : undefined;
    const annex = inAnnex.length === 1 ? inAnnex[0] : undefined;
    if (overview && annex && overview.total !== annex.total) {
      ctx.report({
        messageId: 'differ',
        data: { place: annex.label, total: annex.total, otherPlace: overview.label, other: overview.total },
        expected: { count: overview.total },
        actual: { count: annex.total },
        locations: [annex.location, overview.location],
      });
    }
  },
});
