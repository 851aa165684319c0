import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-11.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '类级数字录错',
      doc: cleanDoc().setCell('fiscal-summary', '八、社会保障和就业支出', 'total', '38.53', 'expenditure'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '04', row: '支出·本年支出合计' }] }],
    },
  ],
});
