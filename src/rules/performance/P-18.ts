import type { Disclosure, PerfEvaluation } from '../../model/document.ts';
import { gradeOf, normalizeGrade, scaleForLabel, GRADE_SCALES } from '../../perf/score.ts';
import { parseDecimal, toShort, eq } from '../../perf/rational.ts';
import { numberOf, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import {
  narrativeSections,
  paragraphsOf,
  reportParagraphs,
  sentenceLocation,
  type Sentence,
} from '../narrative/claims.ts';
import { describeScale, gradeScaleOf, perfAt, shown } from './shared.ts';

const SCORE = /得分(?:为|是|：|:)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
const GRADE =
  /^[^。；]{0,12}?(?:等级|评级|档次)(?:为|是|：|:)?\s*[“"]?(优秀|良好|中等|合格|不合格|优|良|中|差)/;

/** Paragraphs that state 自评 scores: the 【绩效】 section and the 绩效评价报告. */
function paragraphs(doc: Disclosure): Sentence[] {
  const perf = narrativeSections(doc).get('performance');
  return [...(perf ? paragraphsOf(perf) : []), ...reportParagraphs(doc)];
}

export function projectName(p: PerfEvaluation): string {
  return (
    Object.entries(p.header).find(([k]) => /专项名称|项目名称/.test(k.replace(/\s+/g, '')))?.[1] ?? ''
  ).replace(/\s+/g, '');
}

/** The 自评表 a score statement speaks of: 部门整体 in its clause, else the project named last before it. */
function tableFor(doc: Disclosure, text: string, at: number): PerfEvaluation | null {
  const clauseStart = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('；', at)) + 1;
  const clause = text.slice(clauseStart, at);
  const before = text.slice(0, at).replace(/\s+/g, '');
  if (/部门整体|整体支出/.test(clause)) return doc.perfEvaluations.find((p) => p.kind === 'overall') ?? null;
  let best: { p: PerfEvaluation; pos: number } | null = null;
  for (const p of doc.perfEvaluations) {
    const name = projectName(p);
    const pos = name === '' ? -1 : before.lastIndexOf(name);
    if (p.kind === 'project' && pos >= 0 && (!best || pos > best.pos)) best = { p, pos };
  }
  if (best) return best.p;
  const projects = doc.perfEvaluations.filter((p) => p.kind === 'project');
  return /项目/.test(clause) && projects.length === 1 ? (projects[0] ?? null) : null;
}

export default defineRule({
  meta: {
    id: 'P-18',
    title: '报告所写自评得分、等级与自评表一致',
    group: 'performance',
    severity: 'error',
    formula:
      '【绩效】或评价报告所写“自评得分X分” = 对应自评表（部门整体或所写项目）的总分；所写等级 = 按X分的分档等级（自评表备注的分档，或按等级用词判断的省份分档）',
    rationale:
      '报告复述自评表的总分和等级；分数不同说明有一处抄错，等级与分数不符说明等级写错。对应不到自评表时（文档未附自评表，或无法判断说的是哪一张），只核对等级与所写分数是否相符。',
    references: ['rules.md P-18', 'rules.md P-07'],
    messages: {
      score: '“{{section}}” 写{{table}}得分 {{stated}} 分，自评表总分为 {{printed}} 分',
      grade: '“{{section}}” 得分 {{stated}} 分，按“{{bands}}”应为“{{expected}}”，所写等级为“{{actual}}”',
    },
  },
  check(doc, ctx) {
    for (const p of paragraphs(doc)) {
      for (const m of p.text.matchAll(SCORE)) {
        const stated = parseDecimal(m[1] ?? '');
        if (!stated) continue;
        const clauseStart =
          Math.max(p.text.lastIndexOf('。', m.index), p.text.lastIndexOf('；', m.index)) + 1;
        if (!/自评|绩效|评价/.test(p.text.slice(clauseStart, m.index + 2))) continue;
        const table = tableFor(doc, p.text, m.index);
        const total = table ? numberOf(table.total?.score) : null;
        const location = sentenceLocation(p, m.index);
        if (table && total && !eq(total, stated)) {
          ctx.report({
            messageId: 'score',
            data: {
              section: p.section.heading,
              table: perfName(table),
              stated: m[1] ?? '',
              printed: shown(table.total?.score),
            },
            expected: { text: toShort(total) },
            actual: { text: m[1] ?? '' },
            locations: [location, perfAt(doc, table, table.total?.score?.at, '总分', '得分')],
          });
          continue;
        }
        const g = GRADE.exec(p.text.slice(m.index + m[0].length));
        if (!g?.[1]) continue;
        const printed = normalizeGrade(g[1]);
        const scale = table ? gradeScaleOf(table, printed) : (scaleForLabel(printed) ?? GRADE_SCALES.hunan);
        if (!scale.bands.some((b) => b.label === printed)) continue; // an unknown label: P-07's note
        const expected = gradeOf(stated, scale).label;
        if (expected === printed) continue;
        ctx.report({
          messageId: 'grade',
          data: { section: p.section.heading, stated: m[1] ?? '', bands: describeScale(scale) },
          expected: { text: expected },
          actual: { text: g[1] },
          locations: [location],
        });
      }
    }
  },
});
