import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-19.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '人员经费与公用经费之和在尾数容差内',
      doc: cleanDoc().replace('其中：人员经费242.71万元', '其中：人员经费242.72万元'),
    },
    {
      name: '括注中的明细之和等于总数',
      doc: cleanDoc().replace(
        '其中：人员经费242.71万元',
        '其中：人员经费242.71万元（含基本工资78.36万元，津贴补贴62.48万元）',
      ),
    },
  ],
  invalid: [
    {
      name: '“其中”各项之和超过总数',
      doc: cleanDoc().replace('基本支出306.42万元，其中', '基本支出296.42万元，其中'),
      errors: [
        {
          messageId: 'exceeds',
          locations: [{ part: 'narrative' }, { part: 'narrative' }, { part: 'narrative' }],
        },
      ],
    },
    {
      name: '人员经费与公用经费之和不等于基本支出',
      doc: cleanDoc().replace('基本支出306.42万元，其中', '基本支出316.42万元，其中'),
      errors: [{ messageId: 'notEqual', message: /306\.42/ }],
    },
    {
      name: '“主要包括”所列明细超过人员经费',
      doc: cleanDoc().replace('基本工资78.36万元', '基本工资178.36万元'),
      errors: [{ messageId: 'exceeds', message: /“主要包括”所列 基本工资178\.36/ }],
    },
  ],
});
