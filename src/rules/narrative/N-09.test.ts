import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-09.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '占比分母用错',
      doc: cleanDoc().replace('占本年支出合计的99.80%', '占本年支出合计的97.53%'),
      errors: [{ messageId: 'share' }],
    },
  ],
});
