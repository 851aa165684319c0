import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-21.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '同列有的省略末尾 0',
      doc: cleanDoc().setCell('expenditure', '2130102', 'project', '36.5'),
      errors: [
        {
          messageId: 'decimals',
          message: /03表.*项目支出（两位小数如“132\.97”，1位小数如“36\.5”）/,
          locations: [{ table: '03' }, { table: '03', row: '2130102 一般行政管理事务' }],
        },
      ],
    },
  ],
});
