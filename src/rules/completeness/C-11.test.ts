import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-11.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“金额单位：万元”也算注明单位',
      doc: cleanDoc().replace(
        '公开 03 表\n\n部门：青山县农业农村局\n\n单位：万元',
        '公开 03 表\n\n部门：青山县农业农村局\n\n金额单位：万元',
      ),
    },
  ],
  invalid: [
    {
      name: '03表、05表“部门：”空白',
      doc: cleanDoc()
        .replace('公开 03 表\n\n部门：青山县农业农村局', '公开 03 表\n\n部门：')
        .replace('公开 05 表\n\n部门：青山县农业农村局', '公开 05 表\n\n部门：'),
      errors: [
        {
          messageId: 'blankDepartment',
          severity: 'error',
          message: /^03表、05表 /,
          locations: [
            { part: 'table', table: '03', line: 163 },
            { part: 'table', table: '05', line: 239 },
          ],
        },
      ],
    },
    {
      name: '09表缺少金额单位',
      doc: cleanDoc('base-2023').replace(
        '公开09表\n\n部门：青山县林业局\n\n单位：万元',
        '公开09表\n\n部门：青山县林业局',
      ),
      errors: [{ messageId: 'noUnit', severity: 'warning', locations: [{ table: '09' }] }],
    },
    {
      name: '封面没有年度',
      doc: cleanDoc().replace('**2021年度\n青山县农业农村局', '**青山县农业农村局'),
      errors: [{ messageId: 'coverYear', severity: 'warning', locations: [{ part: 'meta' }] }],
    },
  ],
});
