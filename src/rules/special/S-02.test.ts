import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-02.ts';

const TP_2021 = '七、一般公共预算财政拨款三公经费支出决算情况说明';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '接待按“批次、人次”写，人次多于批次',
      doc: cleanDoc().replace('全年共接待来访团组46个、来宾412人次', '全年共接待公务接待46批次、412人次'),
    },
    {
      name: '人次等于团组数（每批 1 人）',
      doc: cleanDoc().replace('来宾412人次', '来宾46人次'),
    },
    {
      name: '减少原因中提到上年的出国团组（不是本年数量）',
      doc: cleanDoc().replace(
        '本局2021年度和2020年度均无因公出国（境）费支出，与上年持平。',
        '与上年相比减少3.50万元，下降100.00%，减少的主要原因是2020年安排1个团组3人次赴境外考察，2021年未安排因公出国（境）。',
      ),
    },
  ],
  invalid: [
    {
      name: '接待费有支出却写 0 个团组',
      doc: cleanDoc().replace('来访团组46个', '来访团组0个'),
      errors: [
        {
          messageId: 'spentNoCount',
          severity: 'warning',
          locations: [
            { part: 'narrative', section: TP_2021 },
            { table: '07', column: '决算数·公务接待费' },
          ],
        },
      ],
    },
    {
      name: '新表序：运行维护费有支出却写保有量 0 辆',
      doc: cleanDoc('base-2023').replace('保有量为2辆', '保有量为0辆'),
      errors: [
        {
          messageId: 'spentNoCount',
          locations: [
            { part: 'narrative', section: '七、财政拨款三公经费支出决算情况说明' },
            { table: '09', column: '决算数·公务用车购置及运行维护费·公务用车运行维护费' },
          ],
        },
      ],
    },
    {
      name: '新购车辆却沿用上年“更新公务用车0辆”',
      doc: cleanDoc()
        .setCell('three-public', '', 'actual.vehiclePurchase', '18.50')
        .replace('其中：公务用车购置费0.00万元', '其中：公务用车购置费18.50万元'),
      errors: [
        {
          messageId: 'spentNoCount',
          message: /购置（更新）公务用车 0辆/,
          locations: [
            { part: 'narrative' },
            { table: '07', column: '决算数·公务用车购置及运行费·公务用车购置费' },
          ],
        },
      ],
    },
    {
      name: '出国费为 0 却照抄上年团组数和人次',
      doc: cleanDoc().replace('团组0个，累计0人次', '团组1个，累计3人次'),
      errors: [
        {
          messageId: 'countNoSpend',
          message: /团组 1个/,
          locations: [
            { part: 'narrative', section: TP_2021 },
            { table: '07', column: '决算数·因公出国（境）费' },
          ],
        },
        {
          messageId: 'countNoSpend',
          message: /人次 3人次/,
          locations: [
            { part: 'narrative', section: TP_2021 },
            { table: '07', column: '决算数·因公出国（境）费' },
          ],
        },
      ],
    },
    {
      name: '接待人次漏写一位数，少于团组数',
      doc: cleanDoc().replace('来宾412人次', '来宾41人次'),
      errors: [
        {
          messageId: 'personsBelowGroups',
          locations: [
            { part: 'narrative', section: TP_2021 },
            { part: 'narrative', section: TP_2021 },
          ],
        },
      ],
    },
    {
      name: '团组数写成小数',
      doc: cleanDoc('base-2023').replace('来访团组32个', '来访团组3.2个'),
      errors: [{ messageId: 'notInteger', locations: [{ part: 'narrative' }] }],
    },
  ],
});
