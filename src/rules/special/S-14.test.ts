import { cleanDoc, nationalDoc, type DocBuilder } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-14.ts';

const national = (): DocBuilder => {
  const doc = nationalDoc('old');
  if (!doc.text.includes('一般公共预算财政拨款“三公”经费'))
    throw new Error('fixture lost its old-order wording');
  return doc;
};

ruleTester.run(rule, {
  valid: [
    {
      name: '11节模板（中央/上海）：旧表序也写“财政拨款“三公”经费”',
      doc: national().replace(/一般公共预算财政拨款“三公”经费/g, '财政拨款“三公”经费'),
    },
    { name: '干净基准文档（旧表序：一般公共预算财政拨款“三公”经费）', doc: cleanDoc() },
    { name: '干净基准文档（新表序：财政拨款“三公”经费）', doc: cleanDoc('base-2023') },
    {
      name: '标题不写口径（“三公”经费支出决算情况说明）',
      doc: cleanDoc().replace(
        /七、一般公共预算财政拨款三公经费支出决算情况说明/g,
        '七、“三公”经费支出决算情况说明',
      ),
    },
    {
      name: '新表序：标题加引号',
      doc: cleanDoc('base-2023').replace(
        /七、财政拨款三公经费支出决算情况说明/g,
        '七、财政拨款“三公”经费支出决算情况说明',
      ),
    },
  ],
  invalid: [
    {
      name: '旧表序却用新表序的说明标题',
      doc: cleanDoc().replace(
        /七、一般公共预算财政拨款三公经费支出决算情况说明/g,
        '七、财政拨款三公经费支出决算情况说明',
      ),
      errors: [
        {
          messageId: 'heading',
          severity: 'note',
          locations: [{ part: 'narrative', section: '七、财政拨款三公经费支出决算情况说明' }],
        },
      ],
    },
    {
      name: '新表序沿用旧模板的说明标题',
      doc: cleanDoc('base-2023').replace(
        /七、财政拨款三公经费支出决算情况说明/g,
        '七、一般公共预算财政拨款三公经费支出决算情况说明',
      ),
      errors: [
        {
          messageId: 'heading',
          locations: [{ part: 'narrative', section: '七、一般公共预算财政拨款三公经费支出决算情况说明' }],
        },
      ],
    },
    {
      name: '新表序沿用旧模板的09表标题',
      doc: cleanDoc('base-2023').replace(
        /财政拨款“三公”经费支出决算表/g,
        '一般公共预算财政拨款“三公”经费支出决算表',
      ),
      errors: [{ messageId: 'table', severity: 'note', locations: [{ part: 'table', table: '09' }] }],
    },
    {
      name: '旧表序的07表标题漏了“一般公共预算”',
      doc: cleanDoc().replace(/一般公共预算财政拨款“三公”经费支出决算表/g, '财政拨款“三公”经费支出决算表'),
      errors: [{ messageId: 'table', locations: [{ part: 'table', table: '07' }] }],
    },
  ],
});
