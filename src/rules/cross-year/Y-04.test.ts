import { cleanDoc, previousDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './Y-04.ts';

const withReportChange = (delta: string) =>
  cleanDoc().replace(
    '“三公”经费支出7.40万元，控制在预算以内',
    `“三公”经费支出7.40万元，比上年减少${delta}万元，控制在预算以内`,
  );

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '附件报告与情况说明推出的上年数相同', doc: withReportChange('0.77') },
    { name: '给出上年文件时由 Y-03 核对', doc: withReportChange('0.70'), previous: previousDoc('prev-2020') },
  ],
  invalid: [
    {
      name: '附件报告与情况说明推出的上年“三公”经费不同',
      doc: withReportChange('0.70'),
      errors: [
        {
          messageId: 'differs',
          locations: [{ part: 'narrative', section: '三、资金使用及绩效情况' }, { part: 'narrative' }],
          message: /8\.10万元.*8\.17万元/,
        },
      ],
    },
  ],
});
