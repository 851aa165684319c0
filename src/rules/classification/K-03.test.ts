import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，含基金表科目）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '02表漏列款 21011，项 2101101 无上级',
      doc: cleanDoc().replace(/^21011\t[^\n]*\n/m, ''),
      errors: [
        {
          messageId: 'orphan',
          severity: 'error',
          message: /上方未列其所属款 21011/,
          locations: [{ table: '02', row: '2101101 行政单位医疗' }],
        },
      ],
    },
    {
      name: '05表把医疗的项列在住房改革支出款下',
      doc: cleanDoc().replace(/^2210201(\t住房公积金\t19\.24\t19\.24\t)$/m, '2101102$1'),
      errors: [
        {
          messageId: 'misplaced',
          message: /列在 22102 住房改革支出 之下，但其编码属于款 21011/,
          locations: [
            { table: '05', row: '2101102 住房公积金' },
            { table: '05', row: '22102 住房改革支出' },
          ],
        },
      ],
    },
    {
      name: '05表同一款下的项倒序',
      doc: cleanDoc().replace(
        '2130102\t一般行政管理事务\t36.50\t\t36.50\n2130199\t其他农业农村支出\t96.47\t\t96.47',
        '2130199\t其他农业农村支出\t96.47\t\t96.47\n2130102\t一般行政管理事务\t36.50\t\t36.50',
      ),
      errors: [
        {
          messageId: 'order',
          severity: 'warning',
          locations: [{ table: '05', row: '2130102 一般行政管理事务' }],
        },
      ],
    },
    {
      name: '05表重复列示同一项',
      doc: cleanDoc().replace(
        '2130102\t一般行政管理事务\t36.50\t\t36.50\n',
        '2130102\t一般行政管理事务\t36.50\t\t36.50\n2130102\t一般行政管理事务\t36.50\t\t36.50\n',
      ),
      errors: [{ messageId: 'duplicate', severity: 'warning', locations: [{ table: '05' }] }],
    },
  ],
});
