/** `npm run mutate`: every table figure of the clean fixtures changed in turn; prints the kill table. */
import { formatHundredths } from '../src/model/amount.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';
import { cleanDoc } from '../test/builder.ts';
import { mutateCell, numberCells, touches } from '../test/mutation/operators.ts';

for (const base of ['base-2021', 'base-2023'] as const) {
  const b = cleanDoc(base);
  const byTable = new Map<string, { total: number; caught: number; single: number }>();
  for (const cell of numberCells(b)) {
    const mutated = mutateCell(b, cell, formatHundredths((cell.amount ?? 0) + 100));
    const serious = runRules(mutated.doc(), allRules).findings.filter((f) => f.severity !== 'note');
    const name = `${cell.table.number ?? '??'}表`;
    const row = byTable.get(name) ?? { total: 0, caught: 0, single: 0 };
    row.total++;
    if (serious.some((f) => touches(f, cell))) row.caught++;
    if (serious.length === 1 && touches(serious[0], cell)) row.single++;
    byTable.set(name, row);
  }
  console.log(`\n${base}: 改动一个表内数字（+1.00）`);
  console.log('表      数字  被发现  恰好一条');
  for (const [name, r] of byTable)
    console.log(
      `${name.padEnd(6)} ${String(r.total).padStart(5)} ${String(r.caught).padStart(7)} ${String(r.single).padStart(9)}`,
    );
}
