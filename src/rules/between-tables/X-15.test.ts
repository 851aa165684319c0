import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-15.ts';

const FOOTNOTE_END = '决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，接待费含项目支出部分）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '06表公务接待费超过“三公”决算接待费',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '30217', 'amount', '2.94'),
      errors: [
        { messageId: 'exceeds', locations: [{ table: '06', row: '30217 公务接待费' }, { table: '07' }] },
      ],
    },
    {
      name: '06表公务用车运行维护费超过“三公”决算数（新表序）',
      doc: cleanDoc('base-2023').setCell('general-budget-basic-expenditure', '30231', 'amount', '5.50'),
      errors: [
        {
          messageId: 'exceeds',
          locations: [{ table: '06', row: '30231 公务用车运行维护费' }, { table: '09' }],
        },
      ],
    },
    {
      name: '“三公”表注明无数据，06表却有接待费和车运行费',
      doc: cleanDoc()
        .dropLines((l) => l.startsWith('8.20\t'))
        .replace(FOOTNOTE_END, `${FOOTNOTE_END}\n说明：本单位本年度无“三公”经费支出，故本表无数据。`),
      errors: [
        {
          messageId: 'declaredEmpty',
          locations: [{ table: '06', row: '30217 公务接待费' }, { table: '07' }],
        },
        {
          messageId: 'declaredEmpty',
          locations: [{ table: '06', row: '30231 公务用车运行维护费' }, { table: '07' }],
        },
      ],
    },
  ],
});
