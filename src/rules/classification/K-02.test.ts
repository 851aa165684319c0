import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-02.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（2021，旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（2023，39909/39910 拆分后的赠与）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '02表把住房公积金印成住房补贴',
      doc: cleanDoc().replace('2210201\t住房公积金', '2210201\t住房补贴'),
      errors: [
        {
          messageId: 'mismatch',
          severity: 'error',
          message: /02表 2210201 科目名称“住房补贴”与2021年支出功能分类科目名称“住房公积金”不符/,
          locations: [{ table: '02', row: '2210201 住房补贴' }],
        },
      ],
    },
    {
      name: '06表名称因单元格宽度被截断：只作提示',
      doc: cleanDoc().replace('39908\t对民间非营利组织和群众性自治组织补贴', '39908\t对民间非营利组织和群众'),
      errors: [
        {
          messageId: 'truncated',
          severity: 'note',
          locations: [{ table: '06', row: '39908 对民间非营利组织和群众' }],
        },
      ],
    },
    {
      name: '2021年仍用已更名的旧类名“医疗卫生与计划生育支出”',
      doc: cleanDoc().replace(/^210\t卫生健康支出/gm, '210\t医疗卫生与计划生育支出'),
      errors: [
        {
          messageId: 'former',
          severity: 'error',
          locations: [{ table: '02', row: '210 医疗卫生与计划生育支出' }, { table: '03' }, { table: '05' }],
        },
      ],
    },
    {
      name: '款名称少了“支出”二字：提示',
      doc: cleanDoc().replace(/^20805\t行政事业单位养老支出/gm, '20805\t行政事业单位养老'),
      errors: [{ messageId: 'suffix', severity: 'note' }],
    },
    {
      name: '06表经济分类名称录错',
      doc: cleanDoc().replace('30113\t住房公积金', '30113\t住房补贴'),
      errors: [
        {
          messageId: 'mismatch',
          message: /部门预算支出经济分类科目名称“住房公积金”/,
          locations: [{ table: '06', row: '30113 住房补贴' }],
        },
      ],
    },
    {
      name: '未识别报告年度：名称不符降为提示',
      doc: cleanDoc()
        .replace(/2021年度/g, '本年度')
        .replace(/2021年/g, '本年')
        .replace(/2020年/g, '上年')
        .replace('2210201\t住房公积金', '2210201\t住房补贴'),
      errors: [{ messageId: 'mismatch', severity: 'note', message: /未识别报告年度/ }],
    },
  ],
});
