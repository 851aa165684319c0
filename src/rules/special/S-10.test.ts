import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-10.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序：行政单位，机关运行经费等于公用经费）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '部门含事业单位，机关运行经费小于公用经费',
      doc: cleanDoc()
        .replace('机关运行经费支出63.71万元', '机关运行经费支出60.25万元')
        .replace(
          '部门决算汇总公开单位构成包括：青山县农业农村局本级。',
          '部门决算汇总公开单位构成包括：青山县农业农村局本级、青山县农业技术推广中心（公益一类事业单位）。',
        ),
    },
  ],
  invalid: [
    {
      name: '机关运行经费大于06表公用经费合计',
      doc: cleanDoc().replace('机关运行经费支出63.71万元', '机关运行经费支出68.27万元'),
      errors: [
        {
          messageId: 'exceeds',
          severity: 'error',
          locations: [
            { part: 'narrative', section: '十、关于机关运行经费支出说明' },
            { table: '06', row: '公用经费合计' },
          ],
        },
      ],
    },
    {
      name: '新表序：把基本支出当作机关运行经费',
      doc: cleanDoc('base-2023').replace('机关运行经费支出45.41万元', '机关运行经费支出201.63万元'),
      errors: [
        { messageId: 'exceeds', locations: [{ part: 'narrative' }, { table: '06', row: '公用经费合计' }] },
      ],
    },
    {
      name: '06表公用经费合计漏填',
      doc: cleanDoc().setCell('general-budget-basic-expenditure', '公用经费合计', 'amount', ''),
      errors: [
        {
          messageId: 'noPublic',
          severity: 'error',
          locations: [{ part: 'narrative' }, { table: '06', row: '公用经费合计' }],
        },
      ],
    },
    {
      name: '行政单位的机关运行经费小于公用经费（提示）',
      doc: cleanDoc().replace('机关运行经费支出63.71万元', '机关运行经费支出60.25万元'),
      errors: [
        {
          messageId: 'differs',
          severity: 'note',
          locations: [{ part: 'narrative' }, { table: '06', row: '公用经费合计' }],
        },
      ],
    },
  ],
});
