import type { Disclosure } from '../../model/document.ts';
import { gradeScaleFor } from '../../perf/score.ts';
import {
  add,
  cmp,
  div,
  HUNDRED,
  mul,
  parseDecimal,
  rat,
  sub,
  toShort,
  type Rational,
} from '../../perf/rational.ts';
import { numberOf } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import type { Operand } from '../helpers.ts';
import {
  amountsIn,
  countsIn,
  narrativeSections,
  paragraphsOf,
  percentsIn,
  reportParagraphs,
  sentenceLocation,
  type Sentence,
} from '../narrative/claims.ts';
import { totalFigure } from '../narrative/table-figures.ts';
import { accountsOf, figureAt, figureName, tableOf, type Accounts } from './accounts.ts';

function paragraphs(doc: Disclosure): Sentence[] {
  const perf = narrativeSections(doc).get('performance');
  return [...(perf ? paragraphsOf(perf) : []), ...reportParagraphs(doc)];
}

/** The 项目支出 a "占…项目支出总额的X%" is a share of. */
function denominator(acc: Accounts, words: string): Operand | null {
  if (/政府性基金/.test(words)) return totalFigure(tableOf(acc, 'government-fund'), 'project');
  if (/国有资本/.test(words)) return null; // 国资表 has no 基本/项目 split
  if (/一般公共预算/.test(words)) return totalFigure(tableOf(acc, 'general-budget-expenditure'), 'project');
  return null;
}

const halfOf = (decimals: number): Rational => rat(1n, 2n * 10n ** BigInt(decimals));

/** [min, max] of a/b × 100 over the printed intervals of a and b. */
function shareRange(a: Rational, ha: Rational, b: Rational, hb: Rational): [Rational, Rational] | null {
  const lo = sub(b, hb);
  if (cmp(lo, rat(0)) <= 0) return null;
  const aLo = sub(a, ha);
  return [
    mul(div(cmp(aLo, rat(0)) < 0 ? rat(0) : aLo, add(b, hb)), HUNDRED),
    mul(div(add(a, ha), lo), HUNDRED),
  ];
}

const GRADE_WORDS: Readonly<Record<string, string>> = {
  优: '优',
  优秀: '优',
  良: '良',
  良好: '良',
  中: '中',
  中等: '中',
  差: '差',
  较差: '差',
  合格: '合格',
  不合格: '不合格',
};

/** "评级为“优”的项目3个", "等级为良的2个": grade label → count, in the order printed. */
function gradeCounts(text: string): Map<string, { count: number; start: number }> {
  const out = new Map<string, { count: number; start: number }>();
  const re =
    /(?:评级|等级|评价)(?:为|是)?[“"]?(不合格|合格|优秀|良好|中等|较差|优|良|中|差)[”"]?(?:的|等级的)?(?:项目)?(?:有|共)?(\d+)\s*个/g;
  for (const m of text.matchAll(re)) {
    const g = GRADE_WORDS[m[1] ?? ''];
    if (g && !out.has(g)) out.set(g, { count: Number(m[2]), start: m.index });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'P-17',
    title: '绩效自评项目数、涉及资金占比、评级个数与平均得分',
    group: 'performance',
    severity: 'error',
    formula:
      '“涉及资金A万元，占一般公共预算（政府性基金预算）项目支出总额的X%”：X ≈ A ÷ 05表（基金表）项目支出（区间算术）；列出全部等级时 Σ 各等级项目数 = 自评项目数；平均得分 ≤ 100，且附有全部项目自评表时在其总分的最小值与最大值之间',
    rationale:
      '【绩效】和评价报告概述自评的项目数、涉及资金、占项目支出的比例、各等级的项目数和平均得分；这些数由项目自评表和决算表决定。只列出部分等级（如只写“优”的个数）时不核对个数之和。',
    references: ['rules.md P-17', 'rules.md §9.3'],
    messages: {
      share:
        '“{{section}}” 涉及资金 {{amount}} 占项目支出总额 {{printed}}，按 {{denominator}} 计算应为 {{exact}}%（允许 {{range}}）',
      grades: '“{{section}}” 自评项目 {{projects}} 个，而各等级项目数之和为 {{sum}} 个（{{list}}）',
      average: '“{{section}}” 平均得分 {{average}} 分不在{{what}}（{{range}}）之内',
    },
  },
  check(doc, ctx) {
    const acc = accountsOf(doc, ctx);
    const projectTotals = doc.perfEvaluations
      .filter((p) => p.kind === 'project')
      .map((p) => numberOf(p.total?.score));
    for (const p of paragraphs(doc)) {
      const text = p.text;
      // shares of 项目支出
      if (acc) {
        for (const pct of percentsIn(text)) {
          const head = text.slice(Math.max(0, pct.start - 30), pct.start);
          const words = /占([^，。；]*?)项目支出总额的?$/.exec(head)?.[1];
          if (words === undefined) continue;
          const amount = amountsIn(text.slice(0, pct.start)).pop();
          const den = denominator(acc, words);
          if (!amount || amount.unit !== '万元' || den?.value == null) continue;
          const a = rat(amount.value, 100);
          const range = shareRange(a, halfOf(amount.decimals), rat(den.value, 100), halfOf(2));
          const printed = parseDecimal(pct.raw.replace(/[%％\s]/g, ''));
          if (!range || !printed) continue;
          const h = halfOf(pct.decimals);
          if (cmp(printed, sub(range[0], h)) >= 0 && cmp(printed, add(range[1], h)) <= 0) continue;
          ctx.report({
            messageId: 'share',
            data: {
              section: p.section.heading,
              amount: amount.raw,
              printed: pct.raw,
              denominator: figureName(acc, den),
              exact: toShort(mul(div(a, rat(den.value, 100)), HUNDRED)),
              range: `${toShort(sub(range[0], h))}%–${toShort(add(range[1], h))}%`,
            },
            expected: { percent: toShort(mul(div(a, rat(den.value, 100)), HUNDRED)) },
            actual: { percent: pct.raw.replace(/[%％\s]/g, '') },
            locations: [sentenceLocation(p, pct.start), ...figureAt(ctx, acc, den)],
          });
        }
      }
      // grade counts: only when every grade of a scale is listed
      const grades = gradeCounts(text);
      const total = countsIn(text).find(
        (c) =>
          c.unit === '个' && /自评[^，。；]*项目$|项目$/.test(c.label) && /自评/.test(text.slice(0, c.start)),
      );
      const scale = [gradeScaleFor('hunan'), gradeScaleFor('shanghai')].find((s) =>
        s.bands.every((b) => grades.has(b.label)),
      );
      if (scale && total?.value != null) {
        const listed = scale.bands.map((b) => ({ label: b.label, count: grades.get(b.label)?.count ?? 0 }));
        const sum = listed.reduce((n, g) => n + g.count, 0);
        if (sum !== total.value) {
          ctx.report({
            messageId: 'grades',
            data: {
              section: p.section.heading,
              projects: total.value,
              sum,
              list: listed.map((g) => `${g.label} ${String(g.count)}`).join('、'),
            },
            expected: { count: total.value },
            actual: { count: sum },
            locations: [sentenceLocation(p, total.start)],
          });
        }
      }
      // average score
      const avg = /平均(?:得分|分)(?:为|是)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/.exec(text);
      const value = avg?.[1] ? parseDecimal(avg[1]) : null;
      if (!avg || !value) continue;
      const scores = projectTotals.filter((s): s is Rational => s !== null);
      const complete =
        scores.length > 0 &&
        scores.length === projectTotals.length &&
        (total?.value == null || total.value === scores.length);
      const lo = complete ? scores.reduce((m, s) => (cmp(s, m) < 0 ? s : m)) : rat(0);
      const hi = complete ? scores.reduce((m, s) => (cmp(s, m) > 0 ? s : m)) : HUNDRED;
      if (cmp(value, lo) >= 0 && cmp(value, hi) <= 0) continue;
      ctx.report({
        messageId: 'average',
        data: {
          section: p.section.heading,
          average: avg[1] ?? '',
          what: complete ? '各项目自评表总分的范围' : '0–100 分',
          range: `${toShort(lo)}–${toShort(hi)}`,
        },
        actual: { text: avg[1] ?? '' },
        locations: [sentenceLocation(p, avg.index)],
      });
    }
  },
});
