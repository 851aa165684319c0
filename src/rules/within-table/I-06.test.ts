import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '尾数差在容差内', doc: cleanDoc().setCell('income', '2130101', 'other', '1.27') },
  ],
  invalid: [
    {
      name: '来源列录错',
      doc: cleanDoc().setCell('income', '2130101', 'other', '2.26'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [{ table: '02', row: '2130101 行政运行', column: '本年收入合计' }],
        },
      ],
    },
  ],
});
