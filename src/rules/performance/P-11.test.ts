import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-11.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（空的可持续影响指标行允许）', doc: cleanDoc() },
    {
      name: '二级指标行只列小计分值',
      doc: cleanDoc().replace(
        '\t产出指标（50分）\t数量指标\t高标准农田建设面积',
        '\t产出指标（50分）\t数量指标\t\t\t\t20\t20\t\n\t\t\t高标准农田建设面积',
      ),
    },
  ],
  invalid: [
    {
      name: '社会效益指标放在产出指标下',
      doc: cleanDoc().replace('\t\t时效指标\t项目资金拨付及时率', '\t\t社会效益指标\t项目资金拨付及时率'),
      errors: [
        {
          messageId: 'misplaced',
          message:
            /部门整体支出绩效自评表 二级指标“社会效益指标”列在一级指标“产出指标（50分）”下，该一级指标下应为数量、质量、时效、成本指标/,
          locations: [{ part: 'perf', row: '社会效益指标', column: '二级指标' }],
        },
      ],
    },
    {
      name: '有分值的指标没有实际完成值',
      doc: cleanDoc().replace('≥98%\t99.3%\t10\t10', '≥98%\t\t10\t10'),
      errors: [
        {
          messageId: 'incomplete',
          message: /指标“质量指标·农产品质量安全抽检合格率”有分值 10，但未填写实际完成值/,
        },
      ],
    },
  ],
});
