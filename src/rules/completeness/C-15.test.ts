import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-15.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（列有决算单位构成）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '部门决算概况未说明决算单位构成',
      doc: cleanDoc()
        .replace('二、机构设置及决算单位构成', '二、机构设置')
        .dropLines((l) => l.startsWith('（二）决算单位构成。')),
      errors: [{ messageId: 'noUnits', severity: 'note', locations: [{ part: 'narrative', line: 47 }] }],
    },
    {
      name: '单位决算自称部门决算',
      doc: cleanDoc().replace('部门决算**', '单位决算**'),
      errors: [{ messageId: 'unitCalledDepartment', message: /处自称/ }],
    },
  ],
});
