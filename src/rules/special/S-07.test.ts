import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-07.ts';

const PROC_2021 = '十二、关于政府采购支出说明';
const PROC_2023 = '十一、关于政府采购支出说明';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序：小微企业占总额）', doc: cleanDoc() },
    { name: '干净基准文档（新表序：小微企业占中小企业，另有按类占比）', doc: cleanDoc('base-2023') },
    {
      name: '占比保留一位小数',
      doc: cleanDoc().replace('占政府采购支出总额的88.81%', '占政府采购支出总额的88.8%'),
    },
    {
      name: '占比取整',
      doc: cleanDoc().replace('占政府采购支出总额的88.81%', '占政府采购支出总额的89%'),
    },
    {
      name: '中小企业占比只写“占”，默认分母为总额',
      doc: cleanDoc().replace('，占政府采购支出总额的88.81%', '，占88.81%'),
    },
  ],
  invalid: [
    {
      name: '中小企业占比数字颠倒',
      doc: cleanDoc().replace('占政府采购支出总额的88.81%', '占政府采购支出总额的88.18%'),
      errors: [
        {
          messageId: 'share',
          severity: 'error',
          message: /36\.20 ÷ 40\.76 = 88\.81%/,
          locations: [{ part: 'narrative', section: PROC_2021 }],
        },
      ],
    },
    {
      name: '小微企业占比按中小企业算，却写成占总额',
      doc: cleanDoc('base-2023').replace('占授予中小企业合同金额的75.86%', '占政府采购支出总额的75.86%'),
      errors: [
        {
          messageId: 'share',
          message: /授予小微企业合同金额占政府采购支出总额/,
          locations: [{ part: 'narrative', section: PROC_2023 }],
        },
      ],
    },
    {
      name: '货物类占比用了总额作分母',
      doc: cleanDoc('base-2023').replace('占货物支出金额的85.06%', '占货物支出金额的13.24%'),
      errors: [{ messageId: 'share', message: /8\.20 ÷ 9\.64/ }],
    },
    {
      name: '中小企业合同金额大于采购总额',
      doc: cleanDoc().replace('授予中小企业合同金额36.20万元', '授予中小企业合同金额46.20万元'),
      errors: [
        {
          messageId: 'exceeds',
          severity: 'error',
          locations: [
            { part: 'narrative', section: PROC_2021 },
            { part: 'narrative', section: PROC_2021 },
          ],
        },
        { messageId: 'share', message: /46\.20 ÷ 40\.76/ },
      ],
    },
    {
      name: '新表序：小微企业合同金额大于中小企业合同金额',
      doc: cleanDoc('base-2023').replace('授予小微企业合同金额41.80万元', '授予小微企业合同金额58.10万元'),
      errors: [
        {
          messageId: 'exceeds',
          message: /授予小微企业合同金额 58\.10万元 大于授予中小企业合同金额 55\.10万元/,
        },
        { messageId: 'share' },
      ],
    },
  ],
});
