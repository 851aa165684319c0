import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-16.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“含外宾接待支出”是公务接待费的一部分，不是三公表的一栏（全国/上海模板）',
      doc: cleanDoc().replace(
        '2、公务接待费支出决算为2.84万元，',
        '2、公务接待费支出决算为2.84万元（含外宾接待支出0.60万元），',
      ),
    },
  ],
  invalid: [
    {
      name: '公务接待费决算抄错',
      doc: cleanDoc().replace(
        '公务接待费支出预算为3.20万元，支出决算为2.84万元',
        '公务接待费支出预算为3.20万元，支出决算为2.48万元',
      ),
      errors: [
        {
          messageId: 'quote',
          locations: [{ part: 'narrative' }, { table: '07', column: '决算数·公务接待费' }],
        },
      ],
    },
    {
      name: '运行维护费与购置费混淆',
      doc: cleanDoc().replace('其中：公务用车购置费0.00万元', '其中：公务用车购置费4.56万元'),
      errors: [
        {
          messageId: 'quote',
          locations: [
            { part: 'narrative' },
            { table: '07', column: '决算数·公务用车购置及运行费·公务用车购置费' },
          ],
        },
      ],
    },
  ],
});
