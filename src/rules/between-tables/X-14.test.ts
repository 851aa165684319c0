import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './X-14.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序，04表小于03表）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，04表等于03表）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '04表类级支出超过03表',
      doc: cleanDoc().setCell('fiscal-summary', '十二、农林水支出', 'total', '368.45', 'expenditure'),
      errors: [
        {
          messageId: 'exceeds',
          locations: [
            { table: '04', row: '支出·十二、农林水支出' },
            { table: '03', row: '213 农林水支出' },
          ],
        },
      ],
    },
    {
      name: '04表年末财政拨款结转和结余超过01表年末结转和结余',
      doc: cleanDoc().setCell('fiscal-summary', '年末财政拨款结转和结余', 'total', '10.85', 'expenditure'),
      errors: [
        {
          messageId: 'balance',
          locations: [
            { table: '04', row: '支出·年末财政拨款结转和结余' },
            { table: '01', row: '支出·年末结转和结余' },
          ],
        },
      ],
    },
  ],
});
