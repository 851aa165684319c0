import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '04表本年收入合计录错',
      doc: cleanDoc().setCell('fiscal-summary', '本年收入合计', 'amount', '430.94', 'income'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '收入·本年收入合计' },
            { table: '02', row: '合计' },
          ],
        },
      ],
    },
  ],
});
