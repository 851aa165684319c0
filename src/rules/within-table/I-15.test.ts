import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-15.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '公用经费合计录错',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', '60.00'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '06', row: '公用经费合计' }] }],
    },
  ],
});
