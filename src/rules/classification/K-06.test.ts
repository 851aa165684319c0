import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-06.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（表头标明人员经费/公用经费）', doc: cleanDoc() },
    { name: '干净基准文档（三栏组无分组表头）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '2023年仍列2022年起拆分的 39906 赠与',
      doc: cleanDoc('base-2023').replace('39909\t经常性赠与', '39906\t赠与'),
      errors: [
        {
          messageId: 'notInYear',
          severity: 'error',
          message: /39906（赠与）不是2023年有效科目（该编码2022年后停用）/,
          locations: [{ table: '06', row: '39906 赠与' }],
        },
      ],
    },
    {
      name: '不存在的经济分类编码',
      doc: cleanDoc().replace('30199\t其他工资福利支出', '30198\t其他工资福利支出'),
      errors: [{ messageId: 'unknown', locations: [{ table: '06', row: '30198 其他工资福利支出' }] }],
    },
    {
      name: '人员经费的项列在资本性支出款下',
      doc: cleanDoc().replace('31001\t房屋建筑物购建', '30301\t房屋建筑物购建'),
      errors: [
        {
          messageId: 'misplaced',
          message:
            /30301 房屋建筑物购建 列在款 310 资本性支出 之下，但其编码属于款 303（人员经费，不是公用经费）/,
          locations: [
            { table: '06', row: '30301 房屋建筑物购建' },
            { table: '06', row: '310 资本性支出' },
          ],
        },
      ],
    },
    {
      name: '人员经费的款列在“公用经费”栏（表头标明）',
      doc: cleanDoc().replace('30299\t其他商品和服务支出\t1.12', '303\t对个人和家庭的补助\t1.12'),
      errors: [
        {
          messageId: 'wrongGroup',
          message: /303 对个人和家庭的补助 属于人员经费，却列在“公用经费”栏/,
          locations: [{ table: '06', row: '303 对个人和家庭的补助' }],
        },
      ],
    },
    {
      name: '人员经费的款列在公用经费栏组（无分组表头，按301/302推定）',
      doc: cleanDoc('base-2023').replace('30299\t其他商品和服务支出\t0.68', '303\t对个人和家庭的补助\t0.68'),
      errors: [{ messageId: 'wrongGroup', message: /第2栏组（该栏组列的是公用经费）/ }],
    },
  ],
});
