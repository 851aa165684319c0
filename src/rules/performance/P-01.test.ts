import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-01.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（合计 = 当年财政拨款 + 上年结转资金）', doc: cleanDoc() },
    {
      name: '全年执行数只填合计、来源未细分',
      doc: cleanDoc().replace(
        '其中：当年财政拨款\t\t30.00\t38.00\t36.50',
        '其中：当年财政拨款\t\t30.00\t38.00\t',
      ),
    },
    { name: '没有自评表的文档', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '部门整体自评表全年执行数合计录错',
      doc: cleanDoc().replace('\t合计\t\t400.44\t449.24\t439.39', '\t合计\t\t400.44\t449.24\t429.39'),
      errors: [
        {
          messageId: 'mismatch',
          message:
            /部门整体支出绩效自评表 资金情况·全年执行数：合计 429\.39 ≠ 当年财政拨款 420\.99 \+ 上年结转资金 18\.40 \+ 其他资金 （空白） = 439\.39/,
          locations: [{ part: 'perf', row: '资金情况·合计', column: '全年执行数' }],
        },
      ],
    },
    {
      name: '项目自评表年初预算数只有一个来源，须完全相同',
      doc: cleanDoc().replace('其中：当年财政拨款\t\t30.00\t38.00', '其中：当年财政拨款\t\t30.01\t38.00'),
      errors: [{ messageId: 'mismatch', message: /项目支出绩效自评表（农业综合行政执法专项经费）/ }],
    },
  ],
});
