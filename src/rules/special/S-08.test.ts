import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-08.ts';

const PROC_2021 =
  '2021年度政府采购支出总额40.76万元，其中：政府采购货物支出12.46万元、政府采购工程支出0.00万元、政府采购服务支出28.30万元。授予中小企业合同金额36.20万元，占政府采购支出总额的88.81%，其中：授予小微企业合同金额30.15万元，占政府采购支出总额的73.97%。';
const NO_PROCUREMENT =
  '2021年度政府采购支出总额0.00万元，其中：政府采购货物支出0.00万元、政府采购工程支出0.00万元、政府采购服务支出0.00万元。';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    {
      name: '干净基准文档（新表序：工程支出为 0 时写“本年度无政府采购工程支出”）',
      doc: cleanDoc('base-2023'),
    },
    {
      name: '总额为 0 时写“无法计算百分比”',
      doc: cleanDoc().replace(
        PROC_2021,
        `${NO_PROCUREMENT}授予中小企业合同金额0.00万元，由于总额为0万元，无法计算百分比。`,
      ),
    },
  ],
  invalid: [
    {
      name: '总额为 0 仍写“占0%”',
      doc: cleanDoc().replace(
        PROC_2021,
        `${NO_PROCUREMENT}授予中小企业合同金额0.00万元，占政府采购支出总额的0%，其中：授予小微企业合同金额0.00万元，占政府采购支出总额的0%。`,
      ),
      errors: [
        {
          messageId: 'zeroBase',
          severity: 'note',
          message: /本段写了 2 处/,
          locations: [{ part: 'narrative', section: '十二、关于政府采购支出说明' }],
        },
      ],
    },
    {
      name: '没有工程采购却写工程类占比',
      doc: cleanDoc('base-2023').replace(
        '本年度无政府采购工程支出',
        '工程采购授予中小企业合同金额0.00万元，占工程支出金额的0.00%',
      ),
      errors: [
        {
          messageId: 'zeroBase',
          message: /工程支出为 0/,
          locations: [{ part: 'narrative', section: '十一、关于政府采购支出说明' }],
        },
      ],
    },
    {
      name: '按类占比没有写出该类授予中小企业合同金额',
      doc: cleanDoc('base-2023').replace(
        '货物采购授予中小企业合同金额8.20万元，占货物支出金额的85.06%',
        '货物采购授予中小企业合同金额占货物支出金额的85.06%',
      ),
      errors: [
        {
          messageId: 'cannotRecompute',
          severity: 'note',
          locations: [{ part: 'narrative', section: '十一、关于政府采购支出说明' }],
        },
      ],
    },
  ],
});
