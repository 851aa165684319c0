import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-18.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '新表序带政府性基金', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '科目行年末结转录错',
      doc: cleanDoc('base-2023').setCell('government-fund', '2120899', 'closing', '7.80'),
      errors: [
        {
          messageId: 'mismatch',
          severity: 'warning',
          locations: [{ table: '07', row: '2120899 其他国有土地使用权出让收入安排的支出' }],
        },
      ],
    },
  ],
});
