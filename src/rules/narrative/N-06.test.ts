import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '来源金额抄错',
      doc: cleanDoc().replace('财政拨款收入430.84万元，占99.71%', '财政拨款收入430.48万元，占99.71%'),
      errors: [{ messageId: 'quote', locations: [{ part: 'narrative' }, { table: '02', row: '合计' }] }],
    },
    {
      name: '占比算错',
      doc: cleanDoc().replace('其他收入1.26万元，占0.29%', '其他收入1.26万元，占0.92%'),
      errors: [{ messageId: 'share' }],
    },
  ],
});
