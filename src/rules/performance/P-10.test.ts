import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-10.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（未达到的指标已扣分）', doc: cleanDoc() },
    {
      name: '定性指标不作判断',
      doc: cleanDoc().replace('持续提升\t持续提升\t15\t15', '持续提升\t有所提升\t15\t15'),
    },
  ],
  invalid: [
    {
      name: '未达到指标值却得满分',
      doc: cleanDoc().replace('≥800批次\t856批次\t10\t10', '≥800批次\t720批次\t10\t10'),
      errors: [
        {
          messageId: 'unmetFull',
          severity: 'warning',
          message:
            /指标“数量指标·农产品质量安全定量抽检批次”年度指标值 ≥800批次，实际完成值 720批次，未达到指标值却得满分 10；按完成比例应为 9 分/,
          locations: [{ part: 'perf', column: '得分' }],
        },
      ],
    },
    {
      name: '已达到指标值却扣分',
      doc: cleanDoc().replace('≤8.20万元\t7.40万元\t10\t10', '≤8.20万元\t7.40万元\t10\t9'),
      errors: [{ messageId: 'metDeducted', severity: 'note' }],
    },
  ],
});
