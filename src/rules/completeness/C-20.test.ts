import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-20.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（附件含评价报告与两张自评表）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '附件只有文件链接',
      doc: cleanDoc().replace(
        /第五部分\n\n附 件\n[\s\S]*$/,
        '第五部分\n\n附 件\n\n[部门整体支出绩效自评表.xls](#)\n\n[微信图片 20220923101442.jpg](#)\n',
      ),
      errors: [
        { messageId: 'onlyFiles', message: /自评表\.xls/, locations: [{ part: 'narrative', line: 517 }] },
      ],
    },
    {
      name: '列出附件清单但没有自评表',
      doc: cleanDoc().replace(/附件 1\n[\s\S]*$/, ''),
      errors: [{ messageId: 'listedMissing', message: /附件：1、/ }],
    },
  ],
});
