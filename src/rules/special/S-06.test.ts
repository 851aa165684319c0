import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '分项按元四舍五入后与总额差 0.01 万元（尾数容差内）',
      doc: cleanDoc().replace('政府采购服务支出28.30万元', '政府采购服务支出28.31万元'),
    },
    {
      name: '工程支出为 0 时不写',
      doc: cleanDoc().replace('、政府采购工程支出0.00万元', ''),
    },
    {
      name: '金额只保留一位小数',
      doc: cleanDoc().replace(
        '政府采购支出总额40.76万元，其中：政府采购货物支出12.46万元、政府采购工程支出0.00万元、政府采购服务支出28.30万元',
        '政府采购支出总额40.8万元，其中：政府采购货物支出12.5万元、政府采购工程支出0万元、政府采购服务支出28.3万元',
      ),
    },
  ],
  invalid: [
    {
      name: '货物支出数字颠倒',
      doc: cleanDoc().replace('政府采购货物支出12.46万元', '政府采购货物支出12.64万元'),
      errors: [
        {
          messageId: 'sum',
          severity: 'error',
          locations: [
            { part: 'narrative', section: '十二、关于政府采购支出说明' },
            { part: 'narrative' },
            { part: 'narrative' },
            { part: 'narrative' },
          ],
        },
      ],
    },
    {
      name: '新表序：服务支出写错',
      doc: cleanDoc('base-2023').replace('政府采购服务支出52.30万元', '政府采购服务支出53.20万元'),
      errors: [
        { messageId: 'sum', locations: [{ part: 'narrative', section: '十一、关于政府采购支出说明' }] },
      ],
    },
    {
      name: '漏写服务支出',
      doc: cleanDoc().replace('、政府采购服务支出28.30万元', ''),
      errors: [{ messageId: 'sum', message: /未写服务支出/ }],
    },
  ],
});
