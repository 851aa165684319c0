import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '删去变动原因',
      doc: cleanDoc().replace(
        '，下降3.98%。主要原因是：本局严格落实过紧日子要求',
        '，下降3.98%。本局严格落实过紧日子要求',
      ),
      errors: [
        {
          messageId: 'changeReason',
          severity: 'warning',
          locations: [{ part: 'narrative', section: '十、关于机关运行经费支出说明' }],
        },
      ],
    },
    {
      name: '原因留空',
      doc: cleanDoc()
        .replace(
          '决算数小于年初预算数的主要原因是：1名工作人员于2021年9月退休，退休后单位',
          '决算数小于年初预算数的主要原因是：。1名工作人员于2021年9月退休，退休后单位',
        )
        .replace('决算数小于年初预算数的主要原因是：。1名', '决算数小于年初预算数。1名'),
      errors: [{ messageId: 'budgetReason', severity: 'warning' }],
    },
  ],
});
