/**
 * Where a table's data starts: a blank table (a template, or a table left empty) still has its rows, opened by its
 * enumerated items; a header is never read as data.
 */
import { describe, expect, it } from 'vitest';
import { parseDecodedText } from './index.ts';

const parse = (text: string) => parseDecodedText(text, 'test.txt', 'utf-8');

const BLANK_SUMMARY = [
  '青山县示例局2024年度部门决算',
  '收入支出决算总表',
  '单位：万元',
  '收入\t\t支出\t',
  '项目\t决算数\t项目\t决算数',
  '一、一般公共预算财政拨款收入\t\t一、一般公共服务支出\t',
  '二、政府性基金预算财政拨款收入\t\t二、教育支出\t',
  '\t\t三、农林水支出\t',
  '本年收入合计\t\t本年支出合计\t',
  '年初结转和结余\t\t年末结转和结余\t',
  '总计\t\t总计\t',
].join('\n');

describe('the data part of a table', () => {
  it('keeps the rows of a blank 收支总表, its amounts blank', () => {
    const table = parse(BLANK_SUMMARY).tables.find((t) => t.kind === 'income-expenditure-summary');
    const labels = table?.rows.map((r) => `${r.side ?? ''}:${r.label}`);
    expect(labels).toContain('income:一、一般公共预算财政拨款收入');
    expect(labels).toContain('expenditure:三、农林水支出');
    expect(labels).toContain('income:本年收入合计');
    expect(labels).toContain('expenditure:总计');
    const total = table?.rows.find((r) => r.label === '本年收入合计');
    expect(total?.cells.map((c) => [c.key, c.amount])).toEqual([['amount', null]]);
  });

  it('does not take a header row of enumerated column names for data', () => {
    const text = [
      '青山县示例局2024年度部门决算',
      '收入支出决算总表',
      '单位：万元',
      '收入\t\t支出\t',
      '项目\t决算数\t项目\t决算数',
      '一、一般公共预算财政拨款收入\t100.00\t一、一般公共服务支出\t100.00',
      '本年收入合计\t100.00\t本年支出合计\t100.00',
    ].join('\n');
    const table = parse(text).tables.find((t) => t.kind === 'income-expenditure-summary');
    expect(table?.columns.map((c) => c.label)).toEqual([
      '收入·项目',
      '收入·决算数',
      '支出·项目',
      '支出·决算数',
    ]);
    expect(table?.rows.find((r) => r.label === '本年收入合计')?.cells[0]?.amount).toBe(10000);
  });
});
