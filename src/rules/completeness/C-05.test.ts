import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './C-05.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（湖南15节）', doc: cleanDoc() },
    { name: '干净基准文档（湖南13节）', doc: cleanDoc('base-2023') },
    {
      name: '没有“三公”经费时一句说明、不分小节（全国/上海模板）',
      doc: cleanDoc().replace(
        /(\n七、一般公共预算财政拨款三公经费支出决算情况说明\n\n)[\s\S]*?(?=\n八、)/,
        '$1青山县农业农村局2021年度无“三公”经费财政拨款支出。\n',
      ),
    },
    {
      name: '“政府性基金预算财政拨款收入支出决算情况说明”是基金一节，不是财政拨款总体一节（全国/上海模板）',
      doc: cleanDoc().replace(
        '八、政府性基金预算收入支出决算情况\n',
        '八、政府性基金预算财政拨款收入支出决算情况说明\n',
      ),
    },
  ],
  invalid: [
    {
      name: '删去“十一、一般性支出情况说明”一节',
      doc: cleanDoc().replace(/十一、一般性支出情况说明\n\n[^\n]*\n\n/, ''),
      errors: [
        { messageId: 'missing', severity: 'error', message: /一般性支出.*湖南15节模板.*第十一节/ },
        {
          messageId: 'numberGap',
          severity: 'warning',
          locations: [{ part: 'narrative', section: '十二、关于政府采购支出说明' }],
        },
      ],
    },
    {
      name: '一般公共预算支出一节缺少（三）',
      doc: cleanDoc().replace('（三）一般公共预算财政拨款支出决算具体情况\n\n', ''),
      errors: [
        {
          messageId: 'missingSub',
          message: /（三）/,
          locations: [{ section: '五、一般公共预算财政拨款支出决算情况说明' }],
        },
      ],
    },
    {
      name: '“三公”一节小节编号跳号',
      doc: cleanDoc('base-2023').replace(
        '（二）“三公”经费财政拨款支出决算具体情况说明',
        '（三）“三公”经费财政拨款支出决算具体情况说明',
      ),
      errors: [{ messageId: 'missingSub' }, { messageId: 'subNumberGap', severity: 'warning' }],
    },
    {
      name: '“六”误印为“五”：该节被并入上一节，编号重复并出现缺号',
      doc: cleanDoc().replace(
        '六、一般公共预算财政拨款基本支出决算情况说明\n\n2021',
        '五、一般公共预算财政拨款基本支出决算情况说明\n\n2021',
      ),
      errors: [
        { messageId: 'numberRepeat', severity: 'warning', locations: [{ part: 'narrative', line: 417 }] },
        { messageId: 'numberGap', severity: 'warning', message: /缺少第六节/ },
      ],
    },
  ],
});
