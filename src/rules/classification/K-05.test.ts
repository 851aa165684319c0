import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（26行类）', doc: cleanDoc() },
    { name: '干净基准文档（只印有数的类，重排序号）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '01表2021年仍印“文化体育与传媒支出”',
      doc: cleanDoc().replace('七、文化旅游体育与传媒支出', '七、文化体育与传媒支出'),
      errors: [
        {
          messageId: 'former',
          severity: 'error',
          message: /01表 支出方“文化体育与传媒支出”为旧称，2021年该类（207）名称为“文化旅游体育与传媒支出”/,
          locations: [{ table: '01', row: '支出·七、文化体育与传媒支出' }],
        },
      ],
    },
    {
      name: '01、04表类名称中插入了字',
      doc: cleanDoc().replace(/十二、农林水支出/g, '十二、农林水利支出'),
      errors: [
        { messageId: 'notClass', locations: [{ table: '01', row: '支出·十二、农林水利支出' }] },
        { messageId: 'notClass', locations: [{ table: '04', row: '支出·十二、农林水利支出' }] },
      ],
    },
    {
      name: '类名称被单元格截断：提示',
      doc: cleanDoc().replace('十四、资源勘探工业信息等支出', '十四、资源勘探工业信息'),
      errors: [{ messageId: 'truncated', severity: 'note', locations: [{ table: '01' }] }],
    },
    {
      name: '未识别报告年度：降为提示',
      doc: cleanDoc()
        .replace(/2021年度/g, '本年度')
        .replace(/2021年/g, '本年')
        .replace(/2020年/g, '上年')
        .replace('十二、农林水支出', '十二、农林水利支出'),
      errors: [{ messageId: 'notClass', severity: 'note', message: /未识别报告年度/ }],
    },
  ],
});
