import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，15节）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，13节）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '目录列有名词解释，正文缺少该部分',
      doc: cleanDoc().replace(/第四部分\n\n名词解释[\s\S]*?(?=第五部分)/, ''),
      errors: [
        { messageId: 'missing', locations: [{ part: 'meta', line: 43, excerpt: '第四部分名词解释' }] },
      ],
    },
    {
      name: '附件排在名词解释之前',
      doc: cleanDoc('base-2023')
        .replace('第四部分\n\n名词解释', '第四部分\n\n附件')
        .replace('第五部分\n\n附 件', '第五部分\n\n名词解释'),
      errors: [{ messageId: 'order', locations: [{ part: 'meta' }] }],
    },
  ],
});
