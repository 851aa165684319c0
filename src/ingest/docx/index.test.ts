/** The DOCX reader: merged headers, a table continued in a second table, list numbers, origins, limits, fuzz. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Tab } from 'docx';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { audit, parseBytes } from '../../index.ts';
import { renderDocx } from '../../generate/docx.ts';
import { build } from '../../generate/build.ts';
import { parseTextDisclosure } from '../text/index.ts';
import { InputError } from '../errors.ts';
import { openZip } from '../zip.ts';
import { chineseCount } from './numbering.ts';
import { layoutDocx, parseDocx } from './index.ts';
import {
  AMOUNT_COLUMNS,
  figures,
  MINI,
  miniText,
  survivesMutation,
  tableFacts,
} from '../../../test/helpers/ingest-fixture.ts';

const DATA = join(import.meta.dirname, '..', '..', '..', 'examples', 'data');

function cell(
  text: string,
  opts: { colSpan?: number | undefined; rowSpan?: number | undefined } = {},
): TableCell {
  return new TableCell({
    children: [new Paragraph(text)],
    ...(opts.colSpan ? { columnSpan: opts.colSpan } : {}),
    ...(opts.rowSpan ? { rowSpan: opts.rowSpan } : {}),
  });
}

function table(
  rows: readonly (readonly string[])[],
  edit?: (r: number, c: number, t: string) => string,
): Table {
  return new Table({
    rows: [
      ...MINI.header.map(
        (cells) =>
          new TableRow({
            children: cells.map((c) => cell(c.text, { colSpan: c.colSpan, rowSpan: c.rowSpan })),
          }),
      ),
      ...rows.map((r, i) => new TableRow({ children: r.map((t, c) => cell(edit ? edit(i, c, t) : t)) })),
    ],
  });
}

async function miniDocx(edit?: (r: number, c: number, t: string) => string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph(MINI.title),
          new Paragraph(MINI.tableTitle),
          new Paragraph(MINI.number),
          // 部门 and 单位 on one line, split by a tab as the 决算 software prints them
          new Paragraph({
            children: [new TextRun(MINI.department), new TextRun({ children: [new Tab(), MINI.unit] })],
          }),
          table(MINI.first, edit),
          table(MINI.second),
          new Paragraph(MINI.note),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('DOCX reader', () => {
  it('reads the tables exactly as their text version: merged header, continuation, note', async () => {
    const doc = parseDocx(await miniDocx(), 'mini.docx');
    const text = parseTextDisclosure(Buffer.from(miniText()), 'mini.txt');
    expect(figures(doc)).toEqual(figures(text));
    expect(tableFacts(doc)).toEqual(tableFacts(text));
    expect(doc.tables[0]?.columns.map((c) => c.label)).toEqual([
      '项目·功能分类科目编码',
      '项目·科目名称',
      '本年收入合计',
      '财政拨款收入',
      '其他收入',
    ]);
    expect(doc.source.format).toBe('docx');
  });

  it('places every value at its table, row and grid column', async () => {
    const doc = parseDocx(await miniDocx(), 'mini.docx');
    const rows = doc.tables[0]?.rows ?? [];
    // 合计 is the 4th row of the 1st table (3 header rows); 本年收入合计 is its 3rd grid column
    expect(rows[0]?.cells[0]?.at).toMatchObject({ table: 1, row: 4, col: 3 });
    // 2130101 is the 6th row of the 2nd table
    expect(rows[6]?.codeAt).toMatchObject({ table: 2, row: 6, col: 1 });
    expect(rows[6]?.cells[2]?.at).toMatchObject({ table: 2, row: 6, col: 5 });
    expect(doc.tables[0]?.titleAt).toMatchObject({ paragraph: 2 });
  });

  it('locates a finding at the cell, as 第N个表格第R行第C列', async () => {
    const bytes = await miniDocx((r, c, t) => (r === 0 && c === AMOUNT_COLUMNS[0] ? '1,234.60' : t));
    const doc = parseDocx(bytes, 'mini.docx');
    const cells = audit(doc).findings.flatMap((f) => f.locations.map((l) => l.cell));
    expect(cells).toContain('第1个表格第4行第3列');
  });

  it('prints automatic list numbers and splits 部门/单位 printed on one line', async () => {
    const numbered = new Document({
      numbering: {
        config: [
          {
            reference: 'cn',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '列表编号', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '小节', numbering: { reference: 'cn', level: 1 } }),
            new Paragraph({ text: '第二项', numbering: { reference: 'cn', level: 0 } }),
            new Paragraph({ text: '小节', numbering: { reference: 'cn', level: 1 } }),
          ],
        },
      ],
    });
    const texts = layoutDocx(new Uint8Array(await Packer.toBuffer(numbered)), 'n.docx').lines.flatMap((l) =>
      l.kind === 'text' ? [l.text] : [],
    );
    expect(texts).toEqual(['一、列表编号', '（一）小节', '二、第二项', '（一）小节']);
    const lines = layoutDocx(await miniDocx(), 'mini.docx').lines.flatMap((l) =>
      l.kind === 'text' ? [l.text] : [],
    );
    expect(lines).toContain('部门：示例局');
    expect(lines).toContain('单位：万元');
    expect(chineseCount(1)).toBe('一');
    expect(chineseCount(10)).toBe('十');
    expect(chineseCount(15)).toBe('十五');
    expect(chineseCount(20)).toBe('二十');
    expect(chineseCount(105)).toBe('一百零五');
  });

  it.each(['青山县农业农村局-2021.json', '青山县林业局-2023.json', '泓江区城市管理局-2024.json'])(
    'round trip %s: the generated DOCX reads as the generated text, and audits clean',
    async (file) => {
      const built = build(JSON.parse(readFileSync(join(DATA, file), 'utf8')));
      const bytes = await renderDocx(built.layout);
      const doc = await parseBytes(bytes, 'x.docx');
      expect(figures(doc)).toEqual(figures(built.document));
      expect(tableFacts(doc)).toEqual(tableFacts(built.document));
      const blocking = audit(doc).findings.filter((f) => f.severity !== 'note');
      expect(blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    },
    120_000,
  );
});

describe('DOCX limits', () => {
  const docXml = (body: string): Uint8Array =>
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
      'word/document.xml': strToU8(
        `<?xml version="1.0"?>${body}<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>收入决算表</w:t></w:r></w:p></w:body></w:document>`,
      ),
    });

  it('refuses XML with a DOCTYPE or ENTITY declaration', () => {
    const bomb = docXml('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>');
    expect(() => layoutDocx(bomb, 'bomb.docx')).toThrow(/DOCTYPE\/ENTITY/);
  });

  it('refuses a zip bomb by ratio, by total size, and an entry larger than declared', () => {
    const zeros = zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    expect(() => openZip(zeros, 'z.docx')).toThrow(/压缩比异常/);
    const small = docXml('');
    expect(() => openZip(small, 'z.docx', { maxUncompressedBytes: 50 })).toThrow(/解压后过大/);
    // lie about the size in the central directory: the stream stops at the declared size
    const lying = new Uint8Array(small);
    const view = Buffer.from(lying.buffer, lying.byteOffset, lying.byteLength);
    const cd = view.lastIndexOf(Buffer.from('document.xml')) - 'word/'.length - 46;
    expect(view.readUInt32LE(cd)).toBe(0x02014b50);
    view.writeUInt32LE(10, cd + 24);
    expect(() => layoutDocx(lying, 'z.docx')).toThrow(/超过声明的大小/);
  });

  it('refuses corrupt and truncated packages with one line', async () => {
    const bytes = await miniDocx();
    await expect(parseBytes(bytes.subarray(0, 2000), 'cut.docx')).rejects.toThrow(InputError);
    await expect(parseBytes(zipSync({ 'a.txt': strToU8('x') }), 'a.docx')).rejects.toThrow(
      /不是 DOCX 或 XLSX/,
    );
  });

  it('caps table rows', async () => {
    expect(() => layoutDocx(new Uint8Array(0), 'e.docx')).toThrow(InputError);
    const bytes = await miniDocx();
    expect(() => layoutDocx(bytes, 'many.docx', { maxRows: 5 })).toThrow(/表格行数过多/);
  });

  it('never throws anything but InputError on mutated bytes', async () => {
    const bytes = await miniDocx();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        async (flips) => {
          await survivesMutation((b) => parseBytes(b, 'fuzz.docx'), bytes, flips);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('never throws anything but InputError on a mutated document.xml', async () => {
    const parts = unzipSync(await miniDocx());
    const xml = parts['word/document.xml'] ?? new Uint8Array();
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({ at: fc.nat(), value: fc.constantFrom(0x3c, 0x3e, 0x2f, 0x22, 0x26, 0x20, 0x41, 0xe4) }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        async (flips) => {
          await survivesMutation(
            (b) => parseBytes(zipSync({ ...parts, 'word/document.xml': b }), 'fuzz.docx'),
            xml,
            flips,
          );
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
