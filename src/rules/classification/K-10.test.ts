import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-10.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
  ],
  invalid: [
    {
      name: '05表行政运行列了项目支出',
      doc: cleanDoc().replace(
        '2130101\t行政运行\t234.48\t234.48\t',
        '2130101\t行政运行\t234.48\t224.48\t10.00',
      ),
      errors: [
        {
          messageId: 'runWithProject',
          severity: 'note',
          message: /05表 2130101 行政运行 列有项目支出 10.00/,
          locations: [{ table: '05', row: '2130101 行政运行' }],
        },
      ],
    },
    {
      name: '05表一般行政管理事务只有基本支出',
      doc: cleanDoc().replace(
        /^2130102\t一般行政管理事务\t36\.50\t\t36\.50$/m,
        '2130102\t一般行政管理事务\t36.50\t36.50\t',
      ),
      errors: [
        { messageId: 'affairsBasicOnly', locations: [{ table: '05', row: '2130102 一般行政管理事务' }] },
      ],
    },
  ],
});
