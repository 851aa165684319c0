import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-23.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '两年均无支出且金额为 0',
      doc: cleanDoc().replace(
        '本局2021年度无因公出国（境）费支出。',
        '本局本年度和上年度均无因公出国（境）费支出。',
      ),
    },
    {
      name: '有预算但无支出',
      doc: cleanDoc().replace(
        '1、因公出国（境）费支出决算为0.00万元，',
        '1、因公出国（境）费支出预算为1.00万元，支出决算为0.00万元，',
      ),
    },
  ],
  invalid: [
    {
      name: '称无因公出国支出却写出金额',
      doc: cleanDoc().replace(
        '1、因公出国（境）费支出决算为0.00万元',
        '1、因公出国（境）费支出决算为1.20万元',
      ),
      errors: [{ messageId: 'noneButAmount', locations: [{ part: 'narrative' }, { part: 'narrative' }] }],
    },
    {
      name: '称两年均无却写出增减额',
      doc: cleanDoc().replace(
        '本局2021年度无因公出国（境）费支出。',
        '与上年相比减少0.80万元，主要原因是本局本年度和上年度均无因公出国（境）费支出。',
      ),
      errors: [{ messageId: 'bothYears', message: /减少0\.80万元/ }],
    },
  ],
});
