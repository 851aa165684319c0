import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '财政拨款总计引用了01表总计',
      doc: cleanDoc().replace('财政拨款收、支总计449.24万元', '财政拨款收、支总计450.50万元'),
      errors: [{ messageId: 'quote', locations: [{ part: 'narrative' }, { table: '04' }] }],
    },
  ],
});
