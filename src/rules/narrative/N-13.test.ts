import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-13.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '年初、全年预算都写出，完成率按所写的全年预算计算',
      doc: cleanDoc().replace(
        '年初预算为14.60万元，支出决算为14.27万元，完成年初预算的97.74%',
        '年初预算为0万元，全年预算为14.60万元，支出决算为14.27万元，完成全年预算的97.74%',
      ),
    },
  ],
  invalid: [
    {
      name: '完成率算错',
      doc: cleanDoc().replace('完成年初预算的97.74%', '完成年初预算的98.74%'),
      errors: [{ messageId: 'rate' }],
    },
    {
      name: '预算为0仍写完成率',
      doc: cleanDoc().replace(
        '年初预算为14.60万元，支出决算为14.27万元，完成年初预算的97.74%，决算数小于年初预算数',
        '年初预算为0万元，支出决算为14.27万元，完成年初预算的97.74%，决算数大于年初预算数',
      ),
      errors: [{ messageId: 'zeroBudget' }],
    },
    {
      name: '完成率按全年预算算出，却写成“完成年初预算的”（年初预算为0）',
      doc: cleanDoc().replace(
        '年初预算为14.60万元，支出决算为14.27万元，完成年初预算的97.74%',
        '年初预算为0万元，全年预算为14.60万元，支出决算为14.27万元，完成年初预算的97.74%',
      ),
      errors: [
        {
          messageId: 'wrongBase',
          message:
            /写“完成年初预算的97\.74%”，但年初预算为 0\.00万元；97\.74% 是决算 14\.27万元 ÷ 全年预算 14\.60万元/,
        },
      ],
    },
  ],
});
