import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-16.ts';

/** base-2021 without 项目支出 in 05表: all 三公 spending must sit in 06表. */
const basicOnly = () => cleanDoc().setCell('general-budget-expenditure', '合计', 'project', '');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，有项目支出，不适用）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，有项目支出和基金支出，不适用）', doc: cleanDoc('base-2023') },
    { name: '无项目支出且各项相等', doc: basicOnly() },
  ],
  invalid: [
    {
      name: '无项目支出时“三公”接待费大于06表公务接待费',
      doc: basicOnly().setCell('three-public', '', 'actual.reception', '3.00'),
      errors: [
        { messageId: 'short', locations: [{ table: '07' }, { table: '06', row: '30217 公务接待费' }] },
      ],
    },
  ],
});
