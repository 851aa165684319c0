/**
 * The preparer's workbook: the template offers the year's 科目, a workbook filled from data builds exactly what the
 * JSON builds, and a refusal names the cell it comes from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../ingest/errors.ts';
import { formatHundredths } from '../model/amount.ts';
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

  it('offers the 自评表 sheets: 一级/二级指标 and 项目名称 from lists, what is computed said on the sheet', async () => {
    const wb = await open(await templateWorkbook(2021));
    const overall = wb.getWorksheet('整体绩效自评');
    const labels: string[] = [];
    overall?.eachRow((row) => labels.push(row.getCell(1).text));
    expect(labels).toEqual(
      expect.arrayContaining(['当年财政拨款 全年执行数', '上年结转资金 年初预算数', '预算执行分值']),
    );
    const indicators = wb.getWorksheet('整体绩效指标');
    const header: string[] = [];
    indicators?.getRow(1).eachCell((cell) => header.push(cell.text));
    expect(header.slice(0, 9)).toEqual([
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '得分理由',
      '偏差原因分析及改进措施',
    ]);
    expect(header[9]).toMatch(/总分和等级由程序计算/);
    expect(indicators?.getCell('A2').dataValidation.formulae).toEqual(['"产出指标,效益指标,满意度指标"']);
    expect(indicators?.getCell('B2').dataValidation.errorStyle).toBe('warning');
    const note = indicators?.getCell('G1').note;
    expect(typeof note === 'string' ? note : '').toMatch(/由程序.*计算，不填/);
    const projects = wb.getWorksheet('项目绩效指标');
    expect(projects?.getCell('A2').dataValidation.formulae).toEqual(["'项目绩效自评'!$A$2:$A$300"]);
    // an empty template has no 自评表
    const { data } = await readWorkbook(await templateWorkbook(2021), 'empty.xlsx');
    expect(data).not.toHaveProperty('performanceEvaluations');
  });
});

/** Amounts at their printed cents ("0" and 0 → "0.00"), as a workbook cell gives them back; other values as they are. */
function atCents(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(atCents);
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, atCents(x)]));
  if (typeof v === 'string' && /^-?\d+(\.\d{1,2})?$/.test(v))
    return formatHundredths(Math.round(Number(v) * 100));
  return v;
}

async function openSheets(data: { settings: { year: number } }) {
  const wb = await open(await templateWorkbook(data.settings.year, data));
  const sheet = (name: string): ExcelJS.Worksheet => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  };
  const read = async () => readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()), 'data.xlsx');
  return { sheet, read };
}

/** The refusal of a build, each problem at its cell ("'sheet'!A1 message"). */
function locatedRefusal(data: unknown, cells: ReadonlyMap<string, string>): string[] {
  try {
    build(data);
  } catch (err) {
    if (err instanceof BuildRefused)
      return err.problems.map((p) => `${cellOf(cells, p.path) ?? p.path} ${p.message}`);
    throw err;
  }
  return [];
}

describe('build from a workbook', () => {
  it.each([
    'examples/data/青山县农业农村局-2021.json',
    'examples/data/青山县林业局-2023.json',
    'examples/data/泓江区城市管理局-2024.json',
    'test/fixtures/generate/unit-2023-all-items.json',
  ])('%s: the workbook filled from the data builds the same disclosure', async (file) => {
    const data = load(file) as { settings: { year: number }; performanceEvaluations?: unknown };
    const fromJson = build(data);
    const { data: read } = await readWorkbook(await templateWorkbook(data.settings.year, data), 'data.xlsx');
    expect(build(read).text).toBe(fromJson.text);
    // the 绩效自评表 come back as they were entered (amounts at their cents), or stay absent
    expect(read.performanceEvaluations).toEqual(atCents(data.performanceEvaluations));
  });

  it.each(['青山县农业农村局-2021', '青山县林业局-2023', '泓江区城市管理局-2024'])(
    'examples/data/%s.xlsx is the JSON example, cell for cell',
    async (name) => {
      const bytes = readFileSync(join(ROOT, 'examples', 'data', `${name}.xlsx`));
      const { data } = await readWorkbook(bytes, `${name}.xlsx`);
      const json = load(`examples/data/${name}.json`) as { performanceEvaluations?: unknown };
      const built = build(data);
      expect(built.text).toBe(build(json).text);
      expect(data.performanceEvaluations).toEqual(atCents(json.performanceEvaluations));
      if (json.performanceEvaluations) expect(built.text).toContain('项目支出绩效自评表');
    },
  );

  it('names the cell of each problem', async () => {
    const data = load('examples/data/青山县农业农村局-2021.json') as { settings: { year: number } };
    const { sheet, read } = await openSheets(data);
    sheet('收入（02表）').getCell('B2').value = 26.62; // 2080505 财政拨款收入 25.62 → 26.62
    sheet('一般公共预算（05表）').getCell('E4').value = null; // the reason of the third item
    const { data: readData, cells } = await read();
    const located = locatedRefusal(readData, cells);
    expect(located.find((l) => l.includes('缺少2101101'))).toMatch(/^'一般公共预算（05表）'!E4 /);
    expect(located.find((l) => l.includes('02表 财政拨款收入合计'))).toBeDefined();
  });

  it('names the cell of a problem on the 自评表 sheets (issue 7)', async () => {
    const data = load('examples/data/青山县农业农村局-2021.json') as { settings: { year: number } };
    const { sheet, read } = await openSheets(data);
    // 农资市场秩序 is qualitative: its 得分 must be entered (row 7 = the project's 6th indicator, H = 得分)
    expect(sheet('项目绩效指标').getCell('D7').value).toBe('农资市场秩序');
    sheet('项目绩效指标').getCell('H7').value = null;
    const { data: readData, cells } = await read();
    expect(locatedRefusal(readData, cells)).toEqual([
      expect.stringMatching(/^'项目绩效指标'!H7 农资市场秩序：.*须填写得分/),
      expect.stringMatching(/^'项目绩效指标'!J7 农资市场秩序：.*须填写偏差原因分析/),
    ]);
  });

  it('names the cell of a value the 自评表 schema refuses', async () => {
    const data = load('examples/data/青山县农业农村局-2021.json') as { settings: { year: number } };
    const { sheet, read } = await openSheets(data);
    sheet('整体绩效指标').getCell('F3').value = '十'; // 分值 of the second overall indicator
    sheet('整体绩效自评').getCell('B4').value = null; // 当年财政拨款 全年执行数
    sheet('项目绩效自评').getCell('A2').value = null; // the project's name (its indicators then name no project)
    sheet('项目绩效指标').spliceRows(2, 8);
    const { data: readData, cells } = await read();
    const located = locatedRefusal(readData, cells);
    expect(located.find((l) => l.startsWith("'整体绩效指标'!F3 "))).toBeDefined();
    expect(located.find((l) => l.startsWith("'整体绩效自评'!B4 "))).toBeDefined();
    expect(located).toEqual(
      expect.arrayContaining(["'项目绩效自评'!A2 缺少必填项", "'项目绩效自评'!A2 至少一个绩效指标"]),
    );
  });

  it('refuses an indicator of a project that is not listed, at its cell', async () => {
    const data = load('examples/data/青山县农业农村局-2021.json') as { settings: { year: number } };
    const { sheet, read } = await openSheets(data);
    sheet('项目绩效指标').getCell('A3').value = '农业执法专项';
    await expect(read()).rejects.toThrow(/'项目绩效指标'!A3：项目“农业执法专项”不在“项目绩效自评”表中/);
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
