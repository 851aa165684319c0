import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-14.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“0元”不算单位不一致',
      doc: cleanDoc().replace(
        '未举办节庆、晚会、论坛、赛事活动，开支0.00万元',
        '未举办节庆、晚会、论坛、赛事活动，开支0元',
      ),
    },
  ],
  invalid: [
    {
      name: '一张表以元为单位',
      doc: cleanDoc().replace(
        '公开 03 表\n\n部门：青山县农业农村局\n\n单位：万元',
        '公开 03 表\n\n部门：青山县农业农村局\n\n单位：元',
      ),
      errors: [
        {
          messageId: 'mixedUnits',
          message: /03表 的金额单位为“元”/,
          locations: [{ table: '03', line: 165 }],
        },
      ],
    },
    {
      name: '情况说明金额写成元',
      doc: cleanDoc().replace('2021年度本部门开支会议费1.28万元', '2021年度本部门开支会议费12800元'),
      errors: [
        { messageId: 'narrativeUnit', message: /12800元/, locations: [{ part: 'narrative', line: 457 }] },
      ],
    },
  ],
});
