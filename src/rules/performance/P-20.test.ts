import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-20.ts';

const dept = '部门名称\t青山县农业农村局';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档', doc: cleanDoc() },
    { name: '部门名称写简称（县农业农村局）', doc: cleanDoc().replace(dept, '部门名称\t县农业农村局') },
  ],
  invalid: [
    {
      name: '自评表标题年度与文档年度不同',
      doc: cleanDoc().replace('附件 1\n\n2021年度', '附件 1\n\n2020年度'),
      errors: [
        {
          messageId: 'year',
          message: /部门整体支出绩效自评表 标题年度 2020 年与文档年度 2021 年不同/,
          locations: [{ part: 'perf' }],
        },
      ],
    },
    {
      name: '部门名称是别的部门',
      doc: cleanDoc().replace(dept, '部门名称\t青山县林业局'),
      errors: [
        { messageId: 'department', message: /部门名称“青山县林业局”与文档部门“青山县农业农村局”不符/ },
      ],
    },
  ],
});
