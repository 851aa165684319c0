import {
  indicatorName,
  isIndicator,
  isNotApplicable,
  level1Name,
  numberOf,
  perfName,
  indicatorRows,
} from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt } from './shared.ts';

/** 二级 indicators allowed under each 一级 (财预〔2020〕10号 framework; 成本指标 as 一级 from 2021). */
const TREE: readonly (readonly [RegExp, RegExp, string])[] = [
  [/产出/, /数量|质量|时效|成本/, '数量、质量、时效、成本指标'],
  [/效益/, /经济效益|社会效益|生态效益|可持续影响/, '经济效益、社会效益、生态效益、可持续影响指标'],
  [/满意度/, /满意度/, '服务对象满意度指标'],
  [/成本/, /经济成本|社会成本|生态环境成本|成本/, '经济成本、社会成本、生态环境成本指标'],
];

export default defineRule({
  meta: {
    id: 'P-11',
    title: '绩效指标体系层级与填写',
    group: 'performance',
    severity: 'warning',
    formula:
      '数量/质量/时效/成本指标属产出指标；经济/社会/生态效益和可持续影响指标属效益指标；服务对象满意度指标属满意度指标。有分值的三级指标须填年度指标值和实际完成值',
    rationale:
      '二级指标放错一级指标会使分值结构失去意义；有分值却没有指标值或完成值的指标无法评分。没有三级指标的二级指标行（如空着的经济效益指标）是允许的。一级指标不是上述名称的版式（如投入/过程/产出/效果）不作层级检查。',
    references: ['rules.md P-11', 'performance-eval.md §1'],
    messages: {
      misplaced: '{{table}} 二级指标“{{level2}}”列在一级指标“{{level1}}”下，该一级指标下应为{{allowed}}',
      incomplete: '{{table}} 指标“{{indicator}}”有分值 {{weight}}，但未填写{{missing}}',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const seen = new Set<string>();
      for (const r of indicatorRows(p)) {
        const l1 = level1Name(r.level1);
        const branch = TREE.find(([re]) => re.test(l1));
        const key = `${r.level1}|${r.level2}`;
        if (branch && r.level2 !== '' && !branch[1].test(r.level2) && !seen.has(key)) {
          seen.add(key);
          ctx.report({
            messageId: 'misplaced',
            data: { table: perfName(p), level1: r.level1, level2: r.level2, allowed: branch[2] },
            locations: [perfAt(doc, p, r.at, r.level2, '二级指标')],
          });
        }
        if (!isIndicator(r) || isNotApplicable(r) || numberOf(r.weight) === null) continue;
        const missing = [r.target === '' ? '年度指标值' : null, r.actual === '' ? '实际完成值' : null].filter(
          (x): x is string => x !== null,
        );
        if (missing.length === 0) continue;
        const name = indicatorName(r) || r.level2;
        ctx.report({
          messageId: 'incomplete',
          data: {
            table: perfName(p),
            indicator: name,
            weight: r.weight?.raw.trim() ?? '',
            missing: missing.join('和'),
          },
          locations: [perfAt(doc, p, r.at, name, missing[0] ?? null)],
        });
      }
    }
  },
});
