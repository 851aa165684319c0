import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-15.ts';

const overallMoney = '\t合计\t\t400.44\t449.24\t439.39';
const overallFiscal = '其中：当年财政拨款\t\t400.44\t430.84\t420.99';
const projectMoney = '\t合计\t\t30.00\t38.00\t36.50';
const projectFiscal = '其中：当年财政拨款\t\t30.00\t38.00\t36.50';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（400.44 = （三）年初预算；项目 30.00 = 该项年初预算）', doc: cleanDoc() },
    {
      name: '合计含其他资金，当年财政拨款一栏与（三）相同',
      doc: cleanDoc()
        .replace(overallMoney, '\t合计\t\t410.44\t449.24\t439.39')
        .replace('\t其他资金\t\t\t', '\t其他资金\t\t10.00\t'),
    },
    {
      name: '项目执行数不能唯一对应一个项时不比较',
      doc: cleanDoc()
        .replace(projectMoney, '\t合计\t\t31.00\t38.00\t30.00')
        .replace(projectFiscal, '其中：当年财政拨款\t\t31.00\t38.00\t30.00'),
    },
  ],
  invalid: [
    {
      name: '部门整体自评表年初预算数与（三）不同',
      doc: cleanDoc()
        .replace(overallMoney, '\t合计\t\t401.44\t449.24\t439.39')
        .replace(overallFiscal, '其中：当年财政拨款\t\t401.44\t430.84\t420.99'),
      errors: [
        {
          messageId: 'overall',
          message:
            /部门整体支出绩效自评表 年初预算数 401\.44 \/ 401\.44 与“（三）一般公共预算财政拨款支出决算具体情况”所写年初预算 400\.44万元 不同/,
          locations: [{ part: 'perf', column: '年初预算数' }, { part: 'narrative' }],
        },
      ],
    },
    {
      name: '项目自评表年初预算数与该项年初预算不同',
      doc: cleanDoc()
        .replace(projectMoney, '\t合计\t\t1.00\t38.00\t36.50')
        .replace(projectFiscal, '其中：当年财政拨款\t\t1.00\t38.00\t36.50'),
      errors: [{ messageId: 'project', message: /（项）年初预算 30\.00万元 不同（该项支出全部为本项目）/ }],
    },
  ],
});
