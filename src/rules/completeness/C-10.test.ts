import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-10.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（部门职责的编号列表不算空小节）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“无。”也是内容',
      doc: cleanDoc().replace(
        '本单位没有独立网站，因此只在青山县人民政府门户网站部门决算公开专栏中公开。',
        '无。',
      ),
    },
  ],
  invalid: [
    {
      name: '一节正文被删空',
      doc: cleanDoc().replace(
        '本单位没有独立网站，因此只在青山县人民政府门户网站部门决算公开专栏中公开。\n',
        '',
      ),
      errors: [
        {
          messageId: 'empty',
          locations: [{ part: 'narrative', section: '十五、其他重要事项情况说明', line: 479 }],
        },
      ],
    },
    {
      name: '小节只有写作说明；另一小节为空',
      doc: cleanDoc()
        .replace(
          /根据预算绩效管理要求，本局组织对[^\n]*\n/,
          '总结归纳本部门（单位）支出的绩效目标完成情况，实现产出和取得效益的情况。\n',
        )
        .replace(/1、农业综合行政执法专项经费。[^\n]*\n\n2、部门整体支出[^\n]*\n/, ''),
      errors: [
        { messageId: 'instructions', locations: [{ section: '（一）本部门预算绩效管理开展情况' }] },
        { messageId: 'empty', locations: [{ section: '（二）绩效目标和绩效评价报告' }] },
      ],
    },
    {
      name: '一节只有小标题',
      doc: cleanDoc().replace(
        /（一）“三公”经费财政拨款支出决算总体情况说明\n\n[\s\S]*?(?=八、政府性基金)/,
        '（一）“三公”经费财政拨款支出决算总体情况说明\n\n（二）“三公”经费财政拨款支出决算具体情况说明\n\n',
      ),
      errors: [
        {
          messageId: 'headingsOnly',
          locations: [{ section: '七、一般公共预算财政拨款三公经费支出决算情况说明' }, {}, {}],
        },
      ],
    },
  ],
});
