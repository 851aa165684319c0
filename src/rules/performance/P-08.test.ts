import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（未完成的“查处农业领域违法案件”已写原因）', doc: cleanDoc() },
    {
      name: '定性指标不作判断',
      doc: cleanDoc().replace('明显好转\t明显好转\t15\t15', '明显好转\t有所好转\t15\t15'),
    },
  ],
  invalid: [
    {
      name: '量化指标未达到且满分、未写原因',
      doc: cleanDoc().replace('≥800批次\t856批次\t10\t10', '≥800批次\t756批次\t10\t10'),
      errors: [
        {
          messageId: 'missingReason',
          message:
            /部门整体支出绩效自评表 指标“数量指标·农产品质量安全定量抽检批次”年度指标值 ≥800批次，实际完成值 756批次，未达到指标值/,
          locations: [{ part: 'perf', row: '数量指标·农产品质量安全定量抽检批次' }],
        },
      ],
    },
    {
      name: '时效指标超过期限',
      doc: cleanDoc().replace('2021年底\t2021年12月\t10\t10', '2021年底\t2022年3月\t10\t10'),
      errors: [{ messageId: 'missingReason' }],
    },
  ],
});
