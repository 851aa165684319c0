import { defineRule } from '../define-rule.ts';
import type { Row, Table } from '../../model/document.ts';
import { cellByKey, rowByCode, tableName, tableOfKind, valueOf } from '../../model/query.ts';
import { entryInYear, functionalRows } from './shared.ts';

/**
 * Economic item of 06 → the functional 科目 of 05 that must carry it (classification.md §2 "nature pairs"). `any`
 * lists accepted codes; a 5-digit entry accepts every 项 under that 款.
 */
const PAIRS: readonly { economic: readonly string[]; any: readonly string[]; hint: string }[] = [
  {
    economic: ['30108'],
    any: ['2080505'],
    hint: '基本养老保险缴费列 208 社会保障和就业支出—20805 行政事业单位养老支出',
  },
  {
    economic: ['30109'],
    any: ['2080506'],
    hint: '职业年金缴费列 208 社会保障和就业支出—20805 行政事业单位养老支出',
  },
  {
    economic: ['30110', '30111'],
    any: ['21011'],
    hint: '医疗保险缴费列 210 卫生健康支出—21011 行政事业单位医疗',
  },
  {
    economic: ['30113'],
    any: ['2210201'],
    hint: '住房公积金列 221 住房保障支出—22102 住房改革支出，不列 210 或 208',
  },
  { economic: ['30302'], any: ['20805'], hint: '退休费列 208 社会保障和就业支出—20805 行政事业单位养老支出' },
];

const total = (r: Row | undefined): number => valueOf(cellByKey(r, 'total')) ?? 0;

/** True when 05 prints a row of one of the codes (or under a listed 款) with a non-zero 合计. */
function carries(t05: Table, codes: readonly string[]): Row | undefined {
  return functionalRows(t05).find(
    (r) => r.code !== null && codes.some((c) => r.code?.startsWith(c)) && total(r) !== 0,
  );
}

export default defineRule({
  meta: {
    id: 'K-07',
    title: '经济分类与功能分类性质对应',
    group: 'classification',
    severity: 'warning',
    formula:
      '06表 30108 > 0 ⇒ 05表有 2080505；30109 > 0 ⇒ 2080506；30110/30111 > 0 ⇒ 21011 款下的项；30113 > 0 ⇒ 2210201；30302 > 0 ⇒ 20805 款下的项',
    rationale:
      '养老保险、职业年金、医疗保险缴费和住房公积金按支出功能分类有各自的科目；06表列了这些经济分类支出、05表却没有对应科目，多半是把它们并进了“行政运行”等科目。这是记账惯例而非恒等式，故为警告。',
    references: ['rules.md K-07', 'classification.md §2 (nature pairs)', 'GOV R005'],
    messages: {
      missing: '06表 {{code}} {{name}} 决算数 {{amount}}，但{{table}}未列有金额的 {{expected}}（{{hint}}）',
    },
  },
  check(doc, ctx) {
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!t05 || !t06) return;
    // A 05 table with only its 合计 row cannot be matched (I-19 reports it).
    if (functionalRows(t05).length === 0) return;
    for (const pair of PAIRS) {
      const row = pair.economic
        .map((c) => rowByCode(t06, c))
        .find((r): r is Row => r !== undefined && (valueOf(cellByKey(r, 'amount')) ?? 0) > 0);
      if (!row) continue;
      if (carries(t05, pair.any)) continue;
      const amount = cellByKey(row, 'amount');
      const expected = pair.any
        .map((c) => {
          const name = entryInYear('functional', c, doc.meta.year)?.name;
          const what = c.length === 5 ? `${c} ${name ?? ''} 款下的项` : `${c} ${name ?? ''}`;
          return what.replace(/\s+/g, ' ').trim();
        })
        .join('或');
      ctx.report({
        messageId: 'missing',
        data: {
          code: row.code ?? '',
          name: row.label,
          amount: { amount: valueOf(amount) ?? 0 },
          table: tableName(t05),
          expected,
          hint: pair.hint,
        },
        expected: { text: expected },
        locations: [amount ? ctx.cellAt(t06, row, amount) : ctx.rowAt(t06, row), ctx.tableAt(t05)],
      });
    }
  },
});
