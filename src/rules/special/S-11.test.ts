import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-11.ts';

const OPERATING_2021 =
  '本部门2021年度机关运行经费支出63.71万元，比上年决算数减少2.64万元，下降3.98%。主要原因是：本局严格落实过紧日子要求，压减办公费、印刷费和差旅费等一般性支出。';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '写“无机关运行经费支出”，不写金额',
      doc: cleanDoc().replace(OPERATING_2021, '青山县农业农村局2021年度无机关运行经费支出。'),
    },
    {
      name: '金额 0 与“无机关运行经费支出”并写',
      doc: cleanDoc().replace(OPERATING_2021, '本部门2021年度机关运行经费支出0.00万元，无机关运行经费支出。'),
    },
    {
      name: '与上年持平',
      doc: cleanDoc().replace(OPERATING_2021, '本部门2021年度机关运行经费支出63.71万元，与上年持平。'),
    },
    {
      name: '上一年度无机关运行经费（说的是 2020 年）',
      doc: cleanDoc().replace(
        OPERATING_2021,
        '本部门2021年度机关运行经费支出63.71万元，2020年度无机关运行经费支出，比上年增加63.71万元。主要原因是：本局2021年由事业单位转为参照公务员法管理单位。',
      ),
    },
  ],
  invalid: [
    {
      name: '模板句“无机关运行经费支出”未删除',
      doc: cleanDoc().replace(
        '本部门2021年度机关运行经费支出63.71万元',
        '本部门2021年度无机关运行经费支出。本部门2021年度机关运行经费支出63.71万元',
      ),
      errors: [
        {
          messageId: 'saysNone',
          severity: 'error',
          locations: [
            { part: 'narrative', section: '十、关于机关运行经费支出说明' },
            { part: 'narrative', section: '十、关于机关运行经费支出说明' },
          ],
        },
      ],
    },
    {
      name: '只写金额和用途，没有与上年比较',
      doc: cleanDoc().replace(
        OPERATING_2021,
        '本部门2021年度机关运行经费支出63.71万元，主要用于办公费、印刷费、差旅费等一般性支出。',
      ),
      errors: [
        {
          messageId: 'noChange',
          severity: 'warning',
          locations: [{ part: 'narrative', section: '十、关于机关运行经费支出说明' }],
        },
      ],
    },
    {
      name: '新表序：删去了增减变化和原因',
      doc: cleanDoc('base-2023').replace(
        '，比上年决算数减少1.61万元，下降3.42%。主要原因是：本局严格落实过紧日子要求，压减办公费、印刷费和公务接待费等支出。',
        '。',
      ),
      errors: [
        {
          messageId: 'noChange',
          severity: 'warning',
          locations: [{ section: '九、关于机关运行经费支出说明' }],
        },
      ],
    },
  ],
});
