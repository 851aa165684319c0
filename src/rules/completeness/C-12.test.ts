import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-12.ts';

ruleTester.run(rule, {
  valid: [
    {
      name: '正文句首“纳入某局2021年度…”含部门全称，不是另一种写法',
      doc: cleanDoc().replace(
        '2021年度收、支总计450.50万元',
        '纳入青山县农业农村局2021年度收、支总计450.50万元',
      ),
    },
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
      name: '标题少了县名（应用全称）',
      doc: cleanDoc().replace(/^部门决算表$/m, '青山农业农村局2021年度部门决算表'),
      errors: [{ messageId: 'mismatch', message: /标题写作“青山农业农村局”/ }],
    },
    {
      name: '正文句首部门名称写成别的字（“与”“和”之误）',
      doc: cleanDoc().replace(
        '2021年度收、支总计450.50万元',
        '青山县农业与农村局2021年度收、支总计450.50万元',
      ),
      errors: [{ messageId: 'mismatch', message: /正文写作“青山县农业与农村局”/ }],
    },
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
