import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-09.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '年初结转子行录错',
      doc: cleanDoc().setCell('fiscal-summary', '一般公共预算财政拨款', 'amount', '18.50', 'income'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '04', row: '收入·年初财政拨款结转和结余' }] }],
    },
  ],
});
