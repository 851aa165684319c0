import { perfName } from '../../perf/table.ts';
import { defineRule } from '../define-rule.ts';
import { perfAt } from './shared.ts';

const norm = (s: string): string => s.replace(/\s+/g, '').replace(/[（）()]/g, '');

/**
 * A 部门名称 as printed in a 自评表 names the document's department when one is an abbreviation of the other: every
 * character of the shorter appears, in order, in the longer ("区委网信办" in "…区委网络安全和信息化委员会办公室").
 */
export function namesSameDepartment(a: string, b: string): boolean {
  const [short, long] = norm(a).length <= norm(b).length ? [norm(a), norm(b)] : [norm(b), norm(a)];
  if (short === '') return true;
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

export default defineRule({
  meta: {
    id: 'P-20',
    title: '绩效自评表的部门和年度与文档一致',
    group: 'performance',
    severity: 'error',
    formula:
      '自评表标题的年度 = 文档年度；表中“部门名称”与文档部门名称相同或为其简称（简称的每个字按顺序出现在全称中）',
    rationale:
      '附在决算后面或单独公开的自评表，必须是本部门本年度的；标题年度不同或部门名称对不上，说明附错了表或套用了别的部门、别的年度的模板。部门名称常写简称，只要简称的字依次出现在全称中即视为一致。',
    references: ['rules.md P-20', 'rules.md C-12', 'rules.md C-13'],
    messages: {
      year: '{{table}} 标题年度 {{printed}} 年与文档年度 {{year}} 年不同',
      department: '{{table}} 部门名称“{{printed}}”与文档部门“{{department}}”不符',
    },
  },
  check(doc, ctx) {
    for (const p of doc.perfEvaluations) {
      const y = /(\d{4})\s*年/.exec(p.title);
      if (y?.[1] && doc.meta.year !== null && Number(y[1]) !== doc.meta.year) {
        ctx.report({
          messageId: 'year',
          data: { table: perfName(p), printed: y[1], year: doc.meta.year },
          expected: { count: doc.meta.year },
          actual: { count: Number(y[1]) },
          locations: [perfAt(doc, p, p.at, null)],
        });
      }
      const entry = Object.entries(p.header).find(([k]) => /^(?:部门|单位)名称$|^主管部门$/.test(norm(k)));
      const printed = entry?.[1]?.trim() ?? '';
      if (printed === '' || doc.meta.department === '' || namesSameDepartment(printed, doc.meta.department))
        continue;
      ctx.report({
        messageId: 'department',
        data: { table: perfName(p), printed, department: doc.meta.department },
        expected: { text: doc.meta.department },
        actual: { text: printed },
        locations: [perfAt(doc, p, p.at, '部门名称')],
      });
    }
  },
});
