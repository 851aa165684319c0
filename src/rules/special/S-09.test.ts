import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-09.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '采购总额恰等于本年支出合计（边界）',
      doc: cleanDoc().replace('政府采购支出总额40.76万元', '政府采购支出总额440.29万元'),
    },
  ],
  invalid: [
    {
      name: '小数点错位',
      doc: cleanDoc().replace('政府采购支出总额40.76万元', '政府采购支出总额4076.00万元'),
      errors: [
        {
          messageId: 'exceeds',
          severity: 'warning',
          locations: [
            { part: 'narrative', section: '十二、关于政府采购支出说明' },
            { table: '03', row: '合计', column: '本年支出合计' },
          ],
        },
      ],
    },
    {
      name: '新表序：把以元为单位的金额写成万元',
      doc: cleanDoc('base-2023').replace('政府采购支出总额61.94万元', '政府采购支出总额619400.00万元'),
      errors: [{ messageId: 'exceeds', locations: [{ part: 'narrative' }, { table: '03' }] }],
    },
  ],
});
