import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-22.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '按元正确折算', doc: cleanDoc().replace('收、支总计450.50万元', '收、支总计4505000元') },
    { name: '增长个百分点不是比率缺百分号', doc: cleanDoc().replace('增长7.71%', '增长7.71个百分点') },
  ],
  invalid: [
    {
      name: '万元写成元',
      doc: cleanDoc().replace('收、支总计450.50万元', '收、支总计450.50元'),
      errors: [
        { messageId: 'yuanForWan', locations: [{ part: 'narrative' }, { part: 'table', table: '01' }] },
      ],
    },
    {
      name: '按元填写却标万元',
      doc: cleanDoc().replace('收、支总计450.50万元', '收、支总计4505000万元'),
      errors: [{ messageId: 'wanForYuan', locations: [{ part: 'narrative' }, { table: '01' }] }],
    },
    {
      name: '比率缺百分号',
      doc: cleanDoc().replace('增长7.71%', '增长7.71'),
      errors: [{ messageId: 'noPercent', severity: 'warning', message: /增长7\.71/ }],
    },
  ],
});
