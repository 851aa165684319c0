import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-16.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '新表序', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '决算合计录错',
      doc: cleanDoc().setCell('three-public', '', 'actual.total', '7.50'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '07', column: '决算数·合计' }] }],
    },
  ],
});
