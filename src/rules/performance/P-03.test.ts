import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（10 × 97.81% = 9.78，10 × 96.05% = 9.61）', doc: cleanDoc() },
    {
      name: '得分按整数打印',
      doc: cleanDoc().replace('\t10\t97.81%\t9.78', '\t10\t97.81%\t10'),
    },
    {
      name: '执行率超过 100%，得分以分值为限',
      doc: cleanDoc().replace(
        '\t合计\t\t30.00\t38.00\t36.50\t10\t96.05%\t9.61',
        '\t合计\t\t30.00\t38.00\t39.90\t10\t105%\t10',
      ),
    },
  ],
  invalid: [
    {
      name: '预算执行得分与分值 × 执行率不符',
      doc: cleanDoc().replace('\t10\t97.81%\t9.78', '\t10\t97.81%\t9.87'),
      errors: [
        {
          messageId: 'mismatch',
          message: /部门整体支出绩效自评表 预算执行得分 9\.87 ≠ 分值 10 × 执行率 97\.81% = 9\.78/,
          locations: [{ part: 'perf', row: '资金情况·合计', column: '得分' }],
        },
      ],
    },
    {
      name: '执行率超过 100% 时得分超过分值',
      doc: cleanDoc().replace(
        '\t合计\t\t30.00\t38.00\t36.50\t10\t96.05%\t9.61',
        '\t合计\t\t30.00\t38.00\t39.90\t10\t105%\t10.5',
      ),
      errors: [
        { messageId: 'overCap', message: /预算执行得分 10\.5 超过分值 10（执行率超过 100% 时按 100% 计/ },
      ],
    },
  ],
});
