import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-11.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '两项之和的尾数差在容差内',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', '63.72'),
    },
    {
      name: '未印人员经费合计、公用经费合计行时按款级科目合计',
      doc: cleanDoc().dropLines((l) => l.startsWith('人员经费合计')),
    },
  ],
  invalid: [
    {
      name: '06表公用经费合计录错',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', '63.81'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [
            { table: '05', row: '合计' },
            { table: '06', row: '人员经费合计' },
            { table: '06', row: '公用经费合计' },
          ],
        },
      ],
    },
    {
      name: '05表基本支出合计录错（新表序）',
      doc: cleanDoc('base-2023').setCell('general-budget-expenditure', '合计', 'basic', '201.73'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [{ table: '05', row: '合计' }, { table: '06' }, { table: '06' }],
        },
      ],
    },
    {
      name: '未印合计行时款级科目之和与05表基本支出不符',
      doc: cleanDoc()
        .dropLines((l) => l.startsWith('人员经费合计'))
        .setCell('general-budget-basic-expenditure', '302', 'amount', '60.18'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [
            { table: '05', row: '合计' },
            { table: '06', row: '301 工资福利支出' },
          ],
        },
      ],
    },
  ],
});
