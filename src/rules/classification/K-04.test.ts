import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-04.ts';

const ITEMS = '（三）一般公共预算财政拨款支出决算具体情况';
const STRUCTURE = '（二）一般公共预算财政拨款支出决算结构情况';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，【基金】也有项级路径）', doc: cleanDoc('base-2023') },
    {
      name: '半角括号、类名称带“支出”',
      doc: cleanDoc().replace(
        '1、社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）',
        '1、社会保障和就业支出(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项)',
      ),
    },
    {
      name: '(二)中的基本支出、项目支出不是类名称，不按类核对',
      doc: cleanDoc().replace(
        '主要用于以下方面：',
        '其中基本支出306.42万元，占69.74%，项目支出132.97万元，占30.26%，主要用于以下方面：',
      ),
    },
    {
      name: '路径前带“年度”等字样',
      doc: cleanDoc().replace('4、农林水（类）', '4、本年度农林水（类）'),
    },
    {
      name: '06表名称截断不算不一致（只比较功能分类各表）',
      doc: cleanDoc().replace('39908\t对民间非营利组织和群众性自治组织补贴', '39908\t对民间非营利组织和群众'),
    },
  ],
  invalid: [
    {
      name: '02表与03/05表同一编码名称不同',
      doc: cleanDoc().replace('2210201\t住房公积金', '2210201\t住房补贴'),
      errors: [
        {
          messageId: 'tableMismatch',
          message: /02表 2210201 科目名称“住房补贴”与03表同一编码的名称“住房公积金”不一致/,
          locations: [
            { table: '02', row: '2210201 住房补贴' },
            { table: '03', row: '2210201 住房公积金' },
          ],
        },
      ],
    },
    {
      name: '(三)类名称插入了字（“农林水利”），按款推定所属类',
      doc: cleanDoc().replace('4、农林水（类）', '4、农林水利（类）'),
      errors: [
        {
          messageId: 'badClass',
          severity: 'error',
          message:
            /“五（三）”第4项 “农林水利（类）”不是2021年支出功能分类的类名称；其款“农业农村”属于类 213 农林水支出/,
          locations: [{ part: 'narrative', section: ITEMS }],
        },
      ],
    },
    {
      name: '(三)款名称不在该类下',
      doc: cleanDoc().replace('5、农林水（类）农业农村（款）', '5、农林水（类）农业（款）'),
      errors: [{ messageId: 'badSection', message: /“农业（款）”不是类 213 农林水支出 下的款名称/ }],
    },
    {
      name: '(三)项名称与科目不符',
      doc: cleanDoc().replace('住房改革支出（款）住房公积金（项）', '住房改革支出（款）住房补贴（项）'),
      errors: [
        { messageId: 'badItem', message: /第7项 “住房补贴（项）”不是款 22102 住房改革支出 下的项名称/ },
      ],
    },
    {
      name: '(三)项名称少了“支出”二字：提示',
      doc: cleanDoc().replace(
        '（款）机关事业单位职业年金缴费支出（项）',
        '（款）机关事业单位职业年金缴费（项）',
      ),
      errors: [{ messageId: 'suffix', severity: 'note' }],
    },
    {
      name: '(二)类名称改动，金额唯一对应05表的类',
      doc: cleanDoc().replace('主要用于以下方面：社会保障和就业支出', '主要用于以下方面：社会保障就业支出'),
      errors: [
        {
          messageId: 'badClassList',
          message:
            /“社会保障就业支出”不是2021年支出功能分类的类名称（05表中金额为 38.43 的类是 208 社会保障和就业支出）/,
          locations: [{ part: 'narrative', section: STRUCTURE }],
        },
      ],
    },
    {
      name: '(二)把类写成“一般公共预算服务（类）”（发布文件中的真实写法）',
      doc: cleanDoc().replace(
        '主要用于以下方面：社会保障和就业支出',
        '主要用于以下方面：一般公共预算服务（类）支出',
      ),
      errors: [
        {
          messageId: 'badClassList',
          message: /所列“一般公共预算服务（类）支出”不是2021年支出功能分类的类名称/,
        },
      ],
    },
    {
      name: '(二)用了更名前的类名称',
      doc: cleanDoc().replace('卫生健康支出14.27万元', '医疗卫生与计划生育支出14.27万元'),
      errors: [{ messageId: 'formerName', message: /为旧称，2021年该科目（210）名称为“卫生健康支出”/ }],
    },
  ],
});
