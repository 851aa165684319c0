import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-13.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“参与2021年…”“使用2020年结转”不是比较年度',
      doc: cleanDoc().replace('本单位没有独立网站，', '本单位参与2021年全省评比，本单位没有独立网站，'),
    },
    {
      name: '“与2020年度持平”是比较年度（全国/上海模板）',
      doc: cleanDoc().replace(
        '本局2021年度和2020年度均无因公出国（境）费支出，与上年持平。',
        '本局因公出国（境）费支出决算与2020年度持平。',
      ),
    },
  ],
  invalid: [
    {
      name: '章节标题、截至日期与比较年度写错',
      doc: cleanDoc('base-2023')
        .replace(
          '十三、关于2023年度预算绩效情况的说明\n\n（一）',
          '十三、关于2022年度预算绩效情况的说明\n\n（一）',
        )
        .replace('截至2023年12月31日，部门（单位）共有车辆', '截至2022年12月31日，部门（单位）共有车辆')
        .replace('与2022年相比，收、支总计', '与2021年相比，收、支总计'),
      errors: [
        {
          messageId: 'comparison',
          severity: 'warning',
          message: /2022 年/,
          locations: [{ part: 'narrative', line: 355 }],
        },
        { messageId: 'cutoff', severity: 'error', locations: [{ part: 'narrative', line: 465 }] },
        {
          messageId: 'heading',
          severity: 'error',
          message: /2022年度/,
          locations: [{ part: 'narrative', line: 467 }],
        },
      ],
    },
    {
      name: '正文出现其他年度的“年度”',
      doc: cleanDoc().replace('2021年度本部门开支会议费1.28万元', '2020年度本部门开支会议费1.28万元'),
      errors: [{ messageId: 'mention', severity: 'warning', locations: [{ line: 457 }] }],
    },
  ],
});
