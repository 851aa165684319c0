/** Pure queries over the document model, shared by rules, reports and the generator. */
import { normalizeSubjectName } from '../catalog/index.ts';
import type { Cell, Disclosure, Row, Side, Table, TableKind } from './document.ts';

export function tableOfKind(doc: Disclosure, kind: TableKind): Table | undefined {
  return doc.tables.find((t) => t.kind === kind);
}

/** Compare labels ignoring whitespace, brackets width, ordinals ("十九、") and a trailing "支出". */
export function sameLabel(a: string, b: string): boolean {
  const n = (s: string): string => normalizeSubjectName(s).replace(/[“”"]/g, '');
  return n(a) === n(b);
}

export function rowsOfSide(t: Table, side: Side | null): Row[] {
  return t.rows.filter((r) => r.side === side);
}

/** First row whose label matches one of the patterns (exact after normalisation, or a RegExp). */
export function rowByLabel(
  t: Table,
  labels: readonly (string | RegExp)[],
  side: Side | null = null,
): Row | undefined {
  for (const label of labels) {
    const hit = t.rows.find(
      (r) =>
        (side === null || r.side === side) &&
        (typeof label === 'string' ? sameLabel(r.label, label) : label.test(normalizeSubjectName(r.label))),
    );
    if (hit) return hit;
  }
  return undefined;
}

export function rowByCode(t: Table, code: string): Row | undefined {
  return t.rows.find((r) => r.code === code);
}

export function cellByKey(row: Row | undefined, key: string): Cell | undefined {
  return row?.cells.find((c) => c.key === key);
}

/** Value of a cell: blank, dash and 0 all count as 0 (rules.md §0); text is not a value. */
export function valueOf(cell: Cell | undefined): number | null {
  if (!cell) return null;
  if (cell.kind === 'number') return cell.amount;
  if (cell.kind === 'blank' || cell.kind === 'dash') return 0;
  return null;
}

/** The 合计 row of a by-function table (printed first in Hunan, last in some exports). */
export function totalRow(t: Table): Row | undefined {
  return t.rows.find((r) => r.code === null && /^(合计|总计)$/.test(normalizeSubjectName(r.label)));
}

/** Rows carrying a classification code, in printed order. */
export function codedRows(t: Table): Row[] {
  return t.rows.filter((r) => r.code !== null);
}

/** Amount-column keys of a table in printed order. */
export function amountKeys(t: Table): string[] {
  const keys: string[] = [];
  for (const r of t.rows)
    for (const c of r.cells) if (c.key !== null && !keys.includes(c.key)) keys.push(c.key);
  return keys;
}

/** True when no amount cell of the table is a non-zero number. */
export function hasNoFigures(t: Table): boolean {
  return t.rows.every((r) => r.cells.every((c) => c.kind !== 'number' || c.amount === 0));
}

/** A printed row label for messages: "30201 办公费", "合计", "支出·总计". */
export function rowName(r: Row): string {
  const side = r.side === 'income' ? '收入·' : r.side === 'expenditure' ? '支出·' : '';
  return `${side}${[r.code, r.label].filter((x) => x !== null && x !== '').join(' ')}`;
}

export function hasTable(doc: Disclosure, kind: TableKind): boolean {
  return doc.tables.some((t) => t.kind === kind);
}

/** Short names used in messages ("05表"). */
export function tableName(t: Table): string {
  return t.number ? `${t.number}表` : `“${t.title}”`;
}
