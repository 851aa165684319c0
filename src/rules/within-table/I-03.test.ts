import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '本年支出合计录错',
      doc: cleanDoc().setCell(
        'income-expenditure-summary',
        '本年支出合计',
        'amount',
        '441.29',
        'expenditure',
      ),
      errors: [{ messageId: 'mismatch', locations: [{ table: '01', row: '支出·本年支出合计' }] }],
    },
  ],
});
