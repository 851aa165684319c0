/**
 * The disclosure as a Word document in the official style: A4 with the 公文 margins, 方正小标宋简体 titles, 黑体
 * headings, 仿宋_GB2312 body (fonts named, supplied by the reader's Word), a 目录, tables with their header rows
 * repeated on every page and rows that never split, and "— n —" page numbers. Tables are landscape sections.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, GenDocument, GenTable } from './layout.ts';
import { placeHeader } from './text.ts';

const FS = '仿宋_GB2312';
const HEI = '黑体';
const XBS = '方正小标宋简体';
const SONG = '宋体';

/** A run in a named East-Asian font; size in half-points (32 = 三号 16pt, 28 = 四号, 21 = 五号). */
function run(text: string, font = FS, size = 32, isBold = false): TextRun {
  return new TextRun({
    text,
    size,
    // docx's run option, not String.prototype.bold (the lint rule confuses the two)
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    bold: isBold,
    font: { ascii: font, eastAsia: font, hAnsi: font, cs: font },
  });
}

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 };
const LINE = { line: 560, lineRule: 'exact' as const }; // 28 磅 fixed line spacing of 公文 body text

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: SONG, size: 28 })],
      }),
    ],
  });
}

function paragraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text)],
    indent: { firstLine: 640 },
    spacing: LINE,
    alignment: AlignmentType.JUSTIFIED,
  });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  if (level === 1)
    return new Paragraph({
      children: [run(text, XBS, 44)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
    });
  return new Paragraph({
    children: [run(text, level === 2 ? HEI : '楷体_GB2312', 32, level === 3)],
    indent: { firstLine: 640 },
    spacing: LINE,
    keepNext: true,
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };

interface CellOptions {
  readonly bold?: boolean;
  readonly right?: boolean;
  readonly colSpan?: number | undefined;
  readonly rowSpan?: number | undefined;
  readonly shade?: boolean;
}

function cell(text: string, opts: CellOptions): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: opts.right ? AlignmentType.RIGHT : opts.bold ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, opts.bold ? HEI : SONG, 18, false)],
      }),
    ],
    borders: BORDERS,
    verticalAlign: VerticalAlignTable.CENTER,
    ...(opts.colSpan && opts.colSpan > 1 ? { columnSpan: opts.colSpan } : {}),
    ...(opts.rowSpan && opts.rowSpan > 1 ? { rowSpan: opts.rowSpan } : {}),
    ...(opts.shade ? { shading: { fill: 'F1F1F1' } } : {}),
  });
}

/** Column widths in twips from the longest text of each column (CJK characters count double). */
function widths(t: GenTable, total: number): number[] {
  const n = Math.max(...t.rows.map((r) => r.cells.length));
  const len = (s: string): number =>
    Array.from(s).reduce((k, ch) => k + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const amount = new Set(t.amountColumns);
  // amounts never wrap ("430.84" needs its full width); labels wrap beyond 24 half-width characters
  const want = Array.from({ length: n }, (_, i) => {
    const longest = Math.max(4, ...t.rows.map((r) => len(r.cells[i] ?? '')));
    return amount.has(i) ? Math.max(11, longest + 3) : Math.min(24, longest + 1);
  });
  const sum = want.reduce((a, b) => a + b, 0);
  return want.map((w) => Math.floor((w / sum) * total));
}

function table(t: GenTable, pageWidth: number): (Paragraph | Table)[] {
  const amount = new Set(t.amountColumns);
  const cols = widths(t, pageWidth);
  const headerRows = t.header.map((_, r) => {
    const cells = placeHeader(t.header)
      .filter((p) => p.row === r)
      .map((p) =>
        cell(p.cell.text, { bold: true, shade: true, colSpan: p.cell.colSpan, rowSpan: p.cell.rowSpan }),
      );
    return new TableRow({ tableHeader: true, cantSplit: true, children: cells });
  });
  const body = t.rows.map(
    (r) =>
      new TableRow({
        cantSplit: true,
        children: cols.map((_, i) => cell(r.cells[i] ?? '', { right: amount.has(i), bold: false })),
      }),
  );
  return [
    new Paragraph({
      children: [run(t.title, XBS, 36)],
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
    }),
    ...(t.plain
      ? []
      : [
          new Paragraph({ children: [run(`公开${t.number}表`, SONG, 21)], alignment: AlignmentType.RIGHT }),
          new Paragraph({
            children: [run(`部门：${t.department}`, SONG, 21), run(`\t单位：${t.unit}`, SONG, 21)],
            tabStops: [{ type: 'right', position: pageWidth }],
          }),
        ]),
    new Table({
      width: { size: pageWidth, type: WidthType.DXA },
      columnWidths: cols,
      rows: [...headerRows, ...body],
    }),
    ...t.notes.map((n) => new Paragraph({ children: [run(n, SONG, 21)], spacing: { before: 120 } })),
  ];
}

function blocks(list: readonly Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of list) {
    if (b.kind === 'heading') out.push(heading(b.text, b.level));
    else if (b.kind === 'paragraph') out.push(paragraph(b.text));
  }
  return out;
}

/** The document as bytes. */
export async function renderDocx(doc: GenDocument): Promise<Buffer> {
  const portrait = { page: { size: A4, margin: MARGIN } };
  const landscapeWidth = A4.height - MARGIN.left - MARGIN.right;
  const landscape = {
    page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN },
  };
  const title = `${String(doc.year)}年度${doc.department}${doc.kindWord}决算`;
  const sections: ISectionOptions[] = [];
  const cover: Paragraph[] = [
    new Paragraph({
      children: [run(`${String(doc.year)}年度`, XBS, 52)],
      alignment: AlignmentType.CENTER,
      spacing: { before: 3000 },
    }),
    new Paragraph({ children: [run(doc.department, XBS, 52)], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [run(`${doc.kindWord}决算`, XBS, 52)], alignment: AlignmentType.CENTER }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      children: [run('目  录', HEI, 36)],
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
    }),
    ...doc.toc.map(
      (e) =>
        new Paragraph({
          children: [run(e.text, e.level === 1 ? HEI : FS, e.level === 1 ? 32 : 28)],
          indent: { left: e.level === 1 ? 0 : 640 },
          spacing: { line: 440, lineRule: 'exact' },
        }),
    ),
  ];
  sections.push({ properties: portrait, footers: { default: footer() }, children: cover });
  for (const part of doc.parts) {
    const head = [heading(part.label, 1), heading(part.title, 1)];
    const tables = part.blocks.filter((b): b is GenTable => b.kind === 'table');
    if (tables.length === 0) {
      sections.push({
        properties: portrait,
        footers: { default: footer() },
        children: [...head, ...blocks(part.blocks)],
      });
      continue;
    }
    sections.push({ properties: portrait, footers: { default: footer() }, children: head });
    for (const t of tables)
      sections.push({
        properties: landscape,
        footers: { default: footer() },
        children: table(t, landscapeWidth),
      });
  }
  const document = new Document({
    creator: 'juesuan',
    title,
    description: title,
    styles: {
      default: { document: { run: { font: { ascii: FS, eastAsia: FS, hAnsi: FS, cs: FS }, size: 32 } } },
    },
    sections,
  });
  return Buffer.from(await Packer.toBuffer(document));
}
