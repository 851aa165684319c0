/**
 * The workbook reader: XLSX through exceljs and legacy XLS through SheetJS — merged headers, stacked tables and a
 * table continued on a second sheet, number formats, hidden rows/columns/sheets, origins, limits, fuzz, round trip.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit, parseBytes, parseFile } from '../../index.ts';
import { build } from '../../generate/build.ts';
import { renderXlsx } from '../../generate/xlsx.ts';
import { parseTextDisclosure } from '../text/index.ts';
import { InputError } from '../errors.ts';
import { generalNumber, layoutWorkbook, layoutXls, parseWorkbook, parseXls } from './index.ts';
import {
  figures,
  headerGrid,
  MINI,
  miniText,
  survivesMutation,
  tableFacts,
} from '../../../test/helpers/ingest-fixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATA = join(ROOT, 'examples', 'data');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'found');

const amount = (s: string): number | null => (s === '' ? null : Number(s.replace(/,/g, '')));

/** Write one table block at `row` (1-based) of a sheet; returns the next free row. */
function writeTable(
  ws: ExcelJS.Worksheet,
  row: number,
  body: readonly (readonly string[])[],
  opts: { heading: boolean; general?: boolean },
): number {
  let r = row;
  if (opts.heading) {
    for (const line of [MINI.tableTitle, MINI.number]) {
      ws.getCell(r, 2).value = line;
      ws.mergeCells(r, 2, r, 6);
      r++;
    }
    ws.getCell(r, 2).value = MINI.department;
    ws.getCell(r, 6).value = MINI.unit;
    r++;
  }
  // header: text at the top-left cell of each merged range (column A is left empty: the table starts in B)
  const grid = headerGrid();
  grid.forEach((cells, i) => {
    cells.forEach((t, c) => {
      if (t !== '') ws.getCell(r + i, c + 2).value = t;
    });
  });
  ws.mergeCells(r, 2, r, 3); // 项目 over two columns
  for (const c of [4, 5, 6]) ws.mergeCells(r, c, r + 1, c); // merged down
  r += grid.length;
  for (const cells of body) {
    cells.forEach((t, c) => {
      const cell = ws.getCell(r, c + 2);
      if (c < 2) {
        if (t !== '') cell.value = /^\d+$/.test(t) ? Number(t) : t;
        return;
      }
      const v = amount(t);
      if (v === null) return;
      cell.value = v;
      // one column stored without a number format: printed with two decimals all the same
      if (!(opts.general && c === 4)) cell.numFmt = '#,##0.00';
    });
    r++;
  }
  return r;
}

async function miniXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('收入决算表');
  ws.getCell(1, 2).value = MINI.title;
  let r = writeTable(ws, 3, MINI.first, { heading: true, general: true });
  // a hidden row and a hidden column with junk, an empty row
  ws.getCell(r, 2).value = '隐藏行';
  ws.getRow(r).hidden = true;
  ws.getCell(1, 9).value = '隐藏列';
  ws.getColumn(9).hidden = true;
  r += 2;
  // the table continues on the next sheet, header repeated
  const ws2 = wb.addWorksheet('续表');
  r = writeTable(ws2, 1, MINI.second, { heading: false });
  ws2.getCell(r, 2).value = MINI.note;
  ws2.mergeCells(r, 2, r, 6);
  const hidden = wb.addWorksheet('隐藏');
  hidden.state = 'hidden';
  hidden.getCell(1, 1).value = '支出决算表';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same workbook as a legacy XLS, written by SheetJS (BIFF8) with merges and number formats. */
function miniXls(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const sheet = (rows: (string | number | null)[][], merges: XLSX.Range[]): XLSX.WorkSheet => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = merges;
    for (const [addr, c] of Object.entries(ws)) {
      if (addr.startsWith('!')) continue;
      const cell = c as XLSX.CellObject;
      if (cell.t === 'n' && XLSX.utils.decode_cell(addr).c >= 2) cell.z = '#,##0.00';
    }
    return ws;
  };
  const body = (rows: readonly (readonly string[])[]): (string | number | null)[][] =>
    rows.map((r) => r.map((t, c) => (c < 2 ? t : amount(t))));
  const header = headerGrid();
  const merges = (at: number): XLSX.Range[] => [
    { s: { r: at, c: 0 }, e: { r: at, c: 1 } },
    ...[2, 3, 4].map((c) => ({ s: { r: at, c }, e: { r: at + 1, c } })),
  ];
  const first = sheet(
    [
      [MINI.title],
      [MINI.tableTitle],
      [MINI.number],
      [MINI.department, null, null, null, MINI.unit],
      ...header,
      ...body(MINI.first),
    ],
    [...merges(4), { s: { r: 1, c: 0 }, e: { r: 1, c: 4 } }],
  );
  const second = sheet([...header, ...body(MINI.second), [MINI.note]], [...merges(0)]);
  XLSX.utils.book_append_sheet(wb, first, '收入决算表');
  XLSX.utils.book_append_sheet(wb, second, '续表');
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer);
}

const expected = parseTextDisclosure(Buffer.from(miniText()), 'mini.txt');

describe('XLSX reader', () => {
  it('reads a sheet of stacked lines and a table continued on a second sheet as the text version', async () => {
    const doc = await parseWorkbook(await miniXlsx(), 'mini.xlsx');
    expect(figures(doc)).toEqual(figures(expected));
    expect(tableFacts(doc)).toEqual(tableFacts(expected));
    expect(doc.source.format).toBe('xlsx');
    expect(doc.source.lines.join('\n')).not.toMatch(/隐藏/);
  });

  it('prints numbers as formatted and places values at their cells', async () => {
    const lay = await layoutWorkbook(await miniXlsx(), 'mini.xlsx');
    const total = lay.lines.find((l) => l.kind === 'row' && l.cells[0]?.text === '合计');
    expect(total?.kind === 'row' && total.cells.map((c) => c.text)).toEqual([
      '合计',
      '',
      '1,234.50',
      '1,200.00',
      '34.50',
    ]);
    const doc = await parseWorkbook(await miniXlsx(), 'mini.xlsx');
    const t = doc.tables[0];
    expect(t?.rows[0]?.cells[0]?.at).toMatchObject({ sheet: '收入决算表', cell: 'D9' });
    expect(t?.rows[6]?.codeAt).toMatchObject({ sheet: '续表', cell: 'B6' });
    expect(t?.departmentAt).toMatchObject({ sheet: '收入决算表', cell: 'B5' });
    expect(t?.unitAt).toMatchObject({ sheet: '收入决算表', cell: 'F5' });
    expect(lay.warnings.map((w) => w.code)).toEqual(['sheet-hidden']);
  });

  it('prints unformatted numbers like Excel, fractions of money with two decimals', () => {
    expect(generalNumber(12.3)).toBe('12.30');
    expect(generalNumber(0.1 + 0.2)).toBe('0.30');
    expect(generalNumber(2013101)).toBe('2013101');
    expect(generalNumber(-5)).toBe('-5');
    expect(generalNumber(0.12345)).toBe('0.12345');
  });

  it('locates a finding at its cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await miniXlsx()).buffer as ArrayBuffer);
    const ws = wb.getWorksheet('收入决算表');
    if (ws) ws.getCell('D9').value = 1234.6;
    const doc = await parseWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'bad.xlsx');
    const cells = audit(doc).findings.flatMap((f) => f.locations.map((l) => l.cell));
    expect(cells).toContain('收入决算表!D9');
  });

  it.each(['青山县农业农村局-2021.json', '青山县林业局-2023.json', '泓江区城市管理局-2024.json'])(
    'round trip %s: the generated XLSX holds the text output’s tables, figure for figure',
    async (file) => {
      const built = build(JSON.parse(readFileSync(join(DATA, file), 'utf8')));
      const doc = await parseBytes(await renderXlsx(built.layout), 'x.xlsx');
      expect(figures(doc)).toEqual(figures(built.document));
      expect(tableFacts(doc).tables).toEqual(tableFacts(built.document).tables);
      // the workbook holds the nine tables only (no cover, 概况 or 情况说明): apart from those parts being
      // missing, nothing is reported
      const blocking = audit(doc).findings.filter(
        (f) => f.severity !== 'note' && !['C-01', 'C-11', 'C-12'].includes(f.ruleId),
      );
      expect(blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    },
    120_000,
  );

  it.skipIf(!existsSync(CORPUS))(
    'refuses the corpus reviewer checklists in one line',
    async () => {
      for (const name of [
        'sh-putuo-justice-2026-dept-budget-inspection-checklist.xlsx',
        'sh-putuo-justice-2026-unit-budget-inspection-checklist.xlsx',
      ]) {
        const file = join(CORPUS, name);
        if (!existsSync(file)) continue;
        await expect(parseFile(file)).rejects.toThrow(/未识别出决算公开内容/);
      }
    },
    60_000,
  );

  it('caps rows and cells, and refuses corrupt workbooks in one line', async () => {
    const bytes = await miniXlsx();
    await expect(layoutWorkbook(bytes, 'm.xlsx', { maxRows: 5 })).rejects.toThrow(/表格行数过多/);
    await expect(layoutWorkbook(bytes, 'm.xlsx', { maxCells: 20 })).rejects.toThrow(/单元格过多/);
    await expect(parseBytes(bytes.subarray(0, bytes.length - 100), 'cut.xlsx')).rejects.toThrow(InputError);
  });

  it('never throws anything but InputError on mutated bytes', async () => {
    const bytes = await miniXlsx();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          await survivesMutation((b) => parseBytes(b, 'fuzz.xlsx'), bytes, flips);
        },
      ),
      { numRuns: 40 },
    );
  }, 180_000);
});

describe('XLS reader', () => {
  it('reads a legacy workbook with merges and formats as the text version', async () => {
    const bytes = miniXls();
    const doc = await parseBytes(bytes, 'mini.txt'); // the extension does not matter
    expect(doc.source.format).toBe('xls');
    expect(figures(doc)).toEqual(figures(expected));
    expect(tableFacts(doc)).toEqual(tableFacts(expected));
    expect(doc.tables[0]?.rows[0]?.cells[0]?.at).toMatchObject({ sheet: '收入决算表', cell: 'C8' });
    const lay = await layoutXls(bytes, 'mini.xls');
    expect(lay.lines.some((l) => l.kind === 'row' && l.cells.some((c) => c.text === '1,234.50'))).toBe(true);
  });

  it('refuses a Word 97 document and a corrupt compound file in one line', async () => {
    const CFB = XLSX.CFB as {
      utils: { cfb_new(): unknown; cfb_add(cfb: unknown, name: string, data: Uint8Array): void };
      write(cfb: unknown, opts: { type: 'buffer' }): Buffer;
    };
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'WordDocument', new Uint8Array(600));
    const doc = new Uint8Array(CFB.write(cfb, { type: 'buffer' }));
    await expect(parseBytes(doc, 'a.xls')).rejects.toThrow(/\.doc/);
    const bytes = miniXls();
    await expect(parseXls(bytes.subarray(0, 1500), 'cut.xls')).rejects.toThrow(InputError);
  });

  it('never throws anything but InputError on mutated bytes', async () => {
    const bytes = miniXls();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          await survivesMutation((b) => parseBytes(b, 'fuzz.xls'), bytes, flips);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
