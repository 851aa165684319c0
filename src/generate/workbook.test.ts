/**
 * The preparer's workbook: the template offers the year's 科目, a workbook filled from data builds exactly what the
 * JSON builds, and a refusal names the cell it comes from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/errors.ts';
import { build, BuildRefused } from './build.ts';
import { cellOf, readWorkbook, templateWorkbook } from './workbook.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const load = (p: string): unknown => JSON.parse(readFileSync(join(ROOT, p), 'utf8')) as unknown;

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

describe('juesuan template', () => {
  it('writes one sheet per table and per group of facts, 科目 from the year, 06 lines listed', async () => {
    const wb = await open(await templateWorkbook(2023));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '基本设置',
        '收入（02表）',
        '支出（03表）',
        '一般公共预算（05表）',
        '基本支出（06表）',
        '三公经费',
        '政府性基金',
        '车辆',
      ]),
    );
    const catalog = wb.getWorksheet('科目表');
    expect(catalog?.state).toBe('hidden');
    const items: string[] = [];
    catalog?.eachRow((row) => items.push(row.getCell(1).text));
    expect(items).toContain('2130101 行政运行');
    const t05 = wb.getWorksheet('一般公共预算（05表）');
    expect(t05?.getCell('A2').dataValidation.type).toBe('list');
    const t06 = wb.getWorksheet('基本支出（06表）');
    expect(t06?.getCell('A2').value).toBe('30101');
    const vehicles: string[] = [];
    wb.getWorksheet('车辆')?.eachRow((row, r) => {
      if (r > 1) vehicles.push(row.getCell(1).text);
    });
    expect(vehicles).toContain('主要负责人用车');
    expect(wb.getWorksheet('基本设置')?.getCell('B3').value).toBe(2023);
  });
});

/** The data without its 绩效自评表: the workbook does not carry them yet (performanceEvaluations is JSON only). */
function withoutPerf(data: unknown): unknown {
  const copy = { ...(data as Record<string, unknown>) };
  delete copy.performanceEvaluations;
  return copy;
}

describe('build from a workbook', () => {
  it.each([
    'examples/data/青山县农业农村局-2021.json',
    'examples/data/青山县林业局-2023.json',
    'examples/data/泓江区城市管理局-2024.json',
    'test/fixtures/generate/unit-2023-all-items.json',
  ])('%s: the workbook filled from the data builds the same disclosure', async (file) => {
    const data = withoutPerf(load(file)) as { settings: { year: number } };
    const fromJson = build(data);
    const { data: read } = await readWorkbook(await templateWorkbook(data.settings.year, data), 'data.xlsx');
    expect(build(read).text).toBe(fromJson.text);
  });

  it.each(['青山县农业农村局-2021', '青山县林业局-2023', '泓江区城市管理局-2024'])(
    'examples/data/%s.xlsx is the JSON example, cell for cell',
    async (name) => {
      const bytes = readFileSync(join(ROOT, 'examples', 'data', `${name}.xlsx`));
      const { data } = await readWorkbook(bytes, `${name}.xlsx`);
      expect(build(data).text).toBe(build(withoutPerf(load(`examples/data/${name}.json`))).text);
    },
  );

  it('names the cell of each problem', async () => {
    const data = load('examples/data/青山县农业农村局-2021.json') as { settings: { year: number } };
    const wb = await open(await templateWorkbook(2021, data));
    const sheet = (name: string): ExcelJS.Worksheet => {
      const ws = wb.getWorksheet(name);
      if (!ws) throw new Error(`no sheet ${name}`);
      return ws;
    };
    sheet('收入（02表）').getCell('B2').value = 26.62; // 2080505 财政拨款收入 25.62 → 26.62
    sheet('一般公共预算（05表）').getCell('E4').value = null; // the reason of the third item
    const { data: read, cells } = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'data.xlsx');
    let refused: BuildRefused | null = null;
    try {
      build(read);
    } catch (err) {
      if (err instanceof BuildRefused) refused = err;
    }
    const located = refused?.problems.map((p) => `${cellOf(cells, p.path) ?? p.path} ${p.message}`) ?? [];
    expect(located.find((l) => l.includes('缺少2101101'))).toMatch(/^'一般公共预算（05表）'!E4 /);
    expect(located.find((l) => l.includes('02表 财政拨款收入合计'))).toBeDefined();
  });

  it('refuses a workbook that is not one of ours, in one line', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    await expect(readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'x.xlsx')).rejects.toThrow(
      InputError,
    );
    await expect(readWorkbook(Buffer.from('PK\u0003\u0004 broken'), 'y.xlsx')).rejects.toThrow(
      /不是有效的 XLSX/,
    );
  });
});
