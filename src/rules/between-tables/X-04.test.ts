import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-04.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，完整类级行）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，压缩类级行）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '03表类级科目录错',
      doc: cleanDoc().setCell('expenditure', '208', 'total', '38.53'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '01', row: '支出·八、社会保障和就业支出' },
            { table: '03', row: '208 社会保障和就业支出' },
          ],
        },
      ],
    },
    {
      name: '01表有数的类在03表没有列示',
      doc: cleanDoc().setCell(
        'income-expenditure-summary',
        '二十三、其他支出',
        'amount',
        '1.00',
        'expenditure',
      ),
      errors: [
        { messageId: 'absent', locations: [{ table: '01', row: '支出·二十三、其他支出' }, { table: '03' }] },
      ],
    },
  ],
});
