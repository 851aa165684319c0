import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '总计抄错',
      doc: cleanDoc().replace('2021年度收、支总计450.50万元', '2021年度收、支总计450.05万元'),
      errors: [
        {
          messageId: 'quote',
          locations: [{ part: 'narrative', section: '一、收入支出决算总体情况说明' }, { table: '01' }],
        },
      ],
    },
  ],
});
