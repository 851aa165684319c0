import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-04.ts';

ruleTester.run(rule, {
  valid: [{ name: '干净基准文档', doc: cleanDoc() }],
  invalid: [
    {
      name: '指标得分超过分值',
      doc: cleanDoc().replace('≥2.5万亩\t2.62万亩\t10\t10', '≥2.5万亩\t2.62万亩\t10\t12'),
      errors: [
        {
          messageId: 'overWeight',
          message: /部门整体支出绩效自评表 指标“数量指标·高标准农田建设面积”得分 12 超过分值 10/,
          locations: [{ part: 'perf', row: '数量指标·高标准农田建设面积', column: '得分' }],
        },
      ],
    },
    {
      name: '指标得分为负数',
      doc: cleanDoc().replace('≥200次\t236次\t10\t10', '≥200次\t236次\t10\t-1'),
      errors: [{ messageId: 'negative' }],
    },
  ],
});
