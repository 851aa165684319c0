import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（正文“机构设置及决算单位构成”扩展目录“机构设置”）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '目录多写“的”“说明”',
      doc: cleanDoc().replace(
        '- 八、政府性基金预算收入支出决算情况',
        '- 八、政府性基金预算收入支出决算情况的说明',
      ),
    },
  ],
  invalid: [
    {
      name: '目录标题与正文同编号标题不同',
      doc: cleanDoc().replace('- 十、关于机关运行经费支出说明', '- 十、关于部门预算执行情况说明'),
      errors: [
        {
          messageId: 'title',
          locations: [
            { part: 'meta', line: 36 },
            { part: 'narrative', section: '十、关于机关运行经费支出说明' },
          ],
        },
      ],
    },
    {
      name: '目录中两节编号互换',
      doc: cleanDoc('base-2023').replace(
        '十一、关于政府采购支出说明\n\n十二、关于国有资产占用情况说明',
        '十一、关于国有资产占用情况说明\n\n十二、关于政府采购支出说明',
      ),
      errors: [
        { messageId: 'number', locations: [{ line: 56 }, { section: '十二、关于国有资产占用情况说明' }] },
        { messageId: 'number', locations: [{ line: 58 }, { section: '十一、关于政府采购支出说明' }] },
      ],
    },
    {
      name: '正文标题未列入目录',
      doc: cleanDoc().dropLines((l) => l === '- 十五、其他重要事项情况说明'),
      errors: [
        {
          messageId: 'notInToc',
          severity: 'warning',
          locations: [{ section: '十五、其他重要事项情况说明' }],
        },
      ],
    },
  ],
});
