import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-17.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '新表序按04表财政拨款支出比较（超过05表但不超过04表）',
      doc: cleanDoc('base-2023').setCell('three-public', '', 'actual.total', '300.00'),
    },
  ],
  invalid: [
    {
      name: '旧表序“三公”决算合计超过05表合计',
      doc: cleanDoc().setCell('three-public', '', 'actual.total', '500.00'),
      errors: [{ messageId: 'exceeds', locations: [{ table: '07' }, { table: '05', row: '合计' }] }],
    },
    {
      name: '新表序“三公”决算合计超过04表本年支出合计',
      doc: cleanDoc('base-2023').setCell('three-public', '', 'actual.total', '400.00'),
      errors: [
        { messageId: 'exceeds', locations: [{ table: '09' }, { table: '04', row: '支出·本年支出合计' }] },
      ],
    },
  ],
});
