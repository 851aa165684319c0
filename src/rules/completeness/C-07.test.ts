import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-07.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '拉丁词中的 XX、乘号 ×、句中省略号不是占位符',
      doc: cleanDoc().replace(
        '本单位没有独立网站，',
        '本单位采购的服务器型号为MAXX-200，得分按分值×执行率计算，宣传标语为“网络安全为人民……”，本单位没有独立网站，',
      ),
    },
  ],
  invalid: [
    {
      name: '收支总计写作 XX万元、占比写作 X%',
      doc: cleanDoc()
        .replace('2021年度收、支总计450.50万元', '2021年度收、支总计XX万元')
        .replace('财政拨款收入430.84万元，占99.71%', '财政拨款收入430.84万元，占X%'),
      errors: [
        {
          messageId: 'placeholder',
          message: /“XX”/,
          locations: [{ part: 'narrative', section: '一、收入支出决算总体情况说明', line: 361, column1: 12 }],
        },
        {
          messageId: 'placeholder',
          message: /“X”/,
          locations: [{ part: 'narrative', section: '二、收入决算情况说明', line: 365 }],
        },
      ],
    },
    {
      name: '表头部门写作 XX县XX局，列举用省略号',
      doc: cleanDoc()
        .replace('公开 03 表\n\n部门：青山县农业农村局', '公开 03 表\n\n部门：XX县XX局')
        .replace('主要包括：基本工资78.36万元、', '主要包括：基本工资78.36万元、……、'),
      errors: [
        { messageId: 'placeholder', locations: [{ part: 'table', table: '03', line: 163 }] },
        { messageId: 'placeholder', locations: [{ part: 'table', table: '03', line: 163 }] },
        { messageId: 'placeholder', message: /列举省略号/, locations: [{ part: 'narrative', line: 419 }] },
      ],
    },
    {
      name: '列表项以“包括：”结尾而无内容',
      doc: cleanDoc().replace('累计0人次，本局2021年度无因公出国（境）费支出。', '累计0人次，开支内容包括：'),
      errors: [
        { messageId: 'emptySlot', message: /开支内容包括：/, locations: [{ part: 'narrative', line: 437 }] },
      ],
    },
  ],
});
