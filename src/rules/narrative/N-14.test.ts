import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-14.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '人员经费抄错',
      doc: cleanDoc().replace('人员经费242.71万元', '人员经费242.17万元'),
      errors: [
        { messageId: 'quote', locations: [{ part: 'narrative' }, { table: '06', row: '人员经费合计' }] },
      ],
    },
  ],
});
