import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-20.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '占比之和不为100%',
      doc: cleanDoc()
        .replace('农林水支出367.45万元，占83.63%', '农林水支出367.45万元，占83.36%')
        .replace('住房保障支出19.24万元，占4.38%', '住房保障支出19.24万元，占4.83%'),
      errors: [{ messageId: 'sum', severity: 'warning' }],
    },
  ],
});
