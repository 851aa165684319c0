import { cellByKey, codedRows, valueOf } from '../../model/query.ts';
import type { PerfEvaluation, PerfValue } from '../../model/document.ts';
import { moneyRow, perfName } from '../../perf/table.ts';
import { printedSubjects, resolveSubjectPath, subjectItems } from '../classification/shared.ts';
import { defineRule } from '../define-rule.ts';
import {
  budgetPairsIn,
  narrativeSections,
  paragraphsOf,
  sentenceLocation,
  subsection,
  type AmountMention,
  type Sentence,
} from '../narrative/claims.ts';
import { compareQuoted } from '../narrative/compare.ts';
import { accountsOf, tableOf, type Accounts } from './accounts.ts';
import { perfAt, shown } from './shared.ts';

/** 年初预算数 printed in the money block: 合计 and 其中：当年财政拨款 (either may carry the 一般公共预算 scope). */
function initialBudgets(p: PerfEvaluation): PerfValue[] {
  return [moneyRow(p, 'total')?.initialBudget, moneyRow(p, 'fiscal')?.initialBudget].filter(
    (v): v is PerfValue => v?.kind === 'number' && v.amount !== null,
  );
}

/** A stated 年初预算 agrees with one of the printed 年初预算数 (§9.1, "1" = "1.00"). */
function agrees(stated: AmountMention, printed: readonly PerfValue[]): boolean {
  return printed.some((v) => compareQuoted(stated, v.amount ?? 0) !== 'different');
}

interface Stated {
  readonly sentence: Sentence;
  readonly budget: AmountMention;
  readonly what: string;
}

/** 【一般公共】（三）: the overall 年初预算 and, per 项 code, the item's 年初预算. */
function statedBudgets(acc: Accounts): { overall: Stated | null; items: Map<string, Stated> } {
  const items = new Map<string, Stated>();
  const section = narrativeSections(acc.doc).get('general');
  const part = section ? subsection(section, '三') : undefined;
  if (!part) return { overall: null, items };
  let overall: Stated | null = null;
  for (const p of paragraphsOf(part)) {
    const pair = budgetPairsIn(p.text)[0];
    if (pair) {
      overall = { sentence: p, budget: pair.budget, what: '年初预算' };
      break;
    }
  }
  const printed = printedSubjects(acc.doc);
  for (const item of subjectItems(part.text)) {
    const code = resolveSubjectPath(item.path, acc.doc.meta.year, printed).item?.code;
    const pair = budgetPairsIn(item.body)[0];
    if (!code || !pair) continue;
    items.set(code, {
      sentence: { text: item.body, offset: item.bodyOffset, section: part },
      budget: pair.budget,
      what: `${item.path.itemText}（项）年初预算`,
    });
  }
  return { overall, items };
}

/**
 * The 05表 项 whose spending is the project's alone: its 合计 = 项目支出 = the project's 全年执行数, and no other 项
 * (nor another project 自评表) has the same figure. null when the match is not unique.
 */
function projectItem(acc: Accounts, p: PerfEvaluation, all: readonly PerfEvaluation[]): string | null {
  const t05 = tableOf(acc, 'general-budget-expenditure');
  const executed = moneyRow(p, 'total')?.executed;
  if (!t05 || executed?.kind !== 'number' || executed.amount === null || executed.amount === 0) return null;
  const amount = executed.amount;
  const twins = all.filter((o) => o.kind === 'project' && moneyRow(o, 'total')?.executed?.amount === amount);
  if (twins.length !== 1) return null;
  const rows = codedRows(t05).filter(
    (r) =>
      r.code?.length === 7 &&
      valueOf(cellByKey(r, 'total')) === amount &&
      valueOf(cellByKey(r, 'project')) === amount,
  );
  return rows.length === 1 ? (rows[0]?.code ?? null) : null;
}

export default defineRule({
  meta: {
    id: 'P-15',
    title: '绩效自评表年初预算数与情况说明',
    group: 'performance',
    severity: 'warning',
    formula:
      '部门整体自评表 年初预算数（合计或当年财政拨款）= 【一般公共】（三）总的年初预算；项目自评表的执行数独占 05表 某个项（该项 合计 = 项目支出 = 执行数，且唯一）时，其年初预算数 = （三）中该项的年初预算',
    rationale:
      '自评表的年初预算数与情况说明“一般公共预算财政拨款支出决算具体情况”写的年初预算是同一个数。自评表不写口径，合计与当年财政拨款两栏中任一相同即可；项目只在能唯一对应到一个项级科目时比较。',
    references: ['rules.md P-15'],
    messages: {
      overall: '{{table}} 年初预算数 {{printed}} 与“{{section}}”所写年初预算 {{stated}} 不同',
      project:
        '{{table}} 年初预算数 {{printed}} 与“{{section}}”中 {{what}} {{stated}} 不同（该项支出全部为本项目）',
    },
  },
  check(doc, ctx) {
    const acc = accountsOf(doc, ctx);
    if (!acc) return;
    const { overall, items } = statedBudgets(acc);
    for (const p of doc.perfEvaluations) {
      const printed = initialBudgets(p);
      const first = printed[0];
      if (!first) continue;
      const code = p.kind === 'project' ? projectItem(acc, p, doc.perfEvaluations) : null;
      const stated = p.kind === 'overall' ? overall : code ? (items.get(code) ?? null) : null;
      if (!stated || agrees(stated.budget, printed)) continue;
      ctx.report({
        messageId: p.kind === 'overall' ? 'overall' : 'project',
        data: {
          table: perfName(p),
          printed: printed.map((v) => shown(v)).join(' / '),
          section: stated.sentence.section.heading,
          stated: stated.budget.raw,
          what: stated.what,
        },
        expected: { amount: stated.budget.value },
        actual: { amount: first.amount ?? 0 },
        locations: [
          perfAt(doc, p, first.at, '资金情况·合计', '年初预算数'),
          ...(acc.own ? [sentenceLocation(stated.sentence, stated.budget.start)] : []),
        ],
      });
    }
  },
});
