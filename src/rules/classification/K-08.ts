import { defineRule } from '../define-rule.ts';
import type { Severity } from '../../model/finding.ts';
import {
  narrativeAt,
  narrativePieces,
  normName,
  printedSubjects,
  resolveSubjectPath,
  subjectItems,
  yearBasis,
  type Subject,
} from './shared.ts';

/** What the purpose of a 科目 must not be described as. */
interface Nature {
  readonly applies: (item: Subject) => boolean;
  readonly forbidden: RegExp;
  readonly why: string;
  readonly severity: Severity;
}

const NATURES: readonly Nature[] = [
  {
    applies: (s) => s.code.startsWith('22102'),
    forbidden: /医疗|养老|职业年金/,
    why: '住房改革支出（住房公积金、提租补贴、购房补贴）不反映医疗、养老保险或职业年金缴费',
    severity: 'error',
  },
  {
    applies: (s) => s.code.startsWith('20805'),
    forbidden: /医疗|住房公积金/,
    why: '行政事业单位养老支出不反映医疗保险缴费或住房公积金',
    severity: 'error',
  },
  {
    applies: (s) => s.code.startsWith('21011'),
    forbidden: /养老|职业年金|住房公积金/,
    why: '行政事业单位医疗不反映养老保险、职业年金缴费或住房公积金',
    severity: 'error',
  },
  {
    applies: (s) => s.code.length === 7 && normName(s.name) === '行政运行',
    forbidden: /项目|专项/,
    why: '行政运行反映机关基本支出，具体项目应列一般行政管理事务等科目',
    severity: 'warning',
  },
];

/** "主要用于…" / "用于：…" up to the end of the clause. */
const PURPOSE = /(?:主要)?用于\s*[：:]?\s*([^。；;\n]{2,80})/g;

export default defineRule({
  meta: {
    id: 'K-08',
    title: '情况说明中科目用途与科目性质相符',
    group: 'classification',
    severity: 'error',
    formula:
      '【一般公共】(三)、【基金】、【国资】各项“X（类）Y（款）Z（项）”的用途（“主要用于…”）符合该项科目：住房公积金不写作医疗/养老保险，养老保险缴费不写作医疗，医疗不写作养老/住房公积金（错误）；行政运行不写作具体项目（警告）',
    rationale:
      '项级科目的用途说明是读者理解支出的唯一文字；用途与科目性质相反（如住房公积金“主要用于事业单位医疗保险支出”）说明科目用错或说明张冠李戴。路径按科目表解析为项编码后再判断，路径本身无法解析时由 K-04 报告。',
    references: ['rules.md K-08', 'GOV R005', 'classification.md §2'],
    messages: {
      conflict:
        '情况说明“{{section}}”第{{n}}项 {{code}} {{name}} 的用途写作“{{purpose}}”，与科目性质不符：{{why}}',
    },
  },
  check(doc, ctx) {
    const basis = yearBasis(doc);
    const printed = printedSubjects(doc);
    for (const piece of narrativePieces(doc)) {
      subjectItems(piece.section.text).forEach((item, i) => {
        const res = resolveSubjectPath(item.path, basis.year, printed);
        const subject = res.item;
        if (!subject) return;
        const nature = NATURES.find((x) => x.applies(subject));
        if (!nature) return;
        for (const m of item.body.matchAll(PURPOSE)) {
          const purpose = (m[1] ?? '').trim();
          if (!nature.forbidden.test(purpose)) continue;
          const offset = item.bodyOffset + m.index;
          ctx.report({
            messageId: 'conflict',
            severity: nature.severity,
            data: {
              section: piece.label,
              n: item.number ?? String(i + 1),
              code: subject.code,
              name: subject.name,
              purpose,
              why: nature.why,
            },
            actual: { text: purpose },
            locations: [
              narrativeAt(piece.section, offset, m[0].length),
              narrativeAt(piece.section, item.offset, item.length),
            ],
          });
          break; // one finding per item
        }
      });
    }
  },
});
