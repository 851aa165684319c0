import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（9.78 + 50 + 28 + 10 = 97.78）', doc: cleanDoc() },
    {
      name: '总分按整数打印（97.78 → 98）',
      doc: cleanDoc().replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t98'),
    },
    {
      name: '不适用指标剔除后折算为百分制',
      doc: cleanDoc()
        .replace('≥7%\t8.2%\t10\t10', '不适用\t不适用\t\t')
        .replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t97.53'),
    },
  ],
  invalid: [
    {
      name: '总分得分与各项得分之和不符',
      doc: cleanDoc().replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t96.78'),
      errors: [
        {
          messageId: 'mismatch',
          message:
            /部门整体支出绩效自评表 总分得分 96\.78 ≠ 预算执行 9\.78 \+ 产出指标 50 \+ 效益指标 28 \+ 满意度指标 10 = 97\.78；等级“优”按 97\.78 分仍为“优”/,
          locations: [{ part: 'perf', row: '总分', column: '得分' }],
        },
      ],
    },
    {
      name: '总分录错，等级随错的总分',
      doc: cleanDoc().replace('总分\t\t\t\t\t\t100\t97.78\t等级: 优', '总分\t\t\t\t\t\t100\t87.78\t等级: 良'),
      errors: [{ messageId: 'mismatch', message: /按 97\.78 分等级应为“优”，表中为“良”/ }],
    },
  ],
});
