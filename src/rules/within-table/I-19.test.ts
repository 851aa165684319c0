import { cleanDoc, type DocBuilder } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './I-19.ts';

/** Remove the 科目 rows of the table that starts at the given title, keeping its 合计 row. */
function onlyTotal(b: DocBuilder, title: string): DocBuilder {
  const lines = b.text.split('\n');
  const start = lines.indexOf(title);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('注：'));
  return b.dropLines((l, i) => i > start && i < end && /^\d{3,7}\t/.test(l));
}

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    { name: '合计为空白的空表', doc: cleanDoc() },
  ],
  invalid: [
    {
      name: '05表只有合计行',
      doc: onlyTotal(cleanDoc(), '一般公共预算财政拨款支出决算表'),
      errors: [{ messageId: 'onlyTotal', locations: [{ table: '05', row: '合计' }] }],
    },
  ],
});
