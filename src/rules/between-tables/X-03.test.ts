import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '03表合计录错',
      doc: cleanDoc().setCell('expenditure', '合计', 'total', '440.30'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '01', row: '支出·本年支出合计' },
            { table: '03', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '01表本年支出合计录错（新表序）',
      doc: cleanDoc('base-2023').setCell(
        'income-expenditure-summary',
        '本年支出合计',
        'amount',
        '334.63',
        'expenditure',
      ),
      errors: [{ messageId: 'copy', locations: [{ table: '01' }, { table: '03' }] }],
    },
  ],
});
