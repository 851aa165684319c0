import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-19.ts';

const FOOTNOTE_END = '决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。';
const STATEMENT = `${FOOTNOTE_END}\n说明：本单位本年度无“三公”经费支出，故本表无数据。`;
const DATA_ROW = '8.20\t\t5.00\t\t5.00\t3.20\t7.40\t\t4.56\t\t4.56\t2.84';
const ZERO_ROW = '0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '全为 0 并注明无数据',
      doc: cleanDoc().replace(DATA_ROW, ZERO_ROW).replace(FOOTNOTE_END, STATEMENT),
    },
    {
      name: '注明无数据且不印数据行',
      doc: cleanDoc()
        .dropLines((l) => l === DATA_ROW)
        .replace(FOOTNOTE_END, STATEMENT),
    },
  ],
  invalid: [
    {
      name: '注明无数据却列有数字',
      doc: cleanDoc().replace(FOOTNOTE_END, STATEMENT),
      errors: [
        {
          messageId: 'statementWithFigures',
          message: /预算数·合计 8\.20、决算数·合计 7\.40/,
          locations: [{ table: '07', column: '预算数·合计' }, { table: '07' }],
        },
      ],
    },
  ],
});
