import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './K-08.ts';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序，【基金】项目用途）', doc: cleanDoc('base-2023') },
    {
      name: '一般行政管理事务写专项用途是正常的',
      doc: cleanDoc().replace('用于执法装备配备', '主要用于执法装备配备专项'),
    },
  ],
  invalid: [
    {
      name: '住房公积金（项）写作“主要用于事业单位医疗保险支出”',
      doc: cleanDoc().replace(
        '停止缴存住房公积金，缴存人数减少。',
        '停止缴存住房公积金，缴存人数减少。该项资金主要用于事业单位医疗保险支出。',
      ),
      errors: [
        {
          messageId: 'conflict',
          severity: 'error',
          message:
            /“五（三）”第7项 2210201 住房公积金 的用途写作“事业单位医疗保险支出”，与科目性质不符：住房改革支出/,
          locations: [
            { part: 'narrative', section: '（三）一般公共预算财政拨款支出决算具体情况' },
            { part: 'narrative' },
          ],
        },
      ],
    },
    {
      name: '行政运行（项）写作具体项目：警告',
      doc: cleanDoc().replace(
        '压减办公、差旅等支出。',
        '压减办公、差旅等支出。资金主要用于农业综合行政执法能力提升项目。',
      ),
      errors: [{ messageId: 'conflict', severity: 'warning', message: /2130101 行政运行 的用途写作/ }],
    },
    {
      name: '养老保险缴费（项）写作医疗保险',
      doc: cleanDoc().replace(
        '机关事业单位基本养老保险缴费基数相应提高，单位缴费增加。',
        '机关事业单位基本养老保险缴费基数相应提高，单位缴费增加，主要用于在职人员医疗保险缴费。',
      ),
      errors: [{ messageId: 'conflict', message: /2080505 机关事业单位基本养老保险缴费支出 的用途/ }],
    },
  ],
});
