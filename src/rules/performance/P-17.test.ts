import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-17.ts';

const share = '项目支出自评涉及资金36.50万元，占一般公共预算项目支出总额的27.45%。';
const grades = (excellent: number): string =>
  `${share}绩效自评的2021年度项目4个，平均得分88.5分（其中，绩效评级为“优”的项目${String(excellent)}个；绩效评级为“良”的项目1个；绩效评级为“中”的项目1个；绩效评级为“差”的项目0个）。`;

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（36.50 ÷ 05表 项目支出 132.97 = 27.45%）', doc: cleanDoc() },
    { name: '各等级项目数之和等于项目数', doc: cleanDoc().replace(share, grades(2)) },
    {
      name: '只列出“优”的个数时不核对',
      doc: cleanDoc().replace(share, `${share}绩效自评项目4个，其中评级为“优”的项目3个。`),
    },
  ],
  invalid: [
    {
      name: '占项目支出总额的比例算错',
      doc: cleanDoc().replace(share, share.replace('27.45%', '28.45%')),
      errors: [
        {
          messageId: 'share',
          message:
            /涉及资金 36\.50万元 占项目支出总额 28\.45%，按 05表 合计·项目支出 132\.97 计算应为 27\.45%/,
          locations: [{ part: 'narrative' }, { table: '05' }],
        },
      ],
    },
    {
      name: '各等级项目数之和不等于项目数',
      doc: cleanDoc().replace(share, grades(3)),
      errors: [
        {
          messageId: 'grades',
          message: /自评项目 4 个，而各等级项目数之和为 5 个（优 3、良 1、中 1、差 0）/,
        },
      ],
    },
    {
      name: '平均得分超出各项目自评表总分的范围',
      doc: cleanDoc().replace(share, `${share}绩效自评项目1个，平均得分92分。`),
      errors: [
        { messageId: 'average', message: /平均得分 92 分不在各项目自评表总分的范围（97\.61–97\.61）之内/ },
      ],
    },
  ],
});
