import { formatHundredths } from '../../model/amount.ts';
import { defineRule } from '../define-rule.ts';
import {
  amountsIn,
  reportParagraphs,
  sentenceLocation,
  sumWithinPrinted,
  type AmountMention,
} from '../narrative/claims.ts';

type Role = 'original' | 'depreciation' | 'net';

function roleOf(a: AmountMention): Role | null {
  const l = a.label.replace(/\s+/g, '');
  if (/净值$|账面净值$/.test(l)) return 'net';
  if (/累计折旧(?:额)?$|折旧$/.test(l)) return 'depreciation';
  if (/原值$|固定资产(?:总额|合计)?$/.test(l)) return 'original';
  return null;
}

export default defineRule({
  meta: {
    id: 'P-19',
    title: '评价报告中的资产原值、累计折旧与净值',
    group: 'performance',
    severity: 'error',
    formula: '报告所写 净值 = 原值 − 累计折旧（年初、年末分别；容差：各数末位半个单位之和）',
    rationale:
      '资产管理情况常写“年初固定资产原值A万元，累计折旧B万元，净值C万元”；三个数按原值、折旧、净值的顺序连续出现时，净值必须等于原值减累计折旧。',
    references: ['rules.md P-19'],
    messages: {
      net: '“{{section}}” 原值 {{original}} − 累计折旧 {{depreciation}} = {{expected}}万元，所写净值为 {{net}}',
    },
  },
  check(doc, ctx) {
    for (const p of reportParagraphs(doc)) {
      const amounts = amountsIn(p.text).filter((a) => a.unit === '万元');
      for (let i = 0; i + 2 < amounts.length; i++) {
        const [o, d, n] = [amounts[i], amounts[i + 1], amounts[i + 2]];
        if (!o || !d || !n) continue;
        if (roleOf(o) !== 'original' || roleOf(d) !== 'depreciation' || roleOf(n) !== 'net') continue;
        // 原值 = 累计折旧 + 净值, each printed figure rounded on its own
        const check = sumWithinPrinted(o, [d, n]);
        if (check.ok) continue;
        ctx.report({
          messageId: 'net',
          data: {
            section: p.section.heading,
            original: o.raw,
            depreciation: d.raw,
            expected: formatHundredths(o.value - d.value),
            net: n.raw,
          },
          expected: { amount: o.value - d.value },
          actual: { amount: n.value },
          locations: [sentenceLocation(p, n.start), sentenceLocation(p, o.start)],
        });
      }
    }
  },
});
