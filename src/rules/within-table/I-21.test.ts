import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-21.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '行次重复',
      doc: cleanDoc()
        .setCell('income-expenditure-summary', '八、其他收入', 'amount', '1.26', 'income')
        .replace('八、其他收入\t8\t', '八、其他收入\t7\t'),
      errors: [
        { messageId: 'order', severity: 'note', locations: [{ table: '01', row: '收入·八、其他收入' }] },
      ],
    },
  ],
});
