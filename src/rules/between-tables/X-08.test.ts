import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，政府性基金类不在05表）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '05表类级科目录错',
      doc: cleanDoc().setCell('general-budget-expenditure', '213', 'total', '367.55'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '支出·十二、农林水支出' },
            { table: '05', row: '213 农林水支出' },
          ],
        },
      ],
    },
    {
      name: '05表合计录错',
      doc: cleanDoc().setCell('general-budget-expenditure', '合计', 'total', '439.49'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '支出·本年支出合计' },
            { table: '05', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '04表一般公共预算有数的类在05表没有列示',
      doc: cleanDoc().setCell('fiscal-summary', '十、节能环保支出', 'general', '1.00', 'expenditure'),
      errors: [
        { messageId: 'absent', locations: [{ table: '04', row: '支出·十、节能环保支出' }, { table: '05' }] },
      ],
    },
  ],
});
