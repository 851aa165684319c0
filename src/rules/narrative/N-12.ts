import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { cellByKey, codedRows, tableOfKind, valueOf } from '../../model/query.ts';
import { operand } from '../helpers.ts';
import { printedSubjects, resolveSubjectPath, subjectItems } from '../classification/shared.ts';
import { budgetPairsIn, narrativeSections, sentenceLocation, subsection } from './claims.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';

const norm = (s: string): string => s.replace(/[\s（）()]/g, '');

export default defineRule({
  meta: {
    id: 'N-12',
    title: '一般公共预算财政拨款支出具体情况逐项说明到05表每个项级科目',
    group: 'narrative',
    severity: 'error',
    formula:
      '【一般公共】（三）：05表 每个决算非零的项级科目恰有一项说明；说明的“X（类）Y（款）Z（项）”对应该项科目；该项决算 = 05表 该项合计；编号 1、2、3… 连续',
    rationale:
      '公开要求依次说明到各项级科目：漏说明一个项、说明了表中没有的项、或项的决算数与表不符，都是缺陷。',
    references: [
      'rules.md N-12',
      'narrative.md §2.5',
      '上海市部门决算公开模板（按上述格式依次说明到各项级科目）',
    ],
    messages: {
      ...QUOTE_MESSAGES,
      missingItem: '“{{section}}” 没有说明 05表 的项级科目 {{code}} {{name}}（决算 {{amount}}万元）',
      unknownItem: '“{{section}}” 第{{n}}项说明的 {{code}} {{name}} 在 05表 中没有决算数',
      numbering: '“{{section}}” 项目编号不连续：{{numbers}}',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('general');
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    if (!section || !t05) return;
    const part = subsection(section, '三');
    if (!part) return;
    const items = codedRows(t05).filter((r) => r.code?.length === 7);
    // 05表 without 项 rows is I-19's finding; nothing to match the items against.
    if (items.length === 0) return;
    const printed = printedSubjects(doc);
    const explained = new Set<string>();
    const numbers: string[] = [];
    for (const item of subjectItems(part.text)) {
      if (item.number) numbers.push(item.number);
      const resolved = resolveSubjectPath(item.path, doc.meta.year, printed);
      // A wrong 类 or 款 name is K-04's finding; the 项 is still explained when its name is printed in 05表 once
      // (under the 类 named, when that one resolved).
      const byName = items.filter(
        (r) =>
          norm(r.label) === norm(item.path.itemText) &&
          (!resolved.class || r.code?.startsWith(resolved.class.code) === true),
      );
      // Or a 项 named with an old or wrong name under the right 款: the one 05表 line of that 款 with the amount
      // the item states.
      const stated = budgetPairsIn(item.body)[0]?.actual.value;
      const byAmount =
        resolved.section && stated !== undefined
          ? items.filter(
              (r) =>
                r.code?.startsWith(resolved.section?.code ?? '-') === true &&
                valueOf(cellByKey(r, 'total')) === stated,
            )
          : [];
      const code =
        resolved.item?.code ??
        (byName.length === 1 ? byName[0]?.code : byAmount.length === 1 ? byAmount[0]?.code : undefined);
      const at = {
        text: part.text.slice(item.offset, item.offset + item.length),
        offset: item.offset,
        section: part,
      };
      if (!code) continue; // an unresolvable path is K-04's finding
      explained.add(code);
      const row = items.find((r) => r.code === code);
      const pair = budgetPairsIn(item.body)[0];
      const op = operand(t05, row, 'total');
      if (!row || !op || (op.value ?? 0) === 0) {
        if ((pair?.actual.value ?? 0) !== 0 || row === undefined) {
          ctx.report({
            messageId: 'unknownItem',
            data: { section: part.heading, n: item.number ?? '?', code, name: item.path.itemText },
            locations: [sentenceLocation(at), ctx.tableAt(t05)],
          });
        }
        continue;
      }
      if (pair) {
        const body = { text: item.body, offset: item.bodyOffset, section: part };
        checkQuote(ctx, body, pair.actual, op, `${item.path.itemText}（项）支出决算`);
      }
    }
    for (const row of items) {
      const amount = valueOf(cellByKey(row, 'total')) ?? 0;
      if (amount === 0 || explained.has(row.code ?? '')) continue;
      ctx.report({
        messageId: 'missingItem',
        data: {
          section: part.heading,
          code: row.code ?? '',
          name: row.label,
          amount: formatHundredths(amount),
        },
        locations: [
          sentenceLocation({ text: part.text.slice(0, 100), offset: 0, section: part }),
          ctx.rowAt(t05, row),
        ],
      });
    }
    const gap = numbers.some((n, i) => Number(n) !== i + 1);
    if (gap) {
      ctx.report({
        messageId: 'numbering',
        severity: 'note',
        data: { section: part.heading, numbers: numbers.join('、') },
        locations: [sentenceLocation({ text: part.text.slice(0, 100), offset: 0, section: part })],
      });
    }
  },
});
