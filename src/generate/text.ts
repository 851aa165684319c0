/**
 * The disclosure as plain text in the layout of published Hunan disclosures (tab-separated tables, numbered parts
 * and sections) — the layout juesuan's own text reader parses, so every build can be read back and audited. Each
 * output line remembers the data it came from, so that a finding on the output points back at the input.
 */
import type { GenDocument, GenTable, HeaderCell } from './layout.ts';

export interface RenderedText {
  readonly text: string;
  /** 1-based output line → what it shows: a data path ("generalBudget[2]") or a description of a derived line. */
  readonly origins: ReadonlyMap<number, string>;
}

class Out {
  readonly lines: string[] = [];
  readonly origins = new Map<number, string>();
  line(text = '', origin?: string): void {
    this.lines.push(text);
    if (origin) this.origins.set(this.lines.length, origin);
  }
  para(text: string, origin?: string): void {
    this.line(text, origin);
    this.line();
  }
}

/** Where each header cell lands on the column grid (the HTML table algorithm: first free column, spans cover). */
export function placeHeader(
  header: readonly (readonly HeaderCell[])[],
): { row: number; col: number; cell: HeaderCell }[] {
  const covered = new Set<string>();
  const out: { row: number; col: number; cell: HeaderCell }[] = [];
  header.forEach((cells, row) => {
    let col = 0;
    for (const cell of cells) {
      while (covered.has(`${String(row)}:${String(col)}`)) col++;
      out.push({ row, col, cell });
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++)
          covered.add(`${String(row + dr)}:${String(col + dc)}`);
      col += cell.colSpan ?? 1;
    }
  });
  return out;
}

/** Header rows as text on the column grid: each cell at its column, its span filled with empty text. */
export function headerGrid(header: readonly (readonly HeaderCell[])[]): string[][] {
  const placed = placeHeader(header);
  const width = Math.max(0, ...placed.map((p) => p.col + (p.cell.colSpan ?? 1)));
  const grid = header.map(() => new Array<string>(width).fill(''));
  for (const p of placed) {
    const row = grid[p.row];
    if (row) row[p.col] = p.cell.text;
  }
  return grid;
}

function renderTable(out: Out, t: GenTable): void {
  out.para(t.title);
  if (!t.plain) {
    out.para(`公开 ${t.number} 表`);
    out.para(`部门：${t.department}`);
    out.para(`单位：${t.unit}`);
  }
  for (const row of headerGrid(t.header)) out.line(row.join('\t'));
  for (const row of t.rows) {
    const text = row.cells.join('\t');
    out.line(row.trim ? text.replace(/\t+$/, '') : text, row.origin);
  }
  out.line();
  for (const note of t.notes) out.line(note);
  out.line();
}

/** Render the whole disclosure as text. */
export function renderText(doc: GenDocument): RenderedText {
  const out = new Out();
  out.line();
  out.line(`**${doc.year}年度`);
  out.line(doc.department);
  out.para(`${doc.kindWord}决算**`);
  out.para('目录');
  doc.toc.forEach((entry, i) => {
    const next = doc.toc[i + 1];
    if (entry.level === 1) {
      out.para(entry.text);
      return;
    }
    // entries of a part as a list, a blank line after the last
    out.line(`- ${entry.text}`);
    if (next?.level !== 2) out.line();
  });
  for (const part of doc.parts) {
    out.para(part.label);
    out.para(part.title);
    for (const block of part.blocks) {
      if (block.kind === 'table') renderTable(out, block);
      else if (block.kind !== 'chart') out.para(block.text, block.origin);
    }
  }
  return { text: `${out.lines.join('\n').replace(/\n+$/, '')}\n`, origins: out.origins };
}
