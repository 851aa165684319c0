/**
 * The DOCX reader: word/document.xml → laid-out lines → the text reader. Paragraphs become text lines in reading
 * order (with their automatic list numbers); tables become rows on their grid, horizontal merges (gridSpan,
 * gridBefore/After) and vertical merges (vMerge: the text at the top cell) honoured; a table whose cells hold
 * tables (a layout frame) is read as the blocks inside it.
 *
 * Origins — DOCX has no pages: a table cell is `{ table, row, col }` (1-based: the n-th table of the document in
 * reading order, its row, its grid column), a table row `{ table, row }`, any other text `{ paragraph }` (the n-th
 * non-empty paragraph). A finding prints them as "第3个表格第5行第2列" and "第12段".
 */
import type { Disclosure } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import { officePackage } from '../ooxml.ts';
import {
  gridLines,
  joinPieces,
  RowBudget,
  textLines,
  type GridRow,
  type GridSlot,
  type RowLimits,
} from '../table-rows.ts';
import { attr, child, decodeXml, elements, localName, parseXml, type XmlElement } from '../xml.ts';
import { openZip, type ZipArchive, type ZipLimits } from '../zip.ts';
import { Numbering } from './numbering.ts';

export interface DocxOptions extends ZipLimits, RowLimits {}

/** Elements whose content is part of the text flow around them (wrappers). */
const TRANSPARENT = new Set([
  'sdt',
  'sdtContent',
  'customXml',
  'smartTag',
  'ins',
  'hyperlink',
  'fldSimple',
  'dir',
  'bdo',
]);
/** Elements never read: deleted text, field instructions, the fallback copy of drawings, ruby annotations. */
const SKIPPED = new Set([
  'del',
  'delText',
  'instrText',
  'Fallback',
  'rt',
  'pPr',
  'rPr',
  'tcPr',
  'trPr',
  'tblPr',
  'moveFrom',
]);

class DocxWalker {
  readonly lines: LayoutLine[] = [];
  private paragraphs = 0;
  private tables = 0;
  private depth = 0;

  constructor(
    private readonly file: string,
    private readonly numbering: Numbering,
    private readonly budget: RowBudget,
  ) {}

  private guard<T>(fn: () => T): T {
    if (++this.depth > 64) throw new InputError(this.file, 'DOCX 中的表格嵌套过深，无法读取');
    try {
      return fn();
    } finally {
      this.depth--;
    }
  }

  /** Body content: paragraphs and tables in order. */
  blocks(el: XmlElement): void {
    this.guard(() => {
      for (const c of elements(el)) {
        const name = localName(c);
        if (name === 'p') this.paragraph(c);
        else if (name === 'tbl') this.table(c);
        else if (TRANSPARENT.has(name) || name === 'body' || name === 'txbxContent') this.blocks(c);
      }
    });
  }

  /** A paragraph's text: runs in order, tabs as spaces, line breaks kept; text boxes collected apart. */
  private paragraphText(p: XmlElement, boxes: XmlElement[]): string {
    let text = this.numbering.label(child(p, 'w:pPr'));
    const walk = (el: XmlElement): void => {
      for (const c of el.children) {
        if (typeof c === 'string') continue;
        const name = localName(c);
        if (SKIPPED.has(name)) continue;
        if (name === 't') text += c.children.filter((x): x is string => typeof x === 'string').join('');
        else if (name === 'tab' || name === 'ptab') text += '  ';
        else if (name === 'br' || name === 'cr') text += '\n';
        else if (name === 'noBreakHyphen') text += '-';
        else if (name === 'txbxContent') boxes.push(c);
        else if (name !== 'p' && name !== 'tbl') walk(c);
      }
    };
    walk(p);
    return text;
  }

  private paragraph(p: XmlElement): void {
    const boxes: XmlElement[] = [];
    const text = this.paragraphText(p, boxes);
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      this.paragraphs += 1;
      this.lines.push(...textLines(line, { paragraph: this.paragraphs }));
    }
    for (const b of boxes) this.blocks(b);
  }

  /** Rows of a table, looking through content-control wrappers. */
  private rows(tbl: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of elements(el)) {
        const n = localName(c);
        if (n === 'tr') out.push(c);
        else if (TRANSPARENT.has(n)) walk(c);
      }
    };
    walk(tbl);
    return out;
  }

  private cells(tr: XmlElement): XmlElement[] {
    const out: XmlElement[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of elements(el)) {
        const n = localName(c);
        if (n === 'tc') out.push(c);
        else if (TRANSPARENT.has(n)) walk(c);
      }
    };
    walk(tr);
    return out;
  }

  private cellText(tc: XmlElement): string {
    const pieces: string[] = [];
    const walk = (el: XmlElement): void => {
      for (const c of elements(el)) {
        const n = localName(c);
        if (n === 'p') {
          const boxes: XmlElement[] = [];
          pieces.push(...this.paragraphText(c, boxes).split('\n'));
          for (const b of boxes) walk(b);
        } else if (TRANSPARENT.has(n) || n === 'txbxContent') walk(c);
      }
    };
    walk(tc);
    return joinPieces(pieces);
  }

  private table(tbl: XmlElement): void {
    this.tables += 1;
    const tableNo = this.tables;
    const rows = this.rows(tbl);
    const nested = rows.some((tr) =>
      this.cells(tr).some((tc) => elements(tc).some((x) => localName(x) === 'tbl')),
    );
    if (nested) {
      // a layout frame: read what its cells hold, in order
      for (const tr of rows) for (const tc of this.cells(tr)) this.blocks(tc);
      return;
    }
    const grid: GridRow[] = [];
    rows.forEach((tr, r) => {
      const rowNo = r + 1;
      const trPr = child(tr, 'w:trPr');
      const before = Number(attr(child(trPr ?? tr, 'w:gridBefore'), 'w:val') ?? 0) || 0;
      const slots: GridSlot[] = [];
      const blank = (col: number, fromAbove = false): GridSlot => ({
        text: '',
        at: { table: tableNo, row: rowNo, col },
        span: 0,
        ...(fromAbove ? { fromAbove } : {}),
      });
      for (let i = 0; i < Math.min(before, 1000); i++) slots.push(blank(slots.length + 1));
      for (const tc of this.cells(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.min(
          1000,
          Math.max(1, Number(attr(child(tcPr ?? tc, 'w:gridSpan'), 'w:val') ?? 1) || 1),
        );
        const vMerge = tcPr ? child(tcPr, 'w:vMerge') : undefined;
        const hMerge = tcPr ? attr(child(tcPr, 'w:hMerge'), 'w:val') : undefined;
        const continued = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
        const col = slots.length + 1;
        if (continued) {
          for (let k = 0; k < span; k++) slots.push(blank(col + k, true));
          continue;
        }
        if (hMerge === 'continue') {
          for (let k = 0; k < span; k++) slots.push(blank(col + k));
          continue;
        }
        const text = this.cellText(tc);
        slots.push({ text, at: { table: tableNo, row: rowNo, col }, span });
        for (let k = 1; k < span; k++) slots.push(blank(col + k));
      }
      this.budget.take(slots.length);
      grid.push({ at: { table: tableNo, row: rowNo }, slots });
    });
    const width = Math.max(0, ...grid.map((g) => g.slots.length));
    for (const g of grid) {
      const slots = g.slots as GridSlot[];
      while (slots.length < width)
        slots.push({ text: '', at: { table: tableNo, row: g.at.row ?? 1, col: slots.length + 1 }, span: 0 });
    }
    this.lines.push(...gridLines(grid));
  }
}

function readPart(zip: ZipArchive, path: string, file: string): XmlElement | null {
  const bytes = zip.read(path);
  return bytes ? parseXml(decodeXml(bytes, file), file) : null;
}

/** Read a DOCX file as laid-out lines. */
export function layoutDocx(bytes: Uint8Array, file: string, options: DocxOptions = {}): LayoutDocument {
  const zip = openZip(bytes, file, options);
  const pkg = officePackage(zip, file);
  if (pkg.kind !== 'docx') throw new InputError(file, '不是 DOCX 文件');
  const dir = pkg.main.slice(0, pkg.main.lastIndexOf('/') + 1);
  const document = readPart(zip, pkg.main, file);
  if (!document) throw new InputError(file, 'DOCX 文件缺少正文（document.xml）');
  const numbering = new Numbering(
    readPart(zip, `${dir}numbering.xml`, file),
    readPart(zip, `${dir}styles.xml`, file),
  );
  const walker = new DocxWalker(file, numbering, new RowBudget(file, options));
  const body = child(document, 'w:body') ?? elements(document).find((e) => localName(e) === 'body');
  if (!body) throw new InputError(file, 'DOCX 文件缺少正文（body）');
  walker.blocks(body);
  if (walker.lines.length === 0) throw new InputError(file, 'DOCX 文件没有文字内容');
  return { file, format: 'docx', encoding: 'ooxml', lines: walker.lines, pages: 0, warnings: [] };
}

export function parseDocx(bytes: Uint8Array, file: string, options: DocxOptions = {}): Disclosure {
  return parseLayout(layoutDocx(bytes, file, options));
}
