import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '方向词矛盾',
      doc: cleanDoc().replace('各增加32.23万元，增长7.71%', '各增加32.23万元，下降7.71%'),
      errors: [{ messageId: 'contradict' }],
    },
    {
      name: '变动为0仍写增加',
      doc: cleanDoc().replace('各增加32.23万元，增长7.71%', '各增加0万元，增长0%'),
      errors: [{ messageId: 'zero', severity: 'note' }],
    },
  ],
});
