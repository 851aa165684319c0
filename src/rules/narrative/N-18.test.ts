import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-18.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '基金说明金额抄错',
      doc: cleanDoc('base-2023').replace(
        '本年收入60.00万元，本年支出58.20万元',
        '本年收入60.00万元，本年支出52.80万元',
      ),
      errors: [{ messageId: 'quote', locations: [{ part: 'narrative' }, { table: '07', row: '合计' }] }],
    },
    {
      name: '空表却写出金额',
      doc: cleanDoc().replace(
        '2021年度本单位没有政府性基金收入，也没有使用政府性基金安排的支出。',
        '2021年度政府性基金预算财政拨款支出3.00万元。',
      ),
      errors: [{ messageId: 'statesAmount', locations: [{ part: 'narrative' }, { table: '08' }] }],
    },
  ],
});
