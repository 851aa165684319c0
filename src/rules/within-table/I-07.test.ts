import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-07.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '项目支出录错',
      doc: cleanDoc().setCell('expenditure', '2130199', 'project', '95.47'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '03', row: '2130199 其他农业农村支出' }] }],
    },
  ],
});
