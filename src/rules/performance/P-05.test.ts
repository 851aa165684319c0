import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（10 + 50 + 30 + 10 = 100）', doc: cleanDoc() },
    {
      name: '一级指标不标分值时按三级指标分值合计',
      doc: cleanDoc().replace(/（(50|30|10)分）/g, ''),
    },
    {
      name: '二级指标行另列小计分值（不重复计算）',
      doc: cleanDoc().replace(
        '\t产出指标（50分）\t数量指标\t高标准农田建设面积',
        '\t产出指标（50分）\t数量指标\t\t\t\t20\t20\t\n\t\t\t高标准农田建设面积',
      ),
    },
  ],
  invalid: [
    {
      name: '三级指标分值之和与一级指标标明的分值不符',
      doc: cleanDoc().replace('≥800批次\t856批次\t10\t10', '≥800批次\t856批次\t15\t10'),
      errors: [
        {
          messageId: 'group',
          message:
            /部门整体支出绩效自评表 一级指标“产出指标（50分）”标明 50 分，其下三级指标分值合计 55 分（10 \+ 15 \+ 10 \+ 10 \+ 10）/,
          locations: [{ part: 'perf', row: '产出指标（50分）' }],
        },
      ],
    },
    {
      name: '一级指标标明的分值错（只报一次）',
      doc: cleanDoc().replace(
        '满意度指标（10分）\t服务对象满意度指标\t农户及新型',
        '满意度指标（20分）\t服务对象满意度指标\t农户及新型',
      ),
      errors: [{ messageId: 'group', message: /标明 20 分，其下三级指标分值合计 10 分/ }],
    },
    {
      name: '各项分值之和不等于总分分值',
      doc: cleanDoc().replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t90\t97.78'),
      errors: [
        {
          messageId: 'total',
          message:
            /分值合计 预算执行 10 \+ 产出指标 50 \+ 效益指标 30 \+ 满意度指标 10 = 100 分，与总分分值 90 分不符/,
          locations: [{ part: 'perf', row: '总分', column: '分值' }],
        },
      ],
    },
  ],
});
