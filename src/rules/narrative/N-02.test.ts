import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-02.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '增长率算错',
      doc: cleanDoc().replace('各增加32.23万元，增长7.71%', '各增加32.23万元，增长8.71%'),
      errors: [
        { messageId: 'rate', locations: [{ part: 'narrative', section: '一、收入支出决算总体情况说明' }] },
      ],
    },
  ],
});
