import { cleanDoc, previousDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './Y-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '没有上年文件时不检查', doc: cleanDoc() },
    { name: '与上年文件衔接', doc: cleanDoc(), previous: previousDoc('prev-2020') },
    { name: '新表序：与上年基金表衔接', doc: cleanDoc('base-2023'), previous: previousDoc('prev-2022-fund') },
  ],
  invalid: [
    {
      name: '基金科目上年年末与本年年初不符',
      doc: cleanDoc('base-2023'),
      previous: previousDoc('prev-2022-fund').replace(
        '其他国有土地使用权出让收入安排的支出\t2.00\t40.00\t37.00\t\t37.00\t5.00',
        '其他国有土地使用权出让收入安排的支出\t2.00\t40.00\t37.00\t\t37.00\t5.50',
      ),
      errors: [
        {
          messageId: 'mismatch',
          severity: 'warning',
          locations: [{ table: '07', row: '2120899 其他国有土地使用权出让收入安排的支出' }],
        },
      ],
    },
  ],
});
