import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-09.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，基金表为空表，由 X-18 负责）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，基金表有数）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '基金表年末结转和结余与04表不一致',
      doc: cleanDoc('base-2023').setCell('government-fund', '合计', 'closing', '6.90'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '支出·年末财政拨款结转和结余' },
            { table: '07', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '基金表年初结转和结余与04表年初子行不一致',
      doc: cleanDoc('base-2023').setCell('government-fund', '合计', 'opening', '5.10'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '收入·政府性基金预算财政拨款' },
            { table: '07', row: '合计' },
          ],
        },
      ],
    },
    {
      name: '基金表本年支出与04表政府性基金列不一致',
      doc: cleanDoc('base-2023').setCell('government-fund', '合计', 'total', '58.30'),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '支出·本年支出合计' },
            { table: '07', row: '合计' },
          ],
        },
      ],
    },
  ],
});
