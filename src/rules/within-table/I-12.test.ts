import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-12.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '收入总计录错',
      doc: cleanDoc().setCell('fiscal-summary', '总计', 'amount', '449.34', 'income'),
      errors: [{ messageId: 'copy', locations: [{ table: '04', row: '收入·总计' }] }],
    },
  ],
});
