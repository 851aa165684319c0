import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-02.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，两项财政拨款收入）', doc: cleanDoc('base-2023') },
    {
      name: '两项收入之和的尾数差在容差内',
      doc: cleanDoc('base-2023').setCell('income', '合计', 'fiscal', '345.44'),
    },
  ],
  invalid: [
    {
      name: '02表其他收入与01表不一致',
      doc: cleanDoc().setCell('income', '合计', 'other', '1.36'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '01', row: '收入·八、其他收入' },
            { table: '02', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '只有一项财政拨款收入时按同一数字比较，不给尾数容差',
      doc: cleanDoc().setCell('income', '合计', 'fiscal', '430.85'),
      errors: [{ messageId: 'copy', locations: [{ table: '02', row: '合计' }, { table: '01' }] }],
    },
    {
      name: '两项财政拨款收入之和超出尾数容差',
      doc: cleanDoc('base-2023').setCell('income', '合计', 'fiscal', '345.45'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [
            { table: '02', row: '合计' },
            { table: '01', row: '收入·一、一般公共预算财政拨款收入' },
            { table: '01', row: '收入·二、政府性基金预算财政拨款收入' },
          ],
        },
      ],
    },
  ],
});
