import { cleanDoc } from '../../../test/builder.ts';
import { ruleTester } from '../../../test/rule-tester.ts';
import rule from './S-13.ts';

const GS_2021 = '十一、一般性支出情况说明';
const MEETINGS_TRAININGS_2021 =
  '2021年度本部门开支会议费1.28万元，用于召开全县农业农村工作会议、春耕生产调度会和高标准农田建设推进会3次会议，人数320人；开支培训费2.35万元，用于开展农业综合行政执法人员业务培训和农产品质量安全监管培训，培训4次，人数286人；';

ruleTester.run(rule, {
  valid: [
    { name: '干净基准文档（旧表序）', doc: cleanDoc() },
    { name: '干净基准文档（新表序）', doc: cleanDoc('base-2023') },
    {
      name: '会议费、培训费为 0，写“未召开会议”“未举办培训”',
      doc: cleanDoc().replace(
        MEETINGS_TRAININGS_2021,
        '2021年度本部门开支会议费0万元，未召开会议；开支培训费0万元，未举办培训；',
      ),
    },
    {
      name: '金额为 0 时次数、人数都写 0',
      doc: cleanDoc().replace(
        `${MEETINGS_TRAININGS_2021}未举办`,
        '2021年度本部门开支会议费0.00万元，召开0次会议，人数0人；开支培训费0.00万元，培训0次，人数0人；举办0场',
      ),
    },
    {
      name: '次数、人数换一种写法',
      doc: cleanDoc().replace(
        '用于召开全县农业农村工作会议、春耕生产调度会和高标准农田建设推进会3次会议，人数320人',
        '召开会议3场，参会320人次',
      ),
    },
  ],
  invalid: [
    {
      name: '会议费有支出却没写会议次数',
      doc: cleanDoc().replace('高标准农田建设推进会3次会议', '高标准农田建设推进会'),
      errors: [
        {
          messageId: 'noTimes',
          severity: 'warning',
          message: /会议次数/,
          locations: [{ part: 'narrative', section: GS_2021 }],
        },
      ],
    },
    {
      name: '新表序：培训费有支出却没写培训次数',
      doc: cleanDoc('base-2023').replace('，培训3次，人数210人', '，人数210人'),
      errors: [
        { messageId: 'noTimes', message: /培训次数/, locations: [{ section: '十、一般性支出情况说明' }] },
      ],
    },
    {
      name: '会议没写参会人数',
      doc: cleanDoc().replace('3次会议，人数320人', '3次会议'),
      errors: [
        { messageId: 'noPeople', severity: 'warning', locations: [{ part: 'narrative', section: GS_2021 }] },
      ],
    },
    {
      name: '培训费为 0 却写了培训次数和人数',
      doc: cleanDoc().replace('开支培训费2.35万元', '开支培训费0.00万元'),
      errors: [
        {
          messageId: 'countsWithoutAmount',
          message: /次数 4次/,
          locations: [
            { part: 'narrative', section: GS_2021 },
            { part: 'narrative', section: GS_2021 },
          ],
        },
        { messageId: 'countsWithoutAmount', message: /人数 286人/ },
      ],
    },
    {
      name: '漏写节庆、晚会、论坛、赛事活动情况',
      doc: cleanDoc().replace('；未举办节庆、晚会、论坛、赛事活动，开支0.00万元', ''),
      errors: [
        {
          messageId: 'noFestival',
          severity: 'warning',
          locations: [{ part: 'narrative', section: GS_2021 }],
        },
      ],
    },
  ],
});
