import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-09.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（含“（含参照公务员法管理的事业单位）”等括注）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“（以下简称…）”“（如：…）”“（一）”不是填写说明',
      doc: cleanDoc()
        .replace(
          '青山县农业农村局是县人民政府工作部门',
          '青山县农业农村局（以下简称农业农村局）是县人民政府工作部门',
        )
        .replace('本单位没有独立网站，', '日常公用经费（如：办公费、印刷费）从严控制，本单位没有独立网站，'),
    },
  ],
  invalid: [
    {
      name: '括注填写说明与表内空表说明后的括注',
      doc: cleanDoc()
        .replace(
          '因公出国（境）费支出预算为0.00万元，支出决算为0.00万元，',
          '因公出国（境）费支出预算为0.00万元，支出决算为0.00万元（如持平作持平表述），',
        )
        .replace('故本表无数据。\n\n国有资本', '故本表无数据。（当表格数据为空时，应有此说明）\n\n国有资本'),
      errors: [
        {
          messageId: 'bracket',
          message: /（当表格数据为空时，应有此说明）/,
          locations: [{ part: 'table', table: '08', line: 337 }],
        },
        {
          messageId: 'bracket',
          message: /（如持平作持平表述）/,
          locations: [{ part: 'narrative', line: 427 }],
        },
      ],
    },
    {
      name: '指示性句子',
      doc: cleanDoc()
        .replace('7、住房保障（类）住房改革支出（款）住房公积金（项）', '按上述格式依次说明到各项级科目。')
        .replace(
          '根据预算绩效管理要求，本局组织对',
          '简要概述预算单位主要职能、机构设置及人员情况等。根据预算绩效管理要求，本局组织对',
        ),
      errors: [
        {
          messageId: 'sentence',
          message: /格式要求“按上述格式依次说明到各项级科目”/,
          locations: [{ part: 'narrative', line: 413 }],
        },
        {
          messageId: 'sentence',
          message: /简要概述/,
          locations: [{ section: '（一）本部门预算绩效管理开展情况', line: 471 }],
        },
      ],
    },
  ],
});
