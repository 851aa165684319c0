/** Shared by I-06, I-07, I-13: on every row of a table, a total column equals the sum of its part columns. */
import type { Table } from '../../model/document.ts';
import type { RuleContext } from '../context.ts';
import { checkSum, operand } from '../helpers.ts';

export function checkRowSums<Id extends string>(
  ctx: RuleContext<Id>,
  messageId: Id,
  t: Table,
  totalKey: string,
  partKeys: readonly (string | readonly string[])[],
): void {
  for (const row of t.rows) {
    const total = operand(t, row, totalKey);
    if (!total) continue;
    // A part may be printed as one column or split (e.g. 财政拨款收入 by fund): take whichever the table has.
    const parts = partKeys.flatMap((k) => {
      const keys = typeof k === 'string' ? [k] : k;
      const direct = operand(t, row, keys[0] ?? '');
      if (direct) return [direct];
      return keys.slice(1).flatMap((kk) => {
        const o = operand(t, row, kk);
        return o ? [o] : [];
      });
    });
    if (parts.length === 0) continue;
    checkSum(ctx, messageId, { total, parts });
  }
}
