import { cleanDoc } from '../../../test/builder.ts';
import { standaloneReport } from '../../../test/perf-report.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-13.ts';

const money = '\t合计\t\t400.44\t449.24\t439.39';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（全年执行数 = 05表 合计）', doc: cleanDoc() },
    {
      name: '与 03表 本年支出合计（全部资金）相同',
      doc: cleanDoc()
        .replace(money, '\t合计\t\t400.44\t449.24\t440.29')
        .replace(
          '其中：当年财政拨款\t\t400.44\t430.84\t420.99',
          '其中：当年财政拨款\t\t400.44\t430.84\t421.89',
        ),
    },
    { name: '单独的自评报告，没有决算可比', doc: standaloneReport() },
    { name: '单独的自评报告与同年决算一并审核', doc: standaloneReport(), companion: cleanDoc() },
  ],
  invalid: [
    {
      name: '全年执行数与各口径决算都不同',
      doc: cleanDoc().replace(money, '\t合计\t\t400.44\t449.24\t438.39'),
      errors: [
        {
          messageId: 'mismatch',
          message:
            /部门整体支出绩效自评表 资金情况·合计·全年执行数 438\.39 与决算各口径都不同：财政拨款 04表 本年支出合计·合计 439\.39；一般公共预算财政拨款 05表 合计·小计 439\.39；全部资金 03表 合计·本年支出合计 440\.29/,
          locations: [{ part: 'perf', row: '资金情况·合计', column: '全年执行数' }, { table: '04' }],
        },
      ],
    },
    {
      name: '单独的自评报告与同年决算不符（另附决算）',
      doc: standaloneReport((t) => t.replace(money, '\t合计\t\t400.44\t449.24\t438.39')),
      companion: cleanDoc(),
      errors: [
        {
          messageId: 'mismatch',
          message: /另附决算《base-2021\.txt》05表 合计·小计 439\.39/,
          locations: [{ part: 'perf', column: '全年执行数' }],
        },
      ],
    },
  ],
});
