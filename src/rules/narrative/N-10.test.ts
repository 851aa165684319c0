import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-10.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '类级金额抄错',
      doc: cleanDoc().replace('卫生健康支出14.27万元，占3.25%', '卫生健康支出14.72万元，占3.25%'),
      errors: [
        { messageId: 'quote', locations: [{ part: 'narrative' }, { table: '05', row: '210 卫生健康支出' }] },
      ],
    },
    {
      name: '漏列一类',
      doc: cleanDoc().replace('卫生健康支出14.27万元，占3.25%；', ''),
      errors: [{ messageId: 'missing', severity: 'warning' }],
    },
  ],
});
