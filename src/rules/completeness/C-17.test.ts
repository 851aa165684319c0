import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-17.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '03表缺少表注',
      doc: cleanDoc().dropLines((l) => l === '注：本表反映部门本年度各项支出情况。'),
      errors: [{ messageId: 'missing', locations: [{ part: 'table', table: '03' }] }],
    },
    {
      name: '05表套用了06表的表注',
      doc: cleanDoc().replace(
        '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
        '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
      ),
      errors: [{ messageId: 'wrongSubject', locations: [{ table: '05', line: 263 }] }],
    },
    {
      name: '旧表序“三公”表注写成全部财政拨款口径',
      doc: cleanDoc().replace(
        '决算数是包括当年一般公共预算财政拨款和以前年度',
        '决算数是包括当年财政拨款和以前年度',
      ),
      errors: [{ messageId: 'threePublicScope', locations: [{ table: '07' }] }],
    },
  ],
});
