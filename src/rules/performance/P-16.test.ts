import { cleanDoc } from '../../../test/builder.ts';
import { standaloneReport } from '../../../test/perf-report.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-16.ts';

const spending = '2021年支出合计440.29万元，其中：基本支出307.32万元，项目支出132.97万元。';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（报告的收支、基本、人员、公用、“三公”与表一致）', doc: cleanDoc() },
    { name: '单独的自评报告，没有决算可比', doc: standaloneReport() },
    { name: '单独的自评报告与同年决算一并审核', doc: standaloneReport(), companion: cleanDoc() },
    {
      name: '预算→决算各项的“支出决算”不是总支出',
      doc: cleanDoc().replace(
        '四、绩效管理存在的问题及下一步改进措施',
        '四、绩效管理存在的问题及下一步改进措施\n\n行政运行年初预算为238.60万元，支出决算为234.48万元。',
      ),
    },
    {
      name: '“X中”所列各项不超过 X',
      doc: cleanDoc().replace(
        '公用经费63.71万元。',
        '公用经费63.71万元。公用经费中“三公”经费7.40万元，会议费2.10万元。',
      ),
    },
  ],
  invalid: [
    {
      name: '报告的总支出与03表不符',
      doc: cleanDoc().replace(spending, spending.replace('440.29', '441.29')),
      errors: [
        {
          messageId: 'differs',
          message:
            /“二、预算收支情况” “支出合计”（按总支出比较） 441\.29万元 与决算表不一致：全部资金 03表 合计·本年支出合计 440\.29/,
          locations: [{ part: 'narrative', section: '二、预算收支情况' }, { table: '03' }],
        },
      ],
    },
    {
      name: '报告把一般公共预算基本支出写成一般公共预算支出（口径疑误）',
      doc: cleanDoc().replace(
        '“三公”经费支出7.40万元',
        '一般公共预算财政拨款支出306.42万元。“三公”经费支出7.40万元',
      ),
      errors: [{ messageId: 'differs', message: /（与 05表 合计·基本支出 306\.42 相同，口径疑误）/ }],
    },
    {
      name: '单独的自评报告与同年决算不符',
      doc: standaloneReport((t) => t.replace('人员经费242.71万元', '人员经费243.71万元')),
      companion: cleanDoc(),
      errors: [
        {
          messageId: 'differs',
          message: /人员经费 243\.71万元 与决算表不一致：一般公共预算财政拨款 另附决算《base-2021\.txt》06表/,
        },
      ],
    },
    {
      name: '“X中”所列各项超过 X',
      doc: cleanDoc().replace(
        '公用经费63.71万元。',
        '公用经费63.71万元。公用经费中“三公”经费7.40万元，培训费55.10万元，会议费8.80万元。',
      ),
      errors: [
        {
          messageId: 'partsExceed',
          message:
            /公用经费63\.71万元，其中所列 “三公”经费7\.40 \+ 培训费55\.10 \+ 会议费8\.80 = 71\.30万元，超过总数/,
        },
      ],
    },
  ],
});
