import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-19.ts';

const assets = (net: string): string =>
  `四、绩效管理存在的问题及下一步改进措施\n\n年初固定资产原值16.52万元，累计折旧2.5万元，净值14.02万元；年末固定资产原值18.17万元，累计折旧5万元，净值${net}万元。`;
const at = '四、绩效管理存在的问题及下一步改进措施';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（报告不写资产）', doc: cleanDoc() },
    { name: '年初、年末净值 = 原值 − 累计折旧', doc: cleanDoc().replace(at, assets('13.17')) },
  ],
  invalid: [
    {
      name: '年末净值与原值、累计折旧不符',
      doc: cleanDoc().replace(at, assets('14.17')),
      errors: [
        {
          messageId: 'net',
          message: /原值 18\.17万元 − 累计折旧 5万元 = 13\.17万元，所写净值为 14\.17万元/,
          locations: [{ part: 'narrative' }, { part: 'narrative' }],
        },
      ],
    },
  ],
});
