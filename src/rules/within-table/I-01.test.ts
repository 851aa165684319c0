import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，压缩行次）', doc: cleanDoc('base-2023') },
    {
      name: '尾数差在容差内',
      doc: cleanDoc().setCell('income-expenditure-summary', '八、其他收入', 'amount', '1.27', 'income'),
    },
  ],
  invalid: [
    {
      name: '本年收入合计录错',
      doc: cleanDoc().setCell('income-expenditure-summary', '本年收入合计', 'amount', '432.20', 'income'),
      errors: [
        { messageId: 'mismatch', locations: [{ table: '01', row: '收入·本年收入合计' }, { table: '01' }] },
      ],
    },
  ],
});
