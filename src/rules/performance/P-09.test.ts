import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-09.ts';

ruleTester.run(rule, {
  valid: [{ name: '干净基准文档（扣分指标均写了原因）', doc: cleanDoc() }],
  invalid: [
    {
      name: '扣分未写原因',
      doc: cleanDoc().replace('≥90%\t93.6%\t10\t10', '≥90%\t93.6%\t10\t9'),
      errors: [
        {
          messageId: 'missingReason',
          message:
            /部门整体支出绩效自评表 指标“服务对象满意度指标·农户及新型经营主体满意度”分值 10、得分 9，已扣分但未填写/,
          locations: [{ part: 'perf', column: '偏差原因分析及改进措施' }],
        },
      ],
    },
  ],
});
