import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-12.ts';

/** base-2021 without 项目支出 (05表) and without income other than 一般公共预算财政拨款 (01表). */
const basicOnly = () =>
  cleanDoc()
    .setCell('general-budget-expenditure', '合计', 'project', '')
    .setCell('income-expenditure-summary', '八、其他收入', 'amount', '');

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '有项目支出时会议费大于06表（项目资金也开支了会议费）',
      doc: cleanDoc().replace('开支会议费1.28万元', '开支会议费3.28万元'),
    },
    { name: '无项目支出和其他资金，会议费、培训费与06表相等', doc: basicOnly() },
  ],
  invalid: [
    {
      name: '会议费小于06表30215会议费',
      doc: cleanDoc().replace('开支会议费1.28万元', '开支会议费0.82万元'),
      errors: [
        {
          messageId: 'below',
          severity: 'error',
          locations: [
            { part: 'narrative', section: '十一、一般性支出情况说明' },
            { table: '06', row: '30215 会议费' },
          ],
        },
      ],
    },
    {
      name: '新表序：培训费数字颠倒，小于06表',
      doc: cleanDoc('base-2023').replace('开支培训费1.72万元', '开支培训费1.27万元'),
      errors: [
        {
          messageId: 'below',
          locations: [
            { part: 'narrative', section: '十、一般性支出情况说明' },
            { table: '06', row: '30216 培训费' },
          ],
        },
      ],
    },
    {
      name: '无项目支出和其他资金时培训费与06表不等',
      doc: basicOnly().replace('开支培训费2.35万元', '开支培训费2.53万元'),
      errors: [
        {
          messageId: 'notEqual',
          severity: 'error',
          locations: [{ part: 'narrative' }, { table: '06', row: '30216 培训费' }],
        },
      ],
    },
  ],
});
