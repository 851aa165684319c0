/** Mutation operators over the clean fixtures, shared by the mutation test and `npm run mutate`. */
import type { Cell, Row, Table } from '../../src/model/document.ts';
import type { Finding } from '../../src/model/finding.ts';
import { DocBuilder } from '../builder.ts';

export interface CellRef extends Cell {
  readonly table: Table;
  readonly row: Row;
}

/** Every printed number of every table (the places a typo can hit). */
export function numberCells(b: DocBuilder): CellRef[] {
  return b
    .doc()
    .tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        row.cells
          .filter((c) => c.kind === 'number' && c.at.line && c.at.column)
          .map((c) => ({ ...c, table, row })),
      ),
    );
}

/** Replace the printed text of one cell. */
export function mutateCell(b: DocBuilder, cell: Cell, raw: string): DocBuilder {
  const lines = b.text.split('\n');
  const line = cell.at.line ?? 1;
  const chars = Array.from(lines[line - 1] ?? '');
  const start = (cell.at.column ?? 1) - 1;
  chars.splice(start, (cell.at.endColumn ?? start) - start, raw);
  lines[line - 1] = chars.join('');
  return new DocBuilder(lines.join('\n'), b.file);
}

/** The finding is located at the cell, or names it as the suspect figure. */
export function touches(f: Finding | undefined, cell: Cell): boolean {
  if (!f) return false;
  return (
    f.locations.some((l) => l.line === cell.at.line && l.column1 === cell.at.column) ||
    /疑似录错/.test(f.message)
  );
}
