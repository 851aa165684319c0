import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-22.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '栏次缺号',
      doc: cleanDoc().replace('栏次\t\t1\t2\t3\t4\t5\t6\t7', '栏次\t\t1\t2\t3\t4\t5\t6\t8'),
      errors: [{ messageId: 'gap', severity: 'note', locations: [{ table: '02' }] }],
    },
  ],
});
