import { cleanDoc, nationalDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-16.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '11节模板（中央/上海）：01表“使用非财政拨款结余”无数时可不解释',
      doc: nationalDoc().dropLines((l) => /^[一二三四五六七八九十]+、使用非财政拨款结余/.test(l)),
    },
  ],
  invalid: [
    {
      name: '缺少基本支出与项目支出',
      doc: cleanDoc().dropLines((l) => l.startsWith('十一、基本支出：') || l.startsWith('十二、项目支出：')),
      errors: [
        {
          messageId: 'missing',
          severity: 'warning',
          message: /“基本支出”“项目支出”/,
          locations: [{ section: '第四部分 名词解释' }],
        },
      ],
    },
    {
      name: '01表有年末结转和结余，名词解释未解释',
      doc: cleanDoc().dropLines((l) => l.startsWith('十、年末结转和结余：')),
      errors: [
        {
          messageId: 'missing',
          message: /年末结转和结余.*01表/,
          locations: [{ part: 'narrative' }, { table: '01' }],
        },
      ],
    },
    {
      name: '仍用旧术语“用事业基金弥补收支差额”',
      doc: cleanDoc().replace('七、使用非财政拨款结余：', '七、用事业基金弥补收支差额：'),
      errors: [{ messageId: 'obsolete', severity: 'note', locations: [{ line: 499 }] }],
    },
  ],
});
