/**
 * Fixture builder: clean, internally consistent disclosures (test/fixtures/clean) edited one printed figure or
 * phrase at a time, then parsed by the real reader. Each step returns a new builder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/generate/build.ts';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import type { Disclosure, Row, Side, TableKind } from '../src/model/document.ts';
import { cellByKey, rowByLabel, rowByCode } from '../src/model/query.ts';

const CLEAN = join(import.meta.dirname, 'fixtures', 'clean');

export class DocBuilder {
  private cached: Disclosure | undefined;
  constructor(
    readonly text: string,
    readonly file = 'clean.txt',
  ) {}

  static clean(name: 'base-2021' | 'base-2023' = 'base-2021'): DocBuilder {
    return new DocBuilder(readFileSync(join(CLEAN, `${name}.txt`), 'utf8'), `${name}.txt`);
  }

  doc(): Disclosure {
    this.cached ??= parseTextDisclosure(Buffer.from(this.text), this.file);
    return this.cached;
  }

  private findRow(kind: TableKind, row: string, side: Side | null): Row {
    const t = this.doc().tables.find((x) => x.kind === kind);
    if (!t) throw new Error(`fixture has no ${kind} table`);
    const r =
      rowByCode(t, row) ??
      t.rows.find((x) => x.label === row && (side === null || x.side === side)) ??
      rowByLabel(t, [row], side);
    if (!r) throw new Error(`fixture ${kind} has no row ${row}`);
    return r;
  }

  /** Replace the printed text of one cell (found by row code or label and column key). */
  setCell(kind: TableKind, row: string, key: string, raw: string, side: Side | null = null): DocBuilder {
    const cell = cellByKey(this.findRow(kind, row, side), key);
    if (!cell?.at.line || !cell.at.column) throw new Error(`no cell ${kind}/${row}/${key}`);
    const lines = this.text.split('\n');
    const chars = Array.from(lines[cell.at.line - 1] ?? '');
    const start = cell.at.column - 1;
    const end = cell.at.endColumn ?? cell.at.column - 1;
    chars.splice(start, Math.max(0, end - start), raw);
    lines[cell.at.line - 1] = chars.join('');
    return new DocBuilder(lines.join('\n'), this.file);
  }

  /** Printed value of a cell ("12.30"), for tests that shift a figure. */
  raw(kind: TableKind, row: string, key: string, side: Side | null = null): string {
    return cellByKey(this.findRow(kind, row, side), key)?.raw ?? '';
  }

  /** Replace the first occurrence (or all, with a global RegExp) of a text. */
  replace(from: string | RegExp, to: string): DocBuilder {
    if (typeof from === 'string' && !this.text.includes(from)) throw new Error(`fixture has no “${from}”`);
    return new DocBuilder(this.text.replace(from, to), this.file);
  }

  /** Remove the lines matching a predicate (e.g. a whole table or a note). */
  dropLines(pred: (line: string, index: number) => boolean): DocBuilder {
    return new DocBuilder(
      this.text
        .split('\n')
        .filter((l, i) => !pred(l, i))
        .join('\n'),
      this.file,
    );
  }
}

export const cleanDoc = (name?: 'base-2021' | 'base-2023'): DocBuilder => DocBuilder.clean(name);

/** Last year's disclosures matching the clean bases (partial documents: only what the cross-year rules read). */
export const previousDoc = (name: 'prev-2020' | 'prev-2022-fund'): DocBuilder =>
  new DocBuilder(
    readFileSync(join(import.meta.dirname, 'fixtures', 'cross-year', `${name}.txt`), 'utf8'),
    `${name}.txt`,
  );

/**
 * A disclosure in the national / Shanghai 11-section pattern, built by the generator from the bundled example
 * (new table order unless `old` is asked for).
 */
export function nationalDoc(order: 'new' | 'old' = 'new'): DocBuilder {
  const file = join(import.meta.dirname, '..', 'examples', 'data', '泓江区城市管理局-2024.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { settings: { tableOrder: string } };
  data.settings.tableOrder = order;
  return new DocBuilder(build(data).text, `national-${order}.txt`);
}
