import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-04.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '年末结转和结余录错',
      doc: cleanDoc().setCell(
        'income-expenditure-summary',
        '年末结转和结余',
        'amount',
        '11.21',
        'expenditure',
      ),
      errors: [{ messageId: 'mismatch', locations: [{ table: '01', row: '支出·总计' }] }],
    },
  ],
});
