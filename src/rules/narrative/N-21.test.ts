import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './N-21.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '报告中按项目写的项目支出不是部门项目支出总数',
      doc: cleanDoc('base-2023').replace(
        '1、森林资源培育项目支出48.60万元',
        '1、森林资源培育项目支出46.80万元',
      ),
    },
  ],
  invalid: [
    {
      name: '附件报告中的“三公”经费与情况说明不一致',
      doc: cleanDoc().replace(
        '“三公”经费支出7.40万元，控制在预算以内',
        '“三公”经费支出7.04万元，控制在预算以内',
      ),
      errors: [
        {
          messageId: 'differs',
          locations: [{ part: 'narrative' }, { part: 'narrative' }],
          message: /7\.40万元/,
        },
      ],
    },
    {
      name: '附件报告中的基本支出与两种口径都不同',
      doc: cleanDoc().replace(
        '2021年支出合计440.29万元，其中：基本支出307.32万元',
        '2021年支出合计440.29万元，其中：基本支出370.32万元',
      ),
      errors: [{ messageId: 'differs', message: /未写明口径/ }],
    },
  ],
});
