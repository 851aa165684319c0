import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-11.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '总的年初预算与各项之和不符',
      doc: cleanDoc()
        .replace('年初预算数为400.44万元', '年初预算数为410.44万元')
        .replace('完成年初预算的109.73%', '完成年初预算的107.05%'),
      errors: [{ messageId: 'sum' }],
    },
  ],
});
