/**
 * The workbook reader: XLSX (exceljs) and legacy XLS (SheetJS, @e965/xlsx) → laid-out lines → the text reader.
 * Every visible sheet is read in order as one grid: hidden sheets, rows and columns and empty rows are skipped;
 * a merged range keeps its text at its top-left cell; numbers are printed with the cell's number format as Excel
 * shows them (1234.5 with #,##0.00 → "1,234.50"), an unformatted fraction with two decimals; rows that only hold a
 * title, 公开NN表, "部门：…"/"单位：万元" or a note become text lines. Several tables stacked in one sheet and one
 * table continued over several sheets both read as printed. Origins are `{ sheet, cell: "B7" }` (a row:
 * "A7:H7").
 */
import ExcelJS from 'exceljs';
import { formatHundredths } from '../../model/amount.ts';
import type { Disclosure, SourceRef } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import { officePackage } from '../ooxml.ts';
import { gridLines, RowBudget, type GridRow, type GridSlot, type RowLimits } from '../table-rows.ts';
import { openZip, type ZipLimits } from '../zip.ts';

export interface WorkbookOptions extends ZipLimits, RowLimits {}

type SheetJs = typeof import('@e965/xlsx');
let sheetJs: Promise<SheetJs> | null = null;

/** SheetJS with its code pages (Excel 95 files store Chinese text in GBK). */
async function loadSheetJs(): Promise<SheetJs> {
  sheetJs ??= (async () => {
    const x = await import('@e965/xlsx');
    const cp: unknown = await import('@e965/xlsx/dist/cpexcel.full.mjs');
    x.set_cptable(cp);
    return x;
  })();
  return sheetJs;
}

/** Column letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const m = (k - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/**
 * A number as Excel's General format prints it, except that a fraction with at most two decimals is printed with
 * two (12.3 → "12.30": workbook amounts are money); integers (行次, codes, 栏次) stay integers.
 */
export function generalNumber(v: number): string {
  if (!Number.isFinite(v)) return '';
  const r = Number(v.toPrecision(15));
  const s = String(r);
  const frac = /\.(\d+)$/.exec(s)?.[1] ?? '';
  // at most two decimals: r × 100 is within rounding of an integer, so the hundredths are exact
  return frac.length > 0 && frac.length <= 2 && !s.includes('e') ? formatHundredths(Math.round(r * 100)) : s;
}

/** A number in its cell's format (SheetJS's implementation of Excel's format codes). */
function formatNumber(x: SheetJs, v: number, format: string | undefined): string {
  if (!format || /^general$/i.test(format) || format === '@') return generalNumber(v);
  try {
    return (x.SSF as { format(fmt: string, value: number): string }).format(format, v).trim();
  } catch {
    return generalNumber(v);
  }
}

/** One cell as the grid needs it. */
interface SheetCell {
  readonly text: string;
  /** The top-left cell of the merged range this cell belongs to, when it is not that cell itself. */
  readonly master?: { readonly row: number; readonly col: number };
}

/** A sheet seen through one library: visible rows in order, each with its cells by 1-based column. */
interface SheetView {
  readonly name: string;
  readonly rows: readonly { readonly row: number; readonly cells: ReadonlyMap<number, SheetCell> }[];
  readonly hiddenColumn: (col: number) => boolean;
}

/** A sheet's rows as grid rows: merged ranges placed at their top-left cell. */
function sheetGrid(view: SheetView, budget: RowBudget): GridRow[] {
  let maxCol = 0;
  let minCol = Infinity;
  for (const r of view.rows)
    for (const [c, cell] of r.cells) {
      if (view.hiddenColumn(c) || (cell.text.trim() === '' && !cell.master)) continue;
      maxCol = Math.max(maxCol, c);
      minCol = Math.min(minCol, c);
    }
  if (maxCol === 0) return [];
  const columns: number[] = [];
  for (let c = minCol; c <= maxCol; c++) if (!view.hiddenColumn(c)) columns.push(c);
  const out: GridRow[] = [];
  for (const r of view.rows) {
    budget.take(columns.length);
    const at = (c: number): SourceRef => ({ sheet: view.name, cell: `${columnName(c)}${String(r.row)}` });
    const slots: GridSlot[] = columns.map((c) => {
      const cell = r.cells.get(c);
      if (cell?.master) return { text: '', at: at(c), span: 0, fromAbove: cell.master.row < r.row };
      return { text: cell?.text ?? '', at: at(c), span: 1 };
    });
    // a merged cell spans the visible columns merged into it on its own row
    for (const c of columns) {
      const cell = r.cells.get(c);
      if (!cell?.master || cell.master.row !== r.row) continue;
      const k = columns.indexOf(cell.master.col);
      const master = k >= 0 ? slots[k] : undefined;
      if (master) slots[k] = { ...master, span: master.span + 1 };
    }
    const first = columns[0] ?? 1;
    const last = columns[columns.length - 1] ?? first;
    out.push({
      at: {
        sheet: view.name,
        cell: `${columnName(first)}${String(r.row)}:${columnName(last)}${String(r.row)}`,
      },
      slots,
    });
  }
  return out;
}

function layoutViews(
  views: readonly SheetView[],
  file: string,
  format: 'xlsx' | 'xls',
  options: WorkbookOptions,
  warnings: LayoutDocument['warnings'][number][],
): LayoutDocument {
  const budget = new RowBudget(file, options);
  const lines: LayoutLine[] = [];
  for (const v of views) lines.push(...gridLines(sheetGrid(v, budget)));
  if (lines.length === 0) throw new InputError(file, '工作簿中没有可读取的内容（各工作表均为空或隐藏）');
  return {
    file,
    format,
    encoding: format === 'xlsx' ? 'ooxml' : 'biff',
    lines,
    pages: views.length,
    warnings,
  };
}

// ---- XLSX (exceljs) ----

function exceljsText(x: SheetJs, cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return formatNumber(x, v, cell.numFmt);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return cell.text;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) {
    const r: unknown = v.result;
    if (typeof r === 'number') return formatNumber(x, r, cell.numFmt);
    if (typeof r === 'string') return r;
    if (typeof r === 'boolean') return r ? 'TRUE' : 'FALSE';
    if (r && typeof r === 'object' && 'error' in r) return cell.text;
    return '';
  }
  if ('text' in v) return typeof v.text === 'string' ? v.text : cell.text;
  return cell.text;
}

/** Read an XLSX workbook as laid-out lines. */
export async function layoutWorkbook(
  bytes: Uint8Array,
  file: string,
  options: WorkbookOptions = {},
): Promise<LayoutDocument> {
  const zip = openZip(bytes, file, options);
  const pkg = officePackage(zip, file);
  if (pkg.kind !== 'xlsx') throw new InputError(file, '不是 XLSX 文件');
  // the real sizes of every entry, before exceljs unpacks them all
  zip.verifyAll();
  const x = await loadSheetJs();
  const wb = new ExcelJS.Workbook();
  try {
    const copy = new Uint8Array(bytes);
    await wb.xlsx.load(copy.buffer);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, 'XLSX 文件损坏，无法读取');
  }
  const warnings: LayoutDocument['warnings'][number][] = [];
  const views: SheetView[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible') {
      warnings.push({
        code: 'sheet-hidden',
        message: `隐藏的工作表“${ws.name}”未读取`,
        at: { sheet: ws.name },
      });
      continue;
    }
    const rows: SheetView['rows'][number][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      if (row.hidden) return;
      const cells = new Map<number, SheetCell>();
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) {
          const m = cell.master;
          cells.set(c, { text: '', master: { row: Number(m.row), col: Number(m.col) } });
          return;
        }
        const text = exceljsText(x, cell);
        if (text !== '') cells.set(c, { text });
      });
      if (cells.size > 0) rows.push({ row: r, cells });
    });
    views.push({ name: ws.name, rows, hiddenColumn: (c) => ws.getColumn(c).hidden });
  }
  return layoutViews(views, file, 'xlsx', options, warnings);
}

// ---- XLS (SheetJS) ----

/** What a Compound File (OLE2) holds: a workbook, or a Word/PowerPoint file or encrypted package (refused). */
function oleKind(x: SheetJs, bytes: Uint8Array, file: string): 'xls' {
  let names: string[];
  try {
    const cfb = (x.CFB as { read(data: Uint8Array, opts: { type: 'buffer' }): { FullPaths?: unknown } }).read(
      bytes,
      { type: 'buffer' },
    );
    names = Array.isArray(cfb.FullPaths) ? cfb.FullPaths.map((p) => String(p)) : [];
  } catch {
    throw new InputError(file, 'OLE 复合文件损坏，无法读取');
  }
  const has = (n: string): boolean => names.some((p) => p.replace(/\/$/, '').split('/').pop() === n);
  if (has('WordDocument')) throw new InputError(file, '暂不支持 Word 97-2003（.doc）文件，请另存为 DOCX');
  if (has('PowerPoint Document')) throw new InputError(file, '是 PowerPoint 演示文稿，不是决算公开文件');
  if (has('EncryptionInfo') || has('EncryptedPackage'))
    throw new InputError(file, '文件已加密（需要密码），无法读取');
  if (!has('Workbook') && !has('Book')) throw new InputError(file, '是 OLE 复合文件，但不是 XLS 工作簿');
  return 'xls';
}

interface SheetJsCell {
  readonly t?: string;
  readonly v?: unknown;
  readonly w?: string;
  readonly z?: string | number;
}

function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return generalNumber(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

/** Read a legacy XLS workbook (BIFF5/BIFF8) as laid-out lines. */
export async function layoutXls(
  bytes: Uint8Array,
  file: string,
  options: WorkbookOptions = {},
): Promise<LayoutDocument> {
  const x = await loadSheetJs();
  oleKind(x, bytes, file);
  let wb: import('@e965/xlsx').WorkBook;
  try {
    wb = x.read(bytes, { type: 'buffer', cellNF: true, cellStyles: true, dense: true, cellDates: false });
  } catch (err) {
    const msg = err instanceof Error ? err.message : '';
    if (/password|encrypt/i.test(msg)) throw new InputError(file, '文件已加密（需要密码），无法读取');
    throw new InputError(file, 'XLS 文件损坏，无法读取');
  }
  const warnings: LayoutDocument['warnings'][number][] = [];
  const views: SheetView[] = [];
  wb.SheetNames.forEach((name, i) => {
    const ws = wb.Sheets[name];
    if (!ws) return;
    const hidden = wb.Workbook?.Sheets?.[i]?.Hidden ?? 0;
    if (hidden !== 0) {
      warnings.push({ code: 'sheet-hidden', message: `隐藏的工作表“${name}”未读取`, at: { sheet: name } });
      return;
    }
    const data = (ws as { '!data'?: (SheetJsCell | undefined)[][] })['!data'] ?? [];
    const rowInfo = ws['!rows'] ?? [];
    const colInfo = ws['!cols'] ?? [];
    const masters = new Map<string, { row: number; col: number }>();
    for (const m of ws['!merges'] ?? []) {
      const cells = (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
      if (cells > 1_000_000) throw new InputError(file, `工作表“${name}”的合并单元格过大，不予读取`);
      for (let r = m.s.r; r <= m.e.r; r++)
        for (let c = m.s.c; c <= m.e.c; c++)
          if (r !== m.s.r || c !== m.s.c)
            masters.set(`${String(r)},${String(c)}`, { row: m.s.r + 1, col: m.s.c + 1 });
    }
    const rows: SheetView['rows'][number][] = [];
    const width = Math.max(0, ...data.map((r) => (Array.isArray(r) ? r.length : 0)));
    data.forEach((row, r) => {
      if (rowInfo[r]?.hidden) return;
      const cells = new Map<number, SheetCell>();
      for (let c = 0; c < Math.max(width, Array.isArray(row) ? row.length : 0); c++) {
        const master = masters.get(`${String(r)},${String(c)}`);
        if (master) {
          cells.set(c + 1, { text: '', master });
          continue;
        }
        const cell = Array.isArray(row) ? row[c] : undefined;
        if (!cell || cell.t === 'z' || cell.v === undefined) continue;
        const text =
          cell.t === 'n' && typeof cell.v === 'number'
            ? formatNumber(x, cell.v, typeof cell.z === 'string' ? cell.z : undefined)
            : (cell.w ?? textOf(cell.v));
        if (text !== '') cells.set(c + 1, { text });
      }
      if ([...cells.values()].some((c) => c.text !== '' || c.master)) rows.push({ row: r + 1, cells });
    });
    views.push({ name, rows, hiddenColumn: (c) => colInfo[c - 1]?.hidden === true });
  });
  return layoutViews(views, file, 'xls', options, warnings);
}

export async function parseWorkbook(
  bytes: Uint8Array,
  file: string,
  options: WorkbookOptions = {},
): Promise<Disclosure> {
  return parseLayout(await layoutWorkbook(bytes, file, options));
}

export async function parseXls(
  bytes: Uint8Array,
  file: string,
  options: WorkbookOptions = {},
): Promise<Disclosure> {
  return parseLayout(await layoutXls(bytes, file, options));
}
