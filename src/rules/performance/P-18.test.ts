import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-18.ts';

const overall = '部门整体支出绩效自评得分97.78分，等级为优。';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（部门整体 97.78 分、项目 97.61 分，等级为优）', doc: cleanDoc() },
    {
      name: '没有自评表时只核对等级与分数',
      doc: cleanDoc('base-2023'),
    },
  ],
  invalid: [
    {
      name: '报告所写部门整体得分与自评表总分不同',
      doc: cleanDoc().replace(overall, '部门整体支出绩效自评得分96.78分，等级为优。'),
      errors: [
        {
          messageId: 'score',
          message: /写部门整体支出绩效自评表得分 96\.78 分，自评表总分为 97\.78 分/,
          locations: [{ part: 'narrative' }, { part: 'perf', row: '总分', column: '得分' }],
        },
      ],
    },
    {
      name: '项目得分所写等级与分档不符',
      doc: cleanDoc().replace('项目绩效自评得分97.61分，等级为优。', '项目绩效自评得分97.61分，等级为良。'),
      errors: [
        { messageId: 'grade', message: /得分 97\.61 分，按“90分及以上为优.*”应为“优”，所写等级为“良”/ },
      ],
    },
  ],
});
