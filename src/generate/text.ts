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

/**
 * Header rows laid out on the column grid (the HTML table algorithm): each cell takes the first free column,
 * spans fill their columns with empty text.
 */
export function headerGrid(header: readonly (readonly HeaderCell[])[]): string[][] {
  const grid: (string | undefined)[][] = header.map(() => []);
  header.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      const gridRow = grid[r] ?? [];
      while (gridRow[col] !== undefined) col++;
      const cs = cell.colSpan ?? 1;
      const rs = cell.rowSpan ?? 1;
      for (let dr = 0; dr < rs; dr++)
        for (let dc = 0; dc < cs; dc++) {
          const target = grid[r + dr];
          if (target) target[col + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      col += cs;
    }
  });
  const width = Math.max(...grid.map((row) => row.length));
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

function renderTable(out: Out, t: GenTable): void {
  out.para(t.title);
  out.para(`公开 ${t.number} 表`);
  out.para(`部门：${t.department}`);
  out.para(`单位：${t.unit}`);
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
