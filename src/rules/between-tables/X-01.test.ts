import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '02表合计以不同小数位数印同一数', doc: cleanDoc().setCell('income', '合计', 'total', '432.1') },
  ],
  invalid: [
    {
      name: '02表合计录错',
      doc: cleanDoc().setCell('income', '合计', 'total', '432.20'),
      errors: [
        {
          messageId: 'copy',
          severity: 'error',
          locations: [
            { table: '01', row: '收入·本年收入合计' },
            { table: '02', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '02表合计少印小数、仅舍入后相同：警告',
      doc: cleanDoc().setCell('income', '合计', 'total', '432'),
      errors: [{ messageId: 'copy', severity: 'warning', locations: [{ table: '01' }, { table: '02' }] }],
    },
  ],
});
