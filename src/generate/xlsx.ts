/**
 * The nine tables as an XLSX workbook in the official layout: one sheet per table (公开01表 …), title, 公开编号,
 * 部门 and 单位 lines, header rows merged as printed, amounts as numbers with a 2-decimal format, notes below.
 */
import ExcelJS from 'exceljs';
import { parseNumber } from '../model/amount.ts';
import type { GenDocument, GenTable } from './layout.ts';
import { headerGrid, placeHeader } from './text.ts';

const THIN = { style: 'thin' as const, color: { argb: 'FF444444' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A printed amount as the number Excel stores (the print has at most 2 decimals, so the double is exact to it). */
function amountValue(text: string): number | null {
  const p = parseNumber(text);
  return p.kind === 'number' && p.hundredths !== null ? p.hundredths / 100 : null;
}

function addTable(wb: ExcelJS.Workbook, t: GenTable, sheet = `公开${t.number}表`): void {
  const ws = wb.addWorksheet(sheet, {
    pageSetup: {
      // A4: exceljs declares PaperSize as a const enum, which does not exist at run time
      // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const grid = headerGrid(t.header);
  const width = Math.max(grid[0]?.length ?? 0, ...t.rows.map((r) => r.cells.length));
  const amount = new Set(t.amountColumns);

  ws.addRow([t.title]);
  ws.mergeCells(1, 1, 1, width);
  const title = ws.getCell(1, 1);
  title.font = { name: '方正小标宋简体', size: 16, bold: true };
  title.alignment = { horizontal: 'center' };
  if (!t.plain) {
    ws.addRow([`公开${t.number}表`]);
    ws.mergeCells(2, 1, 2, width);
    ws.getCell(2, 1).alignment = { horizontal: 'right' };
    const meta = ws.addRow([`部门：${t.department}`]);
    meta.getCell(width).value = `单位：${t.unit}`;
    meta.getCell(width).alignment = { horizontal: 'right' };
  }

  const headerStart = ws.rowCount + 1;
  for (const row of grid) ws.addRow(row);
  // merge each header cell over its span, as printed
  for (const { row, col, cell } of placeHeader(t.header)) {
    const cs = cell.colSpan ?? 1;
    const rs = cell.rowSpan ?? 1;
    if (cs > 1 || rs > 1) ws.mergeCells(headerStart + row, col + 1, headerStart + row + rs - 1, col + cs);
  }
  for (let r = headerStart; r < headerStart + grid.length; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.font = { name: '黑体', bold: true, size: 10 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF1F1F1' } };
    }
  }
  for (const r of t.rows) {
    const values = Array.from({ length: width }, (_, i) => {
      const text = r.cells[i] ?? '';
      if (!amount.has(i) || text === '') return text === '' ? null : text;
      return amountValue(text) ?? text;
    });
    const row = ws.addRow(values);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      cell.font = { name: '宋体', size: 10, bold: r.total === true };
      if (amount.has(c - 1)) {
        cell.numFmt = '#,##0.00';
        cell.alignment = { horizontal: 'right' };
      }
    }
  }
  for (const note of t.notes) {
    const row = ws.addRow([note]);
    ws.mergeCells(row.number, 1, row.number, width);
    row.getCell(1).alignment = { wrapText: true };
    row.height = 30;
  }
  ws.views = [{ state: 'frozen', ySplit: headerStart + grid.length - 1 }];
  ws.columns.forEach((col, i) => {
    col.width = amount.has(i) ? 14 : i === 1 || (i % 3 === 1 && t.number === '06') ? 30 : 16;
  });
  ws.pageSetup.printTitlesRow = `${String(headerStart)}:${String(headerStart + grid.length - 1)}`;
}

/** The workbook as bytes. */
export async function renderXlsx(doc: GenDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'juesuan';
  wb.title = `${String(doc.year)}年度${doc.department}${doc.kindWord}决算`;
  let plainNo = 0;
  for (const part of doc.parts)
    for (const b of part.blocks)
      if (b.kind === 'table') addTable(wb, b, b.plain ? `绩效自评表${String((plainNo += 1))}` : undefined);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
