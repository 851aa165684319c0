import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-18.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，基金表、国资表均为空表）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，基金表有数、国资表为空表）', doc: cleanDoc('base-2023') },
    {
      name: '只列本年支出的国资表为空，04表只有国有资本经营年末结转（无支出）',
      doc: cleanDoc('base-2023').setCell(
        'fiscal-summary',
        '年末财政拨款结转和结余',
        'stateCapital',
        '1.00',
        'expenditure',
      ),
    },
  ],
  invalid: [
    {
      name: '注明无数据的基金表合计行仍有数字',
      doc: cleanDoc().setCell('government-fund', '合计', 'total', '3.00'),
      errors: [
        { messageId: 'statementWithFigures', locations: [{ table: '08', row: '合计' }, { table: '08' }] },
      ],
    },
    {
      name: '基金表为空，01表却有政府性基金收入',
      doc: cleanDoc().setCell(
        'income-expenditure-summary',
        '二、政府性基金预算财政拨款收入',
        'amount',
        '2.00',
        'income',
      ),
      errors: [
        {
          messageId: 'summaryHasFunds',
          locations: [{ table: '01', row: '收入·二、政府性基金预算财政拨款收入' }, { table: '08' }],
        },
      ],
    },
    {
      name: '基金表为空，04表政府性基金列却有年末结转和结余',
      doc: cleanDoc().setCell('fiscal-summary', '年末财政拨款结转和结余', 'govFund', '1.00', 'expenditure'),
      errors: [
        {
          messageId: 'summaryHasFunds',
          locations: [{ table: '04', row: '支出·年末财政拨款结转和结余' }, { table: '08' }],
        },
      ],
    },
    {
      name: '国资表为空，04表国有资本经营列却有支出（新表序）',
      doc: cleanDoc('base-2023').setCell(
        'fiscal-summary',
        '本年支出合计',
        'stateCapital',
        '1.00',
        'expenditure',
      ),
      errors: [
        {
          messageId: 'summaryHasFunds',
          locations: [{ table: '04', row: '支出·本年支出合计' }, { table: '08' }],
        },
      ],
    },
  ],
});
