import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-04.ts';

const LIST_2021 =
  '主要领导干部用车0辆，机要通信用车0辆、应急保障用车1辆、执法执勤用车2辆、特种专业技术用车0辆、其他用车0辆';
const LIST_2023 =
  '副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车0辆、应急保障用车1辆、执法执勤用车1辆、特种专业技术用车0辆、离退休干部服务用车0辆、其他用车0辆';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '类别名称用半角括号',
      doc: cleanDoc('base-2023').replace('副部（省）级及以上领导用车0辆', '副部(省)级及以上领导用车0辆'),
    },
    {
      name: '上海模板的车辆类别',
      doc: cleanDoc().replace(
        LIST_2021,
        '部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、应急保障用车1辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆',
      ),
    },
  ],
  invalid: [
    {
      name: '车辆总数与各类之和不符',
      doc: cleanDoc().replace('共有车辆3辆', '共有车辆4辆'),
      errors: [
        {
          messageId: 'sum',
          severity: 'error',
          locations: [{ part: 'narrative', section: '十三、关于国有资产占用情况说明' }],
        },
      ],
    },
    {
      name: '新表序：某类车辆数写错',
      doc: cleanDoc('base-2023').replace('执法执勤用车1辆', '执法执勤用车2辆'),
      errors: [
        { messageId: 'sum', locations: [{ part: 'narrative', section: '十二、关于国有资产占用情况说明' }] },
      ],
    },
    {
      name: '2023 年度沿用 2021 年模板的车辆类别',
      doc: cleanDoc('base-2023').replace(
        LIST_2023,
        '主要领导干部用车0辆，机要通信用车0辆、应急保障用车1辆、执法执勤用车1辆、特种专业技术用车0辆、其他用车0辆',
      ),
      errors: [
        {
          messageId: 'categories',
          severity: 'note',
          message: /缺少副部（省）级及以上领导用车、主要负责人用车、离退休干部服务用车；多出主要领导干部用车/,
          locations: [{ part: 'narrative', section: '十二、关于国有资产占用情况说明' }],
        },
      ],
    },
    {
      name: '2021 年度提前使用新模板的类别',
      doc: cleanDoc().replace(
        '特种专业技术用车0辆、其他用车0辆',
        '特种专业技术用车0辆、离退休干部服务用车0辆、其他用车0辆',
      ),
      errors: [{ messageId: 'categories', severity: 'note', message: /多出离退休干部服务用车/ }],
    },
  ],
});
