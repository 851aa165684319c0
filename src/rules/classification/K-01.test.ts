import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-01.ts';

/** A document whose report year cannot be recognised (no "2021年" anywhere). */
const withoutYear = () =>
  cleanDoc()
    .replace(/2021年度/g, '本年度')
    .replace(/2021年/g, '本年')
    .replace(/2020年/g, '上年');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（2021，旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（2023，新表序，含基金科目）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '三张表都印了不存在的类编码（一个问题只报一次）',
      doc: cleanDoc().replace(/^213\t/gm, '299\t'),
      errors: [
        {
          messageId: 'unknown',
          severity: 'error',
          message: /02表、03表、05表 功能分类编码 299（农林水支出）不在2021年支出功能分类科目中/,
          locations: [{ table: '02' }, { table: '03' }, { table: '05' }],
        },
      ],
    },
    {
      name: '科目表未收录的项编码：提示核实（内置科目表不全，不作错误）',
      doc: cleanDoc().replace(/^2130101\t/gm, '2139901\t'),
      errors: [
        {
          messageId: 'unlisted',
          severity: 'note',
          message: /02表、03表、05表 功能分类编码 2139901（行政运行）未收录在本工具的科目表中/,
          locations: [
            { table: '02', row: '2139901 行政运行' },
            { table: '03', row: '2139901 行政运行' },
            { table: '05', row: '2139901 行政运行' },
          ],
        },
      ],
    },
    {
      name: '2023年决算用了2024年才设立的款（信访事务）',
      doc: cleanDoc('base-2023').replace(/^2130201\t/gm, '2014001\t'),
      errors: [
        {
          messageId: 'notInYear',
          message: /2014001.*不是2023年有效科目（该编码2024年起设立）/,
          locations: [{ table: '02', row: '2014001 行政运行' }, { table: '03' }, { table: '05' }],
        },
      ],
    },
    {
      name: '未识别报告年度：降为提示并说明',
      doc: withoutYear().replace(/^213\t/m, '299\t'),
      errors: [{ messageId: 'unknown', severity: 'note', message: /未识别报告年度/ }],
    },
  ],
});
