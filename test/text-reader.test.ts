/** The text reader on our own fixtures: every layout feature the seeds and real exports show. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/ingest/errors.ts';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import type { Disclosure, Table, TableKind } from '../src/model/document.ts';
import { uncoveredNumbers } from './helpers/coverage.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'text');
const read = (name: string): Buffer => readFileSync(join(FIXTURES, name));
const parse = (name: string): Disclosure => parseTextDisclosure(read(name), name);
const table = (doc: Disclosure, kind: TableKind): Table => {
  const t = doc.tables.find((x) => x.kind === kind);
  if (!t) throw new Error(`no ${kind}`);
  return t;
};
const amountOf = (t: Table, label: string, key: string): number | null | undefined =>
  t.rows.find((r) => r.label === label || r.code === label)?.cells.find((c) => c.key === key)?.amount;

describe('unit-features fixture (单位决算, 公开表N numbering, split codes, page breaks)', () => {
  const doc = parse('unit-features.txt');
  const text = read('unit-features.txt').toString('utf8');

  it('reads the meta of a 单位决算', () => {
    expect(doc.meta).toMatchObject({
      department: '临江市档案馆',
      year: 2022,
      kind: 'unit-final-accounts',
      unit: '万元',
    });
    expect(doc.meta.entityKind).toBe('unit');
    expect(doc.tables.map((t) => t.number)).toEqual(['02', '03', '05', '07', '09']);
    expect(doc.tables.every((t) => t.department === '临江市档案馆')).toBe(true);
  });

  it('keeps every printed number', () => {
    expect(uncoveredNumbers(doc, text)).toEqual([]);
  });

  it('keeps blank apart from 0 and from a dash', () => {
    const t02 = table(doc, 'income');
    const row = t02.rows.find((r) => r.code === '2012604');
    expect(row?.cells.find((c) => c.key === 'other')).toMatchObject({ kind: 'number', amount: 0 });
    const row2 = t02.rows.find((r) => r.code === '2012699');
    expect(row2?.cells.find((c) => c.key === 'other')).toMatchObject({ kind: 'blank', amount: null });
    const t05 = table(doc, 'general-budget-expenditure');
    expect(t05.rows.find((r) => r.code === '2012699')?.cells.find((c) => c.key === 'basic')?.kind).toBe(
      'dash',
    );
  });

  it('joins a label wrapped onto the next line', () => {
    expect(table(doc, 'income').rows.find((r) => r.code === '2012699')?.label).toBe('其他档案事务支出');
    expect(table(doc, 'income').rows).toHaveLength(5);
  });

  it('continues a table after a page break, skipping the repeated header and padding dropped cells', () => {
    const t03 = table(doc, 'expenditure');
    expect(t03.rows.map((r) => r.code ?? r.label)).toEqual(['合计', '201', '20126', '2012604', '2012699']);
    const last = t03.rows.find((r) => r.code === '2012604');
    expect(last?.cells.map((c) => c.kind)).toEqual(['number', 'number', 'blank', 'blank']);
    expect(amountOf(t03, '2012699', 'project')).toBe(3000);
  });

  it('rebuilds 7-digit codes from 类 | 款 | 项 columns', () => {
    const t05 = table(doc, 'general-budget-expenditure');
    expect(t05.rows.map((r) => r.code)).toEqual([null, '201', '20126', '2012604', '2012699']);
    expect(t05.rows[0]?.label).toBe('合计');
    expect(amountOf(t05, '2012604', 'total')).toBe(9000);
  });

  it('maps a 三公 table printed in item-pair order through its header', () => {
    const t = table(doc, 'three-public');
    const cells = t.rows[0]?.cells ?? [];
    expect(Object.fromEntries(cells.map((c) => [c.key, c.amount]))).toEqual({
      'budget.total': 300,
      'actual.total': 240,
      'budget.overseas': 0,
      'actual.overseas': 0,
      'budget.vehicle': 200,
      'actual.vehicle': 160,
      'budget.vehiclePurchase': 0,
      'actual.vehiclePurchase': 0,
      'budget.vehicleOperation': 200,
      'actual.vehicleOperation': 160,
      'budget.reception': 100,
      'actual.reception': 80,
    });
  });

  it('captures an empty table and its statement', () => {
    const t = table(doc, 'state-capital');
    expect(t.emptyStatement?.text).toMatch(/故本表无数据/);
    expect(t.rows[0]?.cells.every((c) => c.kind === 'blank')).toBe(true);
    expect(t.notes.map((n) => n.kind)).toEqual(['footnote', 'statement']);
  });

  it('rejoins a sentence broken by a page break and reads 名词解释', () => {
    const narrative = doc.parts.find((p) => p.kind === 'narrative');
    expect(narrative?.sections[1]?.text).toContain('占0.41%');
    expect(doc.terms.map((t) => t.term)).toEqual(['财政拨款收入', '其他收入']);
  });

  it('maps text offsets back to source lines', () => {
    const s = doc.parts.find((p) => p.kind === 'narrative')?.sections[1];
    const seg = s?.segments.find((g) => s.text.slice(g.offset, g.offset + g.length).includes('0.41%'));
    expect(seg?.at.line).toBe(text.split('\n').findIndex((l) => l.startsWith('0.41%')) + 1);
  });
});

describe('space-aligned tables', () => {
  const doc = parse('space-aligned.txt');
  const text = read('space-aligned.txt').toString('utf8');

  it('assigns cells by position, blank columns included', () => {
    const t02 = table(doc, 'income');
    expect(t02.columns.map((c) => c.key)).toEqual([
      'code',
      'label',
      'total',
      'fiscal',
      'superiorSubsidy',
      'other',
    ]);
    expect(amountOf(t02, '合计', 'total')).toBe(8820);
    expect(amountOf(t02, '合计', 'superiorSubsidy')).toBeNull();
    expect(amountOf(t02, '合计', 'other')).toBe(820);
    expect(amountOf(t02, '2010505', 'fiscal')).toBe(1750);
    expect(t02.rows.find((r) => r.code === '2010505')?.label).toBe('专项统计业务');
    const t05 = table(doc, 'general-budget-expenditure');
    expect(t05.columns.map((c) => c.label)).toEqual([
      '项目·功能分类科目编码',
      '项目·科目名称',
      '本年支出·合计',
      '本年支出·基本支出',
      '本年支出·项目支出',
    ]);
    expect(amountOf(t05, '2010505', 'project')).toBe(1750);
    expect(amountOf(t05, '2010505', 'basic')).toBeNull();
  });

  it('keeps every printed number', () => {
    expect(uncoveredNumbers(doc, text)).toEqual([]);
  });
});

describe('encodings and line endings', () => {
  const utf8 = read('unit-features.txt').toString('utf8');
  const expected = JSON.stringify(parseTextDisclosure(Buffer.from(utf8), 'x').tables);

  it('reads GB18030 with CRLF line endings the same as UTF-8', () => {
    const gb = iconv.encode(utf8.replace(/\n/g, '\r\n'), 'gb18030');
    const doc = parseTextDisclosure(gb, 'gb.txt');
    expect(doc.source.encoding).toBe('gb18030');
    expect(JSON.stringify(doc.tables)).toBe(expected);
  });

  it('reads UTF-8 with a BOM the same as without', () => {
    const doc = parseTextDisclosure(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]),
      'bom.txt',
    );
    expect(JSON.stringify(doc.tables)).toBe(expected);
    expect(doc.meta.title).toBe('临江市档案馆2022年度单位决算');
  });

  it('reads UTF-16LE with a BOM', () => {
    const doc = parseTextDisclosure(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, 'utf16le')]),
      'u16.txt',
    );
    expect(JSON.stringify(doc.tables)).toBe(expected);
  });
});

describe('bad input', () => {
  const reason = (bytes: Uint8Array): string => {
    try {
      parseTextDisclosure(bytes, 'bad.txt');
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return (err as InputError).reason;
    }
    throw new Error('expected an InputError');
  };

  it('refuses empty, binary, unrecognisable and oversize input with a reason', () => {
    expect(reason(new Uint8Array())).toBe('文件为空');
    expect(reason(Buffer.from('  \n\n'))).toBe('文件为空');
    expect(reason(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toMatch(/二进制/);
    expect(reason(Buffer.from('hello world\nthis is not a disclosure\n'))).toMatch(/未识别/);
    expect(() => parseTextDisclosure(Buffer.alloc(100, 0x41), 'big.txt', { maxBytes: 10 })).toThrow(/过大/);
  });

  it('parses what it can of a partial document and lists what it could not', () => {
    const partial = [
      '某单位2021年度部门决算',
      '公开05表',
      '本表内容缺失',
      '收入决算表',
      '单位：万元',
      '项目\t\t本年收入合计\t其他列',
      '栏次\t\t1\t2',
      '合计\t\t5.00\t1.00',
    ].join('\n');
    const doc = parseTextDisclosure(Buffer.from(partial), 'partial.txt');
    expect(doc.tables).toHaveLength(1);
    expect(doc.warnings.map((w) => w.code).sort()).toEqual([
      'column-unrecognised',
      'table-title-unrecognised',
    ]);
  });
});
