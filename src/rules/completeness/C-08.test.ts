import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '“增减变化”“（类）（款）（项）”不是备选措辞',
      doc: cleanDoc().replace('本单位没有独立网站，', '本年度人员无增减变化，本单位没有独立网站，'),
    },
  ],
  invalid: [
    {
      name: '同一句保留两处备选措辞，每处单独报告',
      doc: cleanDoc().replace(
        '收、支总计各增加32.23万元，增长7.71%',
        '收、支总计各增加（减少）32.23万元，增长（下降）7.71%',
      ),
      errors: [
        {
          messageId: 'alternative',
          message: /“增加（减少）”/,
          locations: [{ part: 'narrative', line: 361, column1: 36 }],
        },
        {
          messageId: 'alternative',
          message: /“增长（下降）”/,
          locations: [{ part: 'narrative', line: 361 }],
        },
      ],
    },
    {
      name: '斜线与半角括号写法',
      doc: cleanDoc('base-2023')
        .replace(
          '决算数小于年初预算数的主要原因是：松材线虫病',
          '决算数大于/小于年初预算数的主要原因是：松材线虫病',
        )
        .replace('与2022年相比，收、支总计', '与2022年相比，收、支总计减少(增加)'),
      errors: [
        { messageId: 'alternative', message: /减少\(增加\)/, locations: [{ line: 355 }] },
        { messageId: 'alternative', message: /大于\/小于/, locations: [{ line: 405 }] },
      ],
    },
  ],
});
