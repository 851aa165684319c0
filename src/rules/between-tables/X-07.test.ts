import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-07.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '04表一般公共预算财政拨款收入录错',
      doc: cleanDoc().setCell('fiscal-summary', '一、一般公共预算财政拨款', 'amount', '430.94', 'income'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '收入·一、一般公共预算财政拨款' },
            { table: '01', row: '收入·一、一般公共预算财政拨款收入' },
          ],
        },
      ],
    },
    {
      name: '04表政府性基金收入录错（新表序）',
      doc: cleanDoc('base-2023').setCell(
        'fiscal-summary',
        '二、政府性基金预算财政拨款',
        'amount',
        '60.10',
        'income',
      ),
      errors: [
        {
          messageId: 'copy',
          locations: [{ table: '04', row: '收入·二、政府性基金预算财政拨款' }, { table: '01' }],
        },
      ],
    },
  ],
});
