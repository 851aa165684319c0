import { gradeOf, normalizeGrade } from '../../perf/score.ts';
import { numberOf, perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { checkTotal, describeScale, gradeScaleOf, perfAt, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-07',
    title: '绩效自评等级与总分',
    group: 'performance',
    severity: 'error',
    formula: '等级 = band(总分)：湖南 优 ≥ 90，良 80–<90，中 60–<80，差 < 60（表中备注另有划分时按备注）',
    rationale:
      '等级由总分按固定分档得出。总分本身与各项得分不符时由 P-06 一并说明等级，本规则不重复报告。优先采用表中备注印出的分档；没有备注时按等级用词判断省份（上海用优/良/合格/不合格，分档界限未见原文），默认湖南分档。',
    references: ['rules.md P-07', '自评表备注 2', 'performance-eval.md §2（Grade bands）'],
    messages: {
      mismatch: '{{table}} 总分 {{score}} 分，按“{{bands}}”应为“{{expected}}”，表中等级为“{{actual}}”',
      unknown: '{{table}} 等级“{{actual}}”不是“{{bands}}”中的等级',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const grade = p.total?.grade;
      const score = numberOf(p.total?.score);
      if (!grade || !p.total) continue;
      const printed = normalizeGrade(grade);
      const scale = gradeScaleOf(p, printed);
      const location = perfAt(doc, p, p.total.at, '总分', '等级');
      const bands = describeScale(scale);
      if (!scale.bands.some((b) => b.label === printed)) {
        ctx.report({
          messageId: 'unknown',
          severity: 'warning', // label sets outside Hunan and Shanghai are not known [K]
          data: { table: perfName(p), bands },
          actual: { text: grade },
          locations: [location],
        });
        continue;
      }
      if (!score || checkTotal(p)?.ok === false) continue; // a wrong 总分 and its grade: P-06
      const expected = gradeOf(score, scale).label;
      if (expected === printed) continue;
      ctx.report({
        messageId: 'mismatch',
        data: { table: perfName(p), score: shown(p.total.score), bands },
        expected: { text: expected },
        actual: { text: grade },
        locations: [location, perfAt(doc, p, p.total.score?.at, '总分', '得分')],
      });
    }
  },
});
