import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '财政拨款开支的保有量少于单位车辆总数',
      doc: cleanDoc().replace('保有量为3辆', '保有量为2辆'),
    },
    {
      name: '本年更新 1 辆，资产说明中有车辆',
      doc: cleanDoc()
        .setCell('three-public', '', 'actual.vehiclePurchase', '18.50')
        .replace('公务用车购置费0.00万元，更新公务用车0辆', '公务用车购置费18.50万元，更新公务用车1辆'),
    },
  ],
  invalid: [
    {
      name: '保有量多于国有资产说明中的车辆总数',
      doc: cleanDoc().replace('保有量为3辆', '保有量为4辆'),
      errors: [
        {
          messageId: 'fleetAboveAssets',
          severity: 'warning',
          locations: [
            { part: 'narrative', section: '七、一般公共预算财政拨款三公经费支出决算情况说明' },
            { part: 'narrative', section: '十三、关于国有资产占用情况说明' },
          ],
        },
      ],
    },
    {
      name: '新购车辆后资产说明仍照抄无车单位的 0 辆',
      doc: cleanDoc('base-2023')
        .replace('更新公务用车0辆', '更新公务用车1辆')
        .replace(
          '共有车辆2辆，其中，副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车0辆、应急保障用车1辆、执法执勤用车1辆',
          '共有车辆0辆，其中，副部（省）级及以上领导用车0辆、主要负责人用车0辆、机要通信用车0辆、应急保障用车0辆、执法执勤用车0辆',
        ),
      errors: [
        {
          messageId: 'fleetAboveAssets',
          locations: [
            { part: 'narrative', section: '七、财政拨款三公经费支出决算情况说明' },
            { part: 'narrative', section: '十二、关于国有资产占用情况说明' },
          ],
        },
        {
          messageId: 'purchasedNoAssets',
          severity: 'warning',
          locations: [
            { part: 'narrative', section: '七、财政拨款三公经费支出决算情况说明' },
            { part: 'narrative', section: '十二、关于国有资产占用情况说明' },
          ],
        },
      ],
    },
  ],
});
