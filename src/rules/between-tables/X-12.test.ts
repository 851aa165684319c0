import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-12.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，03表含其他收入安排的支出）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，03表含政府性基金支出）', doc: cleanDoc('base-2023') },
    {
      name: '03表有对附属单位补助支出时只比较合计栏',
      doc: cleanDoc()
        .setCell('expenditure', '合计', 'affiliateSubsidy', '1.00')
        .setCell('general-budget-expenditure', '2130101', 'basic', '235.48'),
    },
  ],
  invalid: [
    {
      name: '05表项级基本支出超过03表',
      doc: cleanDoc().setCell('general-budget-expenditure', '2130101', 'basic', '235.48'),
      errors: [
        {
          messageId: 'exceeds',
          locations: [
            { table: '05', row: '2130101 行政运行' },
            { table: '03', row: '2130101 行政运行' },
          ],
        },
      ],
    },
    {
      name: '05表合计项目支出超过03表',
      doc: cleanDoc().setCell('general-budget-expenditure', '合计', 'project', '133.00'),
      errors: [
        {
          messageId: 'exceeds',
          locations: [
            { table: '05', row: '合计' },
            { table: '03', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '05表科目在03表中没有列示',
      doc: cleanDoc().replace(
        '2130199\t其他农业农村支出\t96.47\t\t96.47\n',
        '2130106\t其他农业农村支出\t96.47\t\t96.47\n',
      ),
      errors: [
        {
          messageId: 'absent',
          locations: [{ table: '05', row: '2130106 其他农业农村支出' }, { table: '03' }],
        },
      ],
    },
  ],
});
