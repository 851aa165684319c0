import { cleanDoc, type DocBuilder } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-07.ts';

/** Keep only the 合计 row of the 05 table. */
function t05OnlyTotal(b: DocBuilder): DocBuilder {
  const lines = b.text.split('\n');
  const start = lines.indexOf('一般公共预算财政拨款支出决算表');
  const end = lines.findIndex((l, i) => i > start && l.startsWith('注：'));
  return b.dropLines((l, i) => i > start && i < end && /^\d{3,7}\t/.test(l));
}

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '05表只有合计行时无法对照（I-19 报告）',
      doc: t05OnlyTotal(cleanDoc()),
    },
  ],
  invalid: [
    {
      name: '06表有职业年金缴费，05表漏列 2080506',
      doc: cleanDoc().replace(/^2080506\t机关事业单位职业年金缴费支出\t12\.81\t12\.81\t\n/m, ''),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message:
            /06表 30109 职业年金缴费 决算数 12.81，但05表未列有金额的 2080506 机关事业单位职业年金缴费支出/,
          locations: [{ table: '06', row: '30109 职业年金缴费' }, { table: '05' }],
        },
      ],
    },
    {
      name: '住房公积金列到 210 卫生健康支出下',
      doc: cleanDoc().replace(
        /^2210201\t住房公积金\t19\.24\t19\.24\t$/m,
        '2101199\t其他行政事业单位医疗支出\t19.24\t19.24\t',
      ),
      errors: [{ messageId: 'missing', message: /30113 住房公积金.*2210201 住房公积金/ }],
    },
  ],
});
