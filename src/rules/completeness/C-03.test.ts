import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-03.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序：07三公）', doc: cleanDoc() },
    { name: '干净基准文档（新表序：09三公）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '新表序中“三公”表印作公开07表',
      doc: cleanDoc('base-2023').replace(
        '财政拨款“三公”经费支出决算表\n\n公开09表',
        '财政拨款“三公”经费支出决算表\n\n公开07表',
      ),
      errors: [{ messageId: 'numberMismatch', message: /公开09表/, locations: [{ table: '07', line: 335 }] }],
    },
    {
      name: '基金表与国资表位置互换，既非旧表序也非新表序',
      doc: cleanDoc()
        .replace('政府性基金预算财政拨款收入支出决算表\n\n公开 08 表', '@@08')
        .replace(
          '国有资本经营预算财政拨款支出决算表\n\n公开 09 表',
          '政府性基金预算财政拨款收入支出决算表\n\n公开 09 表',
        )
        .replace('@@08', '国有资本经营预算财政拨款支出决算表\n\n公开 08 表'),
      errors: [{ messageId: 'mixedOrder' }],
    },
    {
      name: '目录中基金表序号与正文表号不符',
      doc: cleanDoc().replace(
        '- 八、政府性基金预算财政拨款收入支出决算表',
        '- 七、政府性基金预算财政拨款收入支出决算表',
      ),
      errors: [{ messageId: 'tocMismatch', locations: [{ part: 'meta', line: 22 }, { table: '08' }] }],
    },
  ],
});
