import { cleanDoc, previousDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './Y-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '没有上年文件时不检查', doc: cleanDoc() },
    { name: '与上年文件衔接', doc: cleanDoc(), previous: previousDoc('prev-2020') },
    { name: '新表序：与上年基金表衔接', doc: cleanDoc('base-2023'), previous: previousDoc('prev-2022-fund') },
  ],
  invalid: [
    {
      name: '增减额与上年公开数不符',
      doc: cleanDoc().replace(
        '“三公”经费财政拨款支出减少0.77万元，下降9.42%',
        '“三公”经费财政拨款支出减少0.67万元，下降8.30%',
      ),
      previous: previousDoc('prev-2020'),
      errors: [
        {
          messageId: 'prior',
          locations: [{ part: 'narrative', section: '七、一般公共预算财政拨款三公经费支出决算情况说明' }],
        },
      ],
    },
    {
      name: '机关运行经费上年数不符',
      doc: cleanDoc(),
      previous: previousDoc('prev-2020').replace('机关运行经费支出66.35万元', '机关运行经费支出66.53万元'),
      errors: [
        { messageId: 'prior', locations: [{ part: 'narrative', section: '十、关于机关运行经费支出说明' }] },
      ],
    },
  ],
});
