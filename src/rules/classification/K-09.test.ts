import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-09.ts';

const STATE_CAPITAL_WITH_ROW = cleanDoc().replace(
  '栏次\t\t1\t2\t3\n合计\t\t\t\t\n',
  '栏次\t\t1\t2\t3\n合计\t\t1.00\t\t1.00\n201\t一般公共服务支出\t1.00\t\t1.00\n',
);

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（基金表、国资表为空表）', doc: cleanDoc() },
    { name: '干净基准文档（基金表列 212 08 99 国有土地使用权出让收入科目）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '基金表列了一般公共预算的款（其下的项不重复报告）',
      doc: cleanDoc('base-2023').replace(
        '21208\t国有土地使用权出让收入安排的支出\t5.00',
        '21205\t城乡社区环境卫生\t5.00',
      ),
      errors: [
        {
          messageId: 'notGovFund',
          severity: 'warning',
          locations: [{ table: '07', row: '21205 城乡社区环境卫生' }],
        },
      ],
    },
    {
      name: '国资表列了 201 类',
      doc: STATE_CAPITAL_WITH_ROW,
      errors: [{ messageId: 'notStateCapital', locations: [{ table: '09', row: '201 一般公共服务支出' }] }],
    },
    {
      name: '05表列了政府性基金科目',
      doc: cleanDoc('base-2023').replace(
        /^213\t农林水支出\t238\.35\t154\.55\t83\.80$/m,
        '212\t城乡社区支出\t1.00\t\t1.00\n21208\t国有土地使用权出让收入安排的支出\t1.00\t\t1.00\n' +
          '2120899\t其他国有土地使用权出让收入安排的支出\t1.00\t\t1.00\n213\t农林水支出\t238.35\t154.55\t83.80',
      ),
      errors: [
        {
          messageId: 'govFundInGeneral',
          locations: [{ table: '05', row: '21208 国有土地使用权出让收入安排的支出' }],
        },
      ],
    },
  ],
});
