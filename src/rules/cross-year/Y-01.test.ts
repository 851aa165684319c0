import { cleanDoc, previousDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './Y-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '没有上年文件时不检查', doc: cleanDoc() },
    { name: '与上年文件衔接', doc: cleanDoc(), previous: previousDoc('prev-2020') },
    { name: '新表序：与上年基金表衔接', doc: cleanDoc('base-2023'), previous: previousDoc('prev-2022-fund') },
  ],
  invalid: [
    {
      name: '上年年末结转和结余与本年年初不符',
      doc: cleanDoc(),
      previous: previousDoc('prev-2020').replace('年末结转和结余\t25\t18.40', '年末结转和结余\t25\t18.04'),
      errors: [
        {
          messageId: 'mismatch',
          severity: 'warning',
          locations: [{ table: '01', row: '收入·年初结转和结余' }],
        },
      ],
    },
  ],
});
