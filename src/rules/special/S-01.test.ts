import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-01.ts';

const TP_2021 = '七、一般公共预算财政拨款三公经费支出决算情况说明';

/** base-2021 without 公务用车: 运行维护费 0 in 07表 and "本单位无公务用车" in 【三公】(二). */
const noCars = () =>
  cleanDoc()
    .setCell('three-public', '', 'actual.vehicle', '')
    .setCell('three-public', '', 'actual.vehicleOperation', '')
    .replace(
      '3、公务用车购置费及运行维护费支出决算为4.56万元，其中：公务用车购置费0.00万元，更新公务用车0辆。公务用车运行维护费4.56万元，主要用于农业综合执法和动物疫病应急处置用车的燃料费、维修费、保险费和过路过桥费，截至2021年12月31日，我单位开支财政拨款的公务用车保有量为3辆。',
      '3、公务用车购置费及运行维护费支出决算为0.00万元，本单位无公务用车。',
    );

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '写明本年度无“三公”经费财政拨款支出：不要求各项数量（出国费为 0）',
      doc: cleanDoc()
        .replace('全年安排因公出国（境）团组0个，累计0人次，本局2021年度无因公出国（境）费支出。', '')
        .replace('本局2021年度和2020年度均无因公出国（境）费支出，', '')
        .replace(
          '2021年度“三公”经费财政拨款支出决算中，',
          '本局无“三公”经费财政拨款支出。2021年度“三公”经费财政拨款支出决算中，',
        ),
    },
    {
      name: '出国费为 0 且写明“无因公出国（境）费支出”，不写团组数',
      doc: cleanDoc().replace('全年安排因公出国（境）团组0个，累计0人次，', ''),
    },
    {
      name: '接待按“批次、人次”写',
      doc: cleanDoc().replace('全年共接待来访团组46个、来宾412人次', '全年共接待公务接待46批次、412人次'),
    },
    { name: '没有公务用车：写“本单位无公务用车”', doc: noCars() },
    {
      name: '保有量不写“保有”二字',
      doc: cleanDoc().replace('开支财政拨款的公务用车保有量为3辆', '开支财政拨款的公务用车3辆'),
    },
  ],
  invalid: [
    {
      name: '接待费有支出却没写批次和人次',
      doc: cleanDoc().replace('全年共接待来访团组46个、来宾412人次，主要是接待', '主要用于接待'),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message: /公务接待批次（团组）数/,
          locations: [
            { part: 'narrative', section: TP_2021 },
            { table: '07', column: '决算数·公务接待费' },
          ],
        },
        {
          messageId: 'missing',
          severity: 'warning',
          message: /公务接待人次/,
          locations: [
            { part: 'narrative', section: TP_2021 },
            { table: '07', column: '决算数·公务接待费' },
          ],
        },
      ],
    },
    {
      name: '新表序：漏写公务用车保有量',
      doc: cleanDoc('base-2023').replace('，截至2023年12月31日，我单位开支财政拨款的公务用车保有量为2辆', ''),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message: /公务用车保有量/,
          locations: [
            { part: 'narrative', section: '七、财政拨款三公经费支出决算情况说明' },
            { table: '09', column: '决算数·公务用车购置及运行维护费·公务用车运行维护费' },
          ],
        },
      ],
    },
    {
      name: '购置费有支出却没写购置（更新）车辆数',
      doc: cleanDoc()
        .setCell('three-public', '', 'actual.vehiclePurchase', '18.50')
        .replace('其中：公务用车购置费0.00万元，更新公务用车0辆', '其中：公务用车购置费18.50万元'),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message: /公务用车购置（更新）数量/,
          locations: [
            { part: 'narrative' },
            { table: '07', column: '决算数·公务用车购置及运行费·公务用车购置费' },
          ],
        },
      ],
    },
    {
      name: '购置费为 0 时漏写更新车辆数（只作提示）',
      doc: cleanDoc().replace('公务用车购置费0.00万元，更新公务用车0辆。', '公务用车购置费0.00万元。'),
      errors: [
        {
          messageId: 'missing',
          severity: 'note',
          message: /公务用车购置（更新）数量/,
          locations: [{ part: 'narrative', section: TP_2021 }, { table: '07' }],
        },
      ],
    },
  ],
});
