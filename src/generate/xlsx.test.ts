/** The generated workbook read back with exceljs: nine sheets, merged headers, every amount as a number. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatHundredths } from '../model/amount.ts';
import { build } from './build.ts';
import type { GenTable } from './layout.ts';
import { renderXlsx } from './xlsx.ts';

const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');

describe('build --format xlsx', () => {
  it.each(['青山县农业农村局-2021.json', '青山县林业局-2023.json'])(
    '%s: the nine tables, figure for figure',
    async (file) => {
      const built = build(JSON.parse(readFileSync(join(DATA, file), 'utf8')));
      const wb = new ExcelJS.Workbook();
      const bytes = await renderXlsx(built.layout);
      await wb.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      const tables = built.layout.parts
        .flatMap((p) => p.blocks)
        .filter((b): b is GenTable => b.kind === 'table' && !b.plain);
      // the nine tables first; 绩效自评表 (plain tables) follow on sheets of their own
      expect(wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('公开'))).toEqual(
        tables.map((t) => `公开${t.number}表`),
      );
      for (const t of tables) {
        const ws = wb.getWorksheet(`公开${t.number}表`);
        expect(ws?.getCell(1, 1).value).toBe(t.title);
        // the body starts after title, number, meta and the header rows
        const first = 3 + t.header.length + 1;
        t.rows.forEach((row, i) => {
          t.amountColumns.forEach((col) => {
            const text = row.cells[col] ?? '';
            const cell = ws?.getCell(first + i, col + 1);
            if (text === '') {
              expect(cell?.value ?? null, `${t.number} r${String(i)} c${String(col)}`).toBeNull();
              return;
            }
            expect(typeof cell?.value).toBe('number');
            // the stored double prints back as the same 2-decimal figure
            expect(formatHundredths(Math.round(Number(cell?.value) * 100))).toBe(text.replace(/,/g, ''));
            expect(cell?.numFmt).toBe('#,##0.00');
          });
        });
        // merged header cells as printed (e.g. 01表 收入 over three columns)
        if (t.number === '01') expect(ws?.getCell(4, 2).isMerged).toBe(true);
      }
    },
  );
});
