import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-05.ts';

/** base-2021 without carry-overs: 01 年初/年末 blank and 02 rewritten to equal 03 on every row. */
const balanced = () =>
  cleanDoc()
    .setCell('income-expenditure-summary', '年初结转和结余', 'amount', '', 'income')
    .setCell('income-expenditure-summary', '年末结转和结余', 'amount', '', 'expenditure')
    .setCell('income', '合计', 'total', '440.29')
    .setCell('income', '213', 'total', '368.35')
    .setCell('income', '21301', 'total', '368.35')
    .setCell('income', '2130101', 'total', '235.38')
    .setCell('income', '2130102', 'total', '36.50')
    .setCell('income', '2130199', 'total', '96.47');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（有年初、年末结转结余，不适用）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，不适用）', doc: cleanDoc('base-2023') },
    { name: '无结转结余且两表逐行一致', doc: balanced() },
  ],
  invalid: [
    {
      name: '一个项级科目收支不等：只报该项，不再报其款、类和合计',
      doc: balanced().setCell('expenditure', '2130199', 'total', '96.57'),
      errors: [
        {
          messageId: 'copy',
          severity: 'warning',
          locations: [
            { table: '02', row: '2130199 其他农业农村支出' },
            { table: '03', row: '2130199 其他农业农村支出' },
          ],
        },
      ],
    },
    {
      name: '两表科目不同',
      doc: balanced().replace('2130199\t其他农业农村支出\t96.47', '2130106\t其他农业农村支出\t96.47'),
      errors: [
        {
          messageId: 'absent',
          locations: [{ table: '02', row: '2130106 其他农业农村支出' }, { table: '03' }],
        },
        {
          messageId: 'absent',
          locations: [{ table: '03', row: '2130199 其他农业农村支出' }, { table: '02' }],
        },
      ],
    },
  ],
});
