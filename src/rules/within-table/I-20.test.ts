import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-20.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '负数',
      doc: cleanDoc().setCell('income', '2130101', 'other', '-1.26'),
      errors: [
        { messageId: 'negative', severity: 'warning', locations: [{ table: '02', row: '2130101 行政运行' }] },
      ],
    },
  ],
});
