import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-12.ts';

const OBJECTIVE =
  '\t开展农资和农产品执法检查200次以上，查处农业领域违法案件30件以上，立案案件办结率95%以上，规范农资市场秩序，提升执法队伍依法行政能力。\t\t\t\t开展执法检查236次，查处违法案件27件，立案案件全部办结，农资市场秩序明显好转，执法人员培训覆盖率100%。';

ruleTester.run(rule, {
  valid: [{ name: '干净基准文档', doc: cleanDoc() }],
  invalid: [
    {
      name: '项目自评表未填实际完成情况',
      doc: cleanDoc().replace(
        OBJECTIVE,
        '\t开展农资和农产品执法检查200次以上，查处农业领域违法案件30件以上，立案案件办结率95%以上，规范农资市场秩序，提升执法队伍依法行政能力。\t\t\t\t',
      ),
      errors: [
        {
          messageId: 'empty',
          message: /项目支出绩效自评表（农业综合行政执法专项经费） 年度总体目标的“实际完成情况”未填写/,
          locations: [{ part: 'perf', row: '年度总体目标', column: '实际完成情况' }],
        },
      ],
    },
  ],
});
