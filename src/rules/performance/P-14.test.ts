import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './P-14.ts';

const projectMoney = '\t合计\t\t30.00\t38.00\t36.50';
const projectFiscal = '其中：当年财政拨款\t\t30.00\t38.00\t36.50';

/** A second project table: the first one again under another name. */
function twoProjects(executed: string): ReturnType<typeof cleanDoc> {
  const base = cleanDoc();
  const text = base.text;
  const start = text.indexOf('2021年度项目支出绩效自评表', text.indexOf('附件 2'));
  const copy = text
    .slice(start)
    .replace('农业综合行政执法专项经费', '农产品质量安全监测经费')
    .replace(projectMoney, `\t合计\t\t30.00\t38.00\t${executed}`)
    .replace(projectFiscal, `其中：当年财政拨款\t\t30.00\t38.00\t${executed}`);
  return base.replace(/\s*$/, `\n\n附件 3\n\n${copy}`);
}

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（36.50 ≤ 03表 项目支出 132.97）', doc: cleanDoc() },
    { name: '两个项目合计不超过项目支出', doc: twoProjects('90.00') },
  ],
  invalid: [
    {
      name: '项目全年执行数超过项目支出',
      doc: cleanDoc()
        .replace(projectMoney, '\t合计\t\t30.00\t38.00\t136.50')
        .replace(projectFiscal, '其中：当年财政拨款\t\t30.00\t38.00\t136.50'),
      errors: [
        {
          messageId: 'exceeds',
          message:
            /项目支出绩效自评表（农业综合行政执法专项经费） 全年执行数 136\.50 超过决算项目支出 03表 合计·项目支出 132\.97/,
          locations: [{ part: 'perf', row: '资金情况·合计', column: '全年执行数' }, { table: '03' }],
        },
      ],
    },
    {
      name: '两个项目全年执行数之和超过项目支出',
      doc: twoProjects('100.00'),
      errors: [{ messageId: 'sumExceeds', message: /2 张项目支出绩效自评表全年执行数合计 136\.50/ }],
    },
  ],
});
