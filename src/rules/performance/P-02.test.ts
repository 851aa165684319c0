import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-02.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（97.81%、96.05%）', doc: cleanDoc() },
    {
      name: '执行率按整数百分比打印',
      doc: cleanDoc().replace('\t10\t97.81%\t9.78', '\t10\t98%\t9.78'),
    },
    {
      name: '执行率写成小数',
      doc: cleanDoc().replace('\t10\t97.81%\t9.78', '\t10\t0.9781\t9.78'),
    },
  ],
  invalid: [
    {
      name: '部门整体自评表执行率与执行数、预算数不符',
      doc: cleanDoc().replace('\t10\t97.81%\t9.78', '\t10\t98.71%\t9.78'),
      errors: [
        {
          messageId: 'mismatch',
          message:
            /部门整体支出绩效自评表 资金情况·合计 执行率 98\.71% 与 全年执行数 439\.39 ÷ 全年预算数 449\.24 = 97\.81% 不符/,
          locations: [{ part: 'perf', row: '资金情况·合计', column: '执行率' }],
        },
      ],
    },
    {
      name: '全年预算数为 0 却列出执行率',
      doc: cleanDoc().replace('\t合计\t\t30.00\t38.00\t36.50', '\t合计\t\t30.00\t0\t36.50'),
      errors: [{ messageId: 'zeroBudget' }],
    },
  ],
});
