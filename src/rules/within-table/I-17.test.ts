import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-17.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '新表序带政府性基金', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '年末结转录错',
      doc: cleanDoc('base-2023').setCell('government-fund', '合计', 'closing', '6.90'),
      errors: [
        { messageId: 'mismatch', locations: [{ table: '07', row: '合计', column: '年末结转和结余' }] },
      ],
    },
  ],
});
