/** Shared by N-06 and N-07: a total and its parts, each with an optional share, against a table's 合计 row. */
import type { RuleContext } from '../context.ts';
import type { Operand } from '../helpers.ts';
import { amountsIn, sentencesOf, shareAfter } from './claims.ts';
import type { Section, Table } from '../../model/document.ts';
import { checkQuote, checkShare } from './compare.ts';
import { totalFigure, type Figure } from './table-figures.ts';

export function checkBreakdown(
  ctx: RuleContext<'quote' | 'quoteRounded' | 'share'>,
  section: Section,
  table: Table,
  figures: readonly Figure[],
  whole: Operand | null,
): void {
  for (const s of sentencesOf(section)) {
    for (const a of amountsIn(s.text)) {
      if (a.unit !== '万元') continue;
      const fig = figures.find((f) => f.re.test(a.label));
      if (!fig) continue;
      const op = fig.key === 'total' ? whole : totalFigure(table, fig.key);
      if (!op || op.value === null) continue;
      if (!checkQuote(ctx, s, a, op)) continue;
      const pct = shareAfter(s.text, a);
      if (!pct || !whole || whole.value === null || fig.key === 'total') continue;
      checkShare(
        ctx,
        s,
        pct,
        a.label,
        { value: op.value, at: ctx.cellAt(op.table, op.row, op.cell) },
        {
          value: whole.value,
          at: ctx.cellAt(whole.table, whole.row, whole.cell),
        },
      );
    }
  }
}
