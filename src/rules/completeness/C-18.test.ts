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
      name: '比较用语笔误：“较上一度”“上年年度”',
      doc: cleanDoc()
        .replace('比上年决算数减少2.64万元', '比上一度决算数减少2.64万元')
        .replace('与2020年相比，收、支总计各增加', '与上年年度相比，收、支总计各增加'),
      errors: [
        {
          messageId: 'brokenPhrase',
          message: /“上年年度”疑为笔误，应为“上年度”/,
          locations: [{ line: 361 }],
        },
        {
          messageId: 'brokenPhrase',
          message: /“上一度”疑为笔误，应为“上一年度”/,
          locations: [{ line: 453 }],
        },
      ],
    },
    {
      name: '同一节各项写“年初预算数”，一项只写“预算数”',
      doc: cleanDoc().replace(
        '决算数小于年初预算数的主要原因是：1名工作人员于2021年9月退休，停止缴存',
        '决算数小于预算数的主要原因是：1名工作人员于2021年9月退休，停止缴存',
      ),
      errors: [
        {
          messageId: 'unqualifiedBase',
          message: /“决算数小于预算数”未写明是与哪一预算数比较；本节其他 6 处写“年初预算数”/,
          locations: [{ line: 415 }],
        },
      ],
    },
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
