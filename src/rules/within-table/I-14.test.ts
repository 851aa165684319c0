import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-14.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '款级合计录错',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '303', 'amount', '3.30'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '06', row: '303 对个人和家庭的补助' }] }],
    },
  ],
});
