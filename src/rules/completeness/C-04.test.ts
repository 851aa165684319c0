import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-04.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（两张空表均有说明）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '说明并入表注',
      doc: cleanDoc()
        .dropLines((l) => l.startsWith('说明：青山县农业农村局没有政府性基金收入'))
        .replace(
          '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
          '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。我单位没有使用该支出，故本表无数据。',
        ),
    },
  ],
  invalid: [
    {
      name: '空的政府性基金表没有无数据说明',
      doc: cleanDoc().dropLines((l) => l.startsWith('说明：青山县农业农村局没有政府性基金收入')),
      errors: [
        { messageId: 'noStatement', locations: [{ part: 'table', table: '08', line: 323 }, { table: '08' }] },
      ],
    },
    {
      name: '新表序空的国资表没有说明',
      doc: cleanDoc('base-2023').dropLines((l) => l.startsWith('说明：青山县林业局没有使用国有资本经营预算')),
      errors: [{ messageId: 'noStatement', locations: [{ table: '08' }] }],
    },
  ],
});
