import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '款级数字录错',
      doc: cleanDoc().setCell('general-budget-expenditure', '21301', 'project', '133.97'),
      errors: [
        // 213 ≠ Σ款 follows from the same wrong 款 figure and is folded into this finding
        { messageId: 'mismatch', locations: [{ table: '05', row: '21301 农业农村' }] },
      ],
    },
  ],
});
