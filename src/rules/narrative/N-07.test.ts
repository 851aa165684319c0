import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-07.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '基本支出抄错',
      doc: cleanDoc().replace('基本支出307.32万元，占69.80%', '基本支出306.42万元，占69.80%'),
      errors: [{ messageId: 'quote', locations: [{ part: 'narrative' }, { table: '03', row: '合计' }] }],
    },
  ],
});
