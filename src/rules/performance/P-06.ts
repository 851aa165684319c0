import { gradeOf, normalizeGrade } from '../../perf/score.ts';
import { perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { checkTotal, gradeScaleOf, perfAt, print, shown } from './shared.ts';

export default defineRule({
  meta: {
    id: 'P-06',
    title: '绩效自评表总分',
    group: 'performance',
    severity: 'error',
    formula: '总分 得分 = 预算执行得分 + Σ 各三级指标得分（有不适用指标时也接受 Σ得分 ÷ Σ分值 × 100）',
    rationale:
      '总分由预算执行得分和各指标得分相加而来。总分打印精度低于各项时允许其末位半个单位的差；预算执行得分是四舍五入的乘积，再允许其末位半个单位。总分错时一并说明按复算的总分等级应是什么（等级本身由 P-07 检查，总分错引起的等级问题只在这里报一次）。',
    references: ['rules.md P-06', 'rules.md §10 示例'],
    messages: {
      mismatch: '{{table}} 总分得分 {{actual}} ≠ {{parts}} = {{expected}}{{rescaled}}{{grade}}',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const c = checkTotal(p);
      const total = p.total?.score;
      if (!c || c.ok || !total) continue;
      const grade = p.total?.grade ? normalizeGrade(p.total.grade) : null;
      const recomputed = c.rescaled ?? c.sum;
      const band = grade ? gradeOf(recomputed, gradeScaleOf(p, grade)).label : null;
      ctx.report({
        messageId: 'mismatch',
        data: {
          table: perfName(p),
          parts: c.parts,
          expected: print(c.sum),
          rescaled: c.rescaled ? `；按分值 ${print(c.weight)} 折算为百分制为 ${print(c.rescaled)}` : '',
          grade:
            grade && band
              ? band === grade
                ? `；等级“${grade}”按 ${print(recomputed)} 分仍为“${band}”`
                : `；按 ${print(recomputed)} 分等级应为“${band}”，表中为“${grade}”`
              : '',
        },
        expected: { text: print(c.sum) },
        actual: { text: shown(total) },
        locations: [
          perfAt(doc, p, total.at, '总分', '得分'),
          ...c.scores.map((x) => perfAt(doc, p, x.value.at, x.row, '得分')),
        ],
      });
    }
  },
});
