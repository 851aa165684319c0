/**
 * Mutation test: a clean document with one printed table figure changed makes the auditor report exactly one
 * (error or warning) finding, located at or naming that figure. `npm test` runs a fixed-seed sample of cells;
 * `npm run mutate` runs every cell and prints the kill table.
 */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { formatHundredths } from '../../src/model/amount.ts';
import { runRules } from '../../src/rules/engine.ts';
import { allRules } from '../../src/rules/index.ts';
import { cleanDoc, type DocBuilder } from '../builder.ts';
import { numberCells, mutateCell, touches } from './operators.ts';

const bases: DocBuilder[] = [cleanDoc('base-2021'), cleanDoc('base-2023')];
const cells = bases.flatMap((b) => numberCells(b).map((cell) => ({ b, cell })));

// Deltas start at 1.00: a change of a few hundredths inside a sum of rounded parts is legitimately a 尾数差.
test.prop([fc.nat({ max: cells.length - 1 }), fc.integer({ min: 100, max: 100_000 })], {
  seed: 1125,
  numRuns: 40,
})('changing one printed amount is caught once, at that amount', (index, delta) => {
  const target = cells[index];
  if (!target) return;
  const { b, cell } = target;
  const mutated = mutateCell(b, cell, formatHundredths((cell.amount ?? 0) + delta));
  const serious = runRules(mutated.doc(), allRules).findings.filter((f) => f.severity !== 'note');
  expect(serious.length, serious.map((f) => `${f.ruleId} ${f.message}`).join('\n')).toBe(1);
  expect(touches(serious[0], cell)).toBe(true);
});
