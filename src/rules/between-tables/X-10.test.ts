import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-10.ts';

/** base-2023 with a 国资表 that has figures (its 无数据 statement removed). */
const withStateCapital = () =>
  cleanDoc('base-2023')
    .replace('说明：青山县林业局没有使用国有资本经营预算安排的支出，故本表无数据。', '')
    .setCell('state-capital', '合计', 'total', '5.00');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，国资表为空表）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，国资表为空表）', doc: cleanDoc('base-2023') },
    {
      name: '国资表有数且与04表一致',
      doc: withStateCapital().setCell(
        'fiscal-summary',
        '本年支出合计',
        'stateCapital',
        '5.00',
        'expenditure',
      ),
    },
  ],
  invalid: [
    {
      name: '国资表有数、04表国有资本经营列为空',
      doc: withStateCapital(),
      errors: [
        {
          messageId: 'copy',
          locations: [
            { table: '04', row: '支出·本年支出合计' },
            { table: '08', row: '合计' },
          ],
        },
      ],
    },
  ],
});
