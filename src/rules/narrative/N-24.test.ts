import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-24.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '与年初预算比较',
      doc: cleanDoc().replace(
        '机关运行经费支出63.71万元，比上年决算数减少2.64万元',
        '机关运行经费支出63.71万元，比年初预算数减少2.64万元',
      ),
      errors: [
        {
          messageId: 'base',
          severity: 'warning',
          locations: [{ part: 'narrative', section: '十、关于机关运行经费支出说明' }],
        },
      ],
    },
  ],
});
