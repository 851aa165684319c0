import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-17.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '占比算错',
      doc: cleanDoc().replace('公务接待费支出决算2.84万元，占38.38%', '公务接待费支出决算2.84万元，占34.63%'),
      errors: [{ messageId: 'share', locations: [{ part: 'narrative' }, { table: '07' }, { table: '07' }] }],
    },
  ],
});
