import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-18.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '重复词、重复标点、不成对引号、全角半角混排',
      doc: cleanDoc()
        .replace('用于开展农业综合行政执法人员业务培训', '用于开展农业综合行政执法人员业务培训培训')
        .replace('本局严格落实过紧日子要求，', '本局严格落实过紧日子要求，，')
        .replace('本单位没有独立网站，', '本单位“没有独立网站，')
        .replace('政府采购货物支出12.46万元', '政府采购货物支出１2.46万元'),
      errors: [
        { messageId: 'doubledPunct', locations: [{ line: 453 }] },
        { messageId: 'doubledWord', message: /培训培训/, locations: [{ part: 'narrative', line: 457 }] },
        { messageId: 'mixedNumber', message: /１2\.46/, locations: [{ line: 461 }] },
        { messageId: 'unbalancedQuote', locations: [{ line: 481 }] },
      ],
    },
  ],
});
