import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-12.ts';

const item3 = '3、卫生健康（类）行政事业单位医疗（款）行政单位医疗（项）';

ruleTester.run(rule, {
  valid: [
    {
      name: '项名写错（K-04 的问题），按款和金额认定已说明',
      doc: cleanDoc().replace('（款）行政单位医疗（项）', '（款）机关医疗保障（项）'),
    },
    {
      name: '款名写错（K-04 的问题），项仍算已说明',
      doc: cleanDoc().replace('3、卫生健康（类）行政事业单位医疗（款）', '3、卫生健康（类）医疗保障（款）'),
    },
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '漏说明一个项级科目',
      doc: cleanDoc().dropLines((l) => l === item3 || l.startsWith('年初预算为14.60万元')),
      errors: [
        {
          messageId: 'missingItem',
          locations: [{ part: 'narrative' }, { table: '05', row: '2101101 行政单位医疗' }],
        },
        { messageId: 'numbering', severity: 'note' },
      ],
    },
    {
      name: '项的决算数与05表不符',
      doc: cleanDoc().replace(
        '年初预算为14.60万元，支出决算为14.27万元',
        '年初预算为14.60万元，支出决算为14.72万元',
      ),
      errors: [
        {
          messageId: 'quote',
          locations: [{ part: 'narrative' }, { table: '05', row: '2101101 行政单位医疗' }],
        },
      ],
    },
  ],
});
