import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-13.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '基本支出录错',
      doc: cleanDoc().setCell('general-budget-expenditure', '2130101', 'basic', '234.58'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '05', row: '2130101 行政运行' }] }],
    },
  ],
});
