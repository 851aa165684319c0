import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-15.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '只列名称、以“等”结尾',
      doc: cleanDoc().replace(/主要包括：基本工资[^；]*；/, '主要包括：基本工资、津贴补贴、奖金等；'),
    },
    {
      name: '名称略写（“其他交通费”即“其他交通费用”）',
      doc: cleanDoc().replace('其他交通费用9.85万元', '其他交通费9.85万元'),
    },
  ],
  invalid: [
    {
      name: '所列金额与06表不一致',
      doc: cleanDoc().replace('办公费8.62万元', '办公费6.82万元'),
      errors: [
        { messageId: 'amount', severity: 'error', locations: [{ part: 'narrative' }, { table: '06' }] },
      ],
    },
    {
      name: '列出06表中为0的项目',
      doc: cleanDoc().replace('奖金21.15万元、', '奖金21.15万元、伙食补助费、'),
      errors: [
        { messageId: 'zeroLine', severity: 'warning', locations: [{ part: 'narrative' }, { table: '06' }] },
      ],
    },
    {
      name: '列出06表没有的项目',
      doc: cleanDoc().replace('奖金21.15万元、', '奖金21.15万元、加班补贴、'),
      errors: [{ messageId: 'absent' }],
    },
    {
      name: '项目名称写错',
      doc: cleanDoc().replace('职工基本医疗保险缴费14.27万元', '职工基本医疗保障缴费14.27万元'),
      errors: [{ messageId: 'misnamed', message: /30110 职工基本医疗保险缴费/ }],
    },
    {
      name: '公用经费中列出人员经费项目',
      doc: cleanDoc().replace('办公费8.62万元、', '办公费8.62万元、奖金、'),
      errors: [{ messageId: 'wrongGroup', locations: [{ part: 'narrative' }, { table: '06' }] }],
    },
    {
      name: '漏列06表中不为0的项目',
      doc: cleanDoc().replace('、奖励金3.20万元', ''),
      errors: [{ messageId: 'notNamed', severity: 'note', message: /30309 奖励金/ }],
    },
  ],
});
