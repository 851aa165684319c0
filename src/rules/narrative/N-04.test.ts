import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-04.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '大于写成小于',
      doc: cleanDoc().replace(
        '完成年初预算的102.64%，决算数大于年初预算数的主要原因是：2021年7月起调整机关工作人员基本工资标准，机关事业单位基本养老',
        '完成年初预算的102.64%，决算数小于年初预算数的主要原因是：2021年7月起调整机关工作人员基本工资标准，机关事业单位基本养老',
      ),
      errors: [{ messageId: 'relation', locations: [{ part: 'narrative' }] }],
    },
  ],
});
