import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import { codedRows, tableOfKind, valueOf } from '../../model/query.ts';
import { cellByKey } from '../../model/query.ts';
import type { Disclosure } from '../../model/document.ts';
import { checkPercent, printed } from '../../model/ratio.ts';
import { describe, operand, type Operand } from '../helpers.ts';
import { EXPENDITURE_TOTAL, findLine, GRAND_TOTAL } from '../summary-rows.ts';
import { classCodeOfPhrase } from './class-names.ts';
import {
  amountsIn,
  narrativeSections,
  sentenceLocation,
  sentencesOf,
  shareAfter,
  subsection,
  type AmountMention,
  type PercentMention,
  type Sentence,
} from './claims.ts';
import { checkQuote, checkShare, QUOTE_MESSAGES } from './compare.ts';
import { totalFigure } from './table-figures.ts';

export default defineRule({
  meta: {
    id: 'N-10',
    title: '一般公共预算财政拨款支出结构情况与05表类级数字一致',
    group: 'narrative',
    severity: 'error',
    formula: '【一般公共】（二）各类支出金额 = 05表 该类合计；占比分母 = 05表 合计；所列各类 = 05表 非零类',
    rationale: '结构段逐类复述 05 表类级支出及其占比，漏列、多列或数字不符都是缺陷。',
    references: ['rules.md N-10', 'narrative.md §2.5'],
    messages: {
      ...QUOTE_MESSAGES,
      missing: '“{{section}}” 未说明 05表 中的 {{code}} {{name}} {{amount}}万元',
      shareBase: '“{{section}}” {{count}} 个占比都是按 {{used}} 计算的，分母应为 {{right}}',
      extra: '“{{section}}” 列出的“{{label}}”{{amount}}万元 在 05表 中没有对应的非零类级科目',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('general');
    const t05 = tableOfKind(doc, 'general-budget-expenditure');
    if (!section || !t05) return;
    const part = subsection(section, '二');
    if (!part) return;
    const total = totalFigure(t05, 'total');
    // 05表 without 类 rows (I-19 reports it): the 类 figures are those of 04表's 一般公共预算 column.
    const t04 = tableOfKind(doc, 'fiscal-summary');
    const fromT05 = codedRows(t05).filter((r) => r.code?.length === 3);
    const source = fromT05.length > 0 || !t04 ? t05 : t04;
    const key = source === t05 ? 'total' : 'general';
    const classes = (
      source === t05
        ? fromT05
        : (t04?.rows.filter((r) => r.side === 'expenditure' && r.classCode !== null) ?? [])
    ).filter((r) => (valueOf(cellByKey(r, key)) ?? 0) !== 0);
    const codeOf = (r: (typeof classes)[number]): string => r.code ?? r.classCode ?? '';
    const mentioned = new Set<string>();
    const wrong: { s: Sentence; a: AmountMention; pct: PercentMention; op: Operand }[] = [];
    const unresolved: {
      s: ReturnType<typeof sentencesOf>[number];
      a: ReturnType<typeof amountsIn>[number];
    }[] = [];
    for (const s of sentencesOf(part)) {
      for (const a of amountsIn(s.text)) {
        if (a.unit !== '万元' || /财政拨款支出$/.test(a.label)) continue;
        const code = classCodeOfPhrase(a.label, doc.meta.year);
        const row = code ? classes.find((r) => codeOf(r) === code) : undefined;
        if (!code) {
          unresolved.push({ s, a });
          continue;
        }
        mentioned.add(code);
        const op = operand(source, row, key);
        if (!op) {
          ctx.report({
            messageId: 'extra',
            data: { section: part.heading, label: a.label, amount: formatHundredths(a.value) },
            locations: [sentenceLocation(s, a.start), ctx.tableAt(source)],
          });
          continue;
        }
        if (!checkQuote(ctx, s, a, op)) continue;
        const pct = shareAfter(s.text, a);
        if (
          pct &&
          total?.value &&
          checkPercent(printed(op.value ?? 0), printed(total.value), pct).verdict === 'wrong'
        ) {
          wrong.push({ s, a, pct, op });
        }
      }
    }
    // Shares computed on one other figure (e.g. 01表 总计) are one defect, reported once; the rest one by one.
    const group = total?.value ? commonBase(doc, wrong) : null;
    const first = group?.members[0];
    if (group && first && total) {
      ctx.report({
        messageId: 'shareBase',
        data: {
          section: part.heading,
          count: group.members.length,
          used: describe(group.base, true),
          right: describe(total, true),
        },
        expected: { amount: total.value ?? 0 },
        actual: { amount: group.base.value ?? 0 },
        locations: [
          sentenceLocation(first.s, first.pct.start),
          ctx.cellAt(total.table, total.row, total.cell),
        ],
      });
    }
    if (total?.value) {
      for (const w of wrong.filter((x) => !group?.members.includes(x))) {
        checkShare(
          ctx,
          w.s,
          w.pct,
          w.a.label,
          { value: w.op.value ?? 0, at: ctx.cellAt(source, w.op.row, w.op.cell) },
          {
            value: total.value,
            at: ctx.cellAt(total.table, total.row, total.cell),
          },
        );
      }
    }
    // A name that is not a 类 (K-04 reports it) still counts for the 类 whose amount it states.
    for (const { a } of unresolved) {
      const row = classes.find((r) => !mentioned.has(codeOf(r)) && valueOf(cellByKey(r, key)) === a.value);
      if (row) mentioned.add(codeOf(row));
    }
    for (const row of classes) {
      if (mentioned.has(codeOf(row))) continue;
      const c = cellByKey(row, key);
      ctx.report({
        messageId: 'missing',
        severity: 'warning',
        data: {
          section: part.heading,
          code: codeOf(row),
          name: row.label,
          amount: formatHundredths(valueOf(c) ?? 0),
        },
        locations: [
          { ...sentenceLocation({ text: part.text.slice(0, 120), offset: 0, section: part }) },
          ctx.rowAt(source, row),
        ],
      });
    }
  },
});

/** The figure of 01/03/04表 on which the most (at least two) wrong shares are right. */
function commonBase<W extends { pct: PercentMention; op: Operand }>(
  doc: Disclosure,
  wrong: readonly W[],
): { base: Operand; members: W[] } | null {
  const t01 = tableOfKind(doc, 'income-expenditure-summary');
  const t03 = tableOfKind(doc, 'expenditure');
  const t04 = tableOfKind(doc, 'fiscal-summary');
  const candidates = [
    t01 ? operand(t01, findLine(t01, 'expenditure', EXPENDITURE_TOTAL), 'amount') : null,
    t01 ? operand(t01, findLine(t01, 'expenditure', GRAND_TOTAL), 'amount') : null,
    totalFigure(t03, 'total'),
    t04 ? operand(t04, findLine(t04, 'income', GRAND_TOTAL), 'amount') : null,
  ];
  let best: { base: Operand; members: W[] } | null = null;
  for (const c of candidates) {
    if (!c?.value) continue;
    const members = wrong.filter(
      (w) => checkPercent(printed(w.op.value ?? 0), printed(c.value ?? 0), w.pct).verdict === 'ok',
    );
    if (members.length >= 2 && members.length > (best?.members.length ?? 0)) best = { base: c, members };
  }
  return best;
}
