import { cleanDoc, previousDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './Y-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '没有上年文件时不检查', doc: cleanDoc() },
    { name: '与上年文件衔接', doc: cleanDoc(), previous: previousDoc('prev-2020') },
    { name: '新表序：与上年基金表衔接', doc: cleanDoc('base-2023'), previous: previousDoc('prev-2022-fund') },
  ],
  invalid: [
    {
      name: '部门名称与上年不同',
      doc: cleanDoc(),
      previous: previousDoc('prev-2020').replace(
        '2020年度青山县农业农村局部门决算',
        '2020年度青山县农业局部门决算',
      ),
      errors: [{ messageId: 'name', severity: 'note' }],
    },
  ],
});
