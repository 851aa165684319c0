import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-13.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，有其他收入，不适用）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，全部为财政拨款：03表 = 05表 + 基金表）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '03表项级项目支出与05表不一致：只报该项',
      doc: cleanDoc('base-2023').setCell('expenditure', '2130205', 'project', '48.70'),
      errors: [
        {
          messageId: 'copy',
          severity: 'warning',
          locations: [
            { table: '03', row: '2130205 森林资源培育' },
            { table: '05', row: '2130205 森林资源培育' },
          ],
        },
      ],
    },
    {
      name: '03表合计项目支出与05表、基金表之和不一致',
      doc: cleanDoc('base-2023').setCell('expenditure', '合计', 'project', '142.10'),
      errors: [
        {
          messageId: 'mismatch',
          locations: [
            { table: '03', row: '合计' },
            { table: '05', row: '合计' },
            { table: '07', row: '合计' },
          ],
        },
      ],
    },
  ],
});
