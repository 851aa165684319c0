import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-07.ts';

const total = '总分\t\t\t\t\t\t100\t97.78\t等级: 优';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（97.78 分为优）', doc: cleanDoc() },
    { name: '等级写作“优秀”', doc: cleanDoc().replace(total, '总分\t\t\t\t\t\t100\t97.78\t等级: 优秀') },
    {
      name: '上海等级用词（合格）',
      doc: cleanDoc()
        .replace(total, '总分\t\t\t\t\t\t100\t72\t等级: 合格')
        .replace(/2\. 总分设置为100分[^\n]*\n/, '\n'),
    },
    {
      name: '总分与各项得分不符时由 P-06 报告',
      doc: cleanDoc().replace(total, '总分\t\t\t\t\t\t100\t87.78\t等级: 优'),
    },
  ],
  invalid: [
    {
      name: '等级与总分分档不符',
      doc: cleanDoc().replace(total, '总分\t\t\t\t\t\t100\t97.78\t等级: 良'),
      errors: [
        {
          messageId: 'mismatch',
          message:
            /部门整体支出绩效自评表 总分 97\.78 分，按“90分及以上为优，80–90分为良，60–80分为中，60分以下为差”应为“优”，表中等级为“良”/,
          locations: [{ part: 'perf', row: '总分', column: '等级' }],
        },
      ],
    },
    {
      name: '等级用词不在分档中',
      doc: cleanDoc().replace(total, '总分\t\t\t\t\t\t100\t97.78\t等级: 合格'),
      errors: [{ messageId: 'unknown', severity: 'warning' }],
    },
  ],
});
