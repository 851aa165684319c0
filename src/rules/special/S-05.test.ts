import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-05.ts';

const EQUIP_2021 = '单位价值50万元以上通用设备0台（套）；单位价值100万元以上专用设备0台（套）';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '写“无单位价值100万元以上设备”',
      doc: cleanDoc('base-2023').replace(
        '单位价值100万元以上设备（不含车辆）0台（套）',
        '无单位价值100万元以上设备（不含车辆）',
      ),
    },
    {
      name: '一句写明两类设备均无',
      doc: cleanDoc().replace(EQUIP_2021, '无单位价值50万元以上通用设备和单位价值100万元以上专用设备'),
    },
    {
      name: '写“单价100万元（含）以上设备（不含车辆）0台（套）”',
      doc: cleanDoc('base-2023').replace(
        '单位价值100万元以上设备（不含车辆）0台（套）',
        '单价100万元（含）以上设备（不含车辆）0台（套）',
      ),
    },
    {
      name: '设备数量只写“台”',
      doc: cleanDoc('base-2023').replace(
        '单位价值100万元以上设备（不含车辆）0台（套）',
        '单位价值100万元以上设备（不含车辆）2台',
      ),
    },
  ],
  invalid: [
    {
      name: '漏写100万元以上专用设备',
      doc: cleanDoc().replace('；单位价值100万元以上专用设备0台（套）', ''),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message: /单位价值100万元以上专用设备/,
          locations: [{ part: 'narrative', section: '十三、关于国有资产占用情况说明' }],
        },
      ],
    },
    {
      name: '新表序：只写车辆，没有写设备',
      doc: cleanDoc('base-2023').replace('；单位价值100万元以上设备（不含车辆）0台（套）', ''),
      errors: [
        {
          messageId: 'missing',
          message: /单位价值100万元以上设备（不含车辆）/,
          locations: [{ part: 'narrative', section: '十二、关于国有资产占用情况说明' }],
        },
      ],
    },
    {
      name: '设备数量写成小数',
      doc: cleanDoc().replace('单位价值50万元以上通用设备0台（套）', '单位价值50万元以上通用设备1.5台（套）'),
      errors: [
        {
          messageId: 'notInteger',
          severity: 'warning',
          locations: [{ part: 'narrative', section: '十三、关于国有资产占用情况说明' }],
        },
      ],
    },
  ],
});
