import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-02.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '缺少国有资本经营预算财政拨款支出决算表',
      doc: cleanDoc('base-2023').replace(
        /国有资本经营预算财政拨款支出决算表\n\n公开08表[\s\S]*?故本表无数据。\n/,
        '',
      ),
      errors: [
        {
          messageId: 'missing',
          message: /国有资本经营.*公开08表/,
          locations: [{ part: 'table', table: '08' }],
        },
      ],
    },
    {
      name: '05表误用收入决算表表名：收入决算表重复、05表缺失',
      doc: cleanDoc().replace('一般公共预算财政拨款支出决算表\n\n公开 05 表', '收入决算表\n\n公开 05 表'),
      errors: [
        { messageId: 'missing', message: /一般公共预算财政拨款支出决算表/ },
        { messageId: 'duplicate', locations: [{ table: '02' }, { table: '05' }] },
      ],
    },
    {
      name: '表名无法识别',
      doc: cleanDoc().replace('支出决算表\n\n公开 03 表', '支出决算汇总情况\n\n公开 03 表'),
      errors: [
        { messageId: 'unknownTitle', message: /支出决算汇总情况/, locations: [{ part: 'table', line: 161 }] },
      ],
    },
  ],
});
