import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-21.ts';

const NA = (d: ReturnType<typeof cleanDoc>) => d.replace('≥7%\t8.2%\t10\t10', '不适用\t不适用\t10\t');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（分值合计 100）', doc: cleanDoc() },
    {
      name: '不适用指标剔除后已折算',
      doc: NA(cleanDoc()).replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t97.53'),
    },
  ],
  invalid: [
    {
      name: '不适用指标剔除后总分未折算',
      doc: NA(cleanDoc()).replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t100\t87.78'),
      errors: [
        {
          messageId: 'notRescaled',
          severity: 'note',
          message:
            /部门整体支出绩效自评表 剔除不适用指标（经济效益指标·农村居民人均可支配收入增长率）后分值合计 90 分，总分 87\.78 未折算为百分制：87\.78 ÷ 90 × 100 = 97\.53/,
          locations: [{ part: 'perf', row: '总分', column: '得分' }],
        },
      ],
    },
    {
      name: '分值合计不足 100 且未标明不适用',
      doc: cleanDoc()
        .replace('≥7%\t8.2%\t10\t10', '≥7%\t8.2%\t\t')
        .replace('总分\t\t\t\t\t\t100\t97.78', '总分\t\t\t\t\t\t90\t87.78'),
      errors: [
        { messageId: 'unexplained', message: /各项分值合计 90 分，不足 100 分，表中未标明哪些指标不适用/ },
      ],
    },
  ],
});
