import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '支出总计录错',
      doc: cleanDoc().setCell('income-expenditure-summary', '总计', 'amount', '450.51', 'expenditure'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [
            { table: '01', row: '收入·总计' },
            { table: '01', row: '支出·总计' },
          ],
        },
      ],
    },
  ],
});
