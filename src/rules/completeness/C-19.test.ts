import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-19.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（29 = 23 + 0 + 6，附件同为29人）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '分项之和与实有人数不符',
      doc: cleanDoc().replace('离休0人，退休6人', '离休0人，退休5人'),
      errors: [
        { messageId: 'sum', message: /29 人 ≠ .* = 28 人/, locations: [{ part: 'narrative', line: 75 }] },
      ],
    },
    {
      name: '附件报告的实有人数与概况不同',
      doc: cleanDoc().replace(
        '2021年末实有人数29人，其中在职人员23人，退休6人',
        '2021年末实有人数30人，其中在职人员24人，退休6人',
      ),
      errors: [{ messageId: 'differ', locations: [{ line: 525 }, { line: 75 }] }],
    },
  ],
});
