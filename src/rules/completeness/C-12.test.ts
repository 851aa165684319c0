import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-12.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '决算单位构成中使用简称',
      doc: cleanDoc().replace(
        '（二）决算单位构成。青山县农业农村局2021年',
        '（二）决算单位构成。县农业农村局2021年',
      ),
    },
  ],
  invalid: [
    {
      name: '两张表表头与决算单位构成写成其他单位',
      doc: cleanDoc()
        .replace('公开 03 表\n\n部门：青山县农业农村局', '公开 03 表\n\n部门：青山县林业局')
        .replace('公开 04 表\n\n部门：青山县农业农村局', '公开 04 表\n\n部门：青山县林业局')
        .replace('（二）决算单位构成。青山县农业农村局2021年', '（二）决算单位构成。青山县林业局2021年'),
      errors: [
        {
          messageId: 'mismatch',
          message: /概况“决算单位构成”、03表表头、04表表头写作“青山县林业局”/,
          locations: [
            { part: 'narrative', line: 77 },
            { table: '03', line: 163 },
            { table: '04', line: 193 },
          ],
        },
      ],
    },
    {
      name: '表头使用简称',
      doc: cleanDoc('base-2023').replace('公开09表\n\n部门：青山县林业局', '公开09表\n\n部门：县林业局'),
      errors: [{ messageId: 'mismatch', locations: [{ table: '09' }] }],
    },
  ],
});
