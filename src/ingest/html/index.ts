/**
 * The HTML reader: portal pages → laid-out lines → the text reader. The charset comes from a byte-order mark,
 * <meta charset> or http-equiv Content-Type, else UTF-8 if the bytes are valid UTF-8, else GB18030. The page is
 * parsed by parse5 (the HTML standard's tree construction, so unclosed cells and implied tbody read as a browser
 * reads them); tables become rows on their grid with colspan/rowspan honoured (the text at the top-left cell),
 * block elements (p, div, h1–h6, li…) and <br> break text lines, and scripts, styles, hidden and screen-reader-only
 * elements, forms and inline SVG are dropped. A table whose cells hold tables or long text (a page-layout frame) is
 * read as the blocks inside it.
 *
 * Origins as for DOCX: a table cell `{ table, row, col }`, other text `{ paragraph }` ("第3个表格第5行第2列",
 * "第12段").
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Disclosure } from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { parseLayout, type LayoutDocument, type LayoutLine } from '../layout.ts';
import {
  DEFAULT_ROW_LIMITS,
  gridLines,
  joinPieces,
  RowBudget,
  textLines,
  type GridRow,
  type GridSlot,
  type RowLimits,
} from '../table-rows.ts';

export type HtmlOptions = RowLimits;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// ---- charset ----

const GB = new Set([
  'gb2312',
  'gbk',
  'gb18030',
  'x-gbk',
  'gb_2312-80',
  'csgb2312',
  'chinese',
  'iso-ir-58',
  'cp936',
]);

function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase();
  if (l === '') return null;
  if (GB.has(l)) return 'gb18030';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset declared in the first bytes of the page (a <meta> tag), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  for (const m of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([-\w:.]+)/i.exec(tag);
    if (direct?.[1]) {
      const cs = normaliseCharset(direct[1]);
      if (cs) return cs;
    }
  }
  return null;
}

/** Decode the page: BOM, declared charset, else UTF-8 (fatal) then GB18030. */
export function decodeHtml(bytes: Uint8Array, file: string): { text: string; encoding: string } {
  if (bytes.length === 0) throw new InputError(file, '文件为空');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const declared = declaredCharset(bytes);
  // a page declared UTF-8 that is not valid UTF-8 was mislabelled (often GBK): fall through to detection
  if (declared && declared !== 'utf-8') {
    try {
      return { text: new TextDecoder(declared).decode(bytes), encoding: declared };
    } catch {
      // unsupported label: detect below
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** True when the bytes look like an HTML page (a tag near the start, after a BOM and whitespace). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (bytes[0] === 0xff || bytes[0] === 0xfe) head = decodeHtml(bytes.subarray(0, 4096), '').text;
  head = head
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .replace(/^\uFEFF/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?xml[^>]*>/i, '')
    .trimStart()
    .toLowerCase();
  return /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|table[\s>]|meta[\s>]|title[\s>])/.test(head);
}

// ---- the tree walk ----

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'button',
  'input',
  'textarea',
  'audio',
  'video',
  'map',
]);

const BLOCK = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'blockquote',
  'address',
  'figure',
  'figcaption',
  'caption',
  'center',
  'form',
  'fieldset',
  'legend',
  'hr',
  'body',
  'html',
  'tr',
  'td',
  'th',
  'details',
  'summary',
]);

const MAX_DEPTH = 400;

/** A portal's page furniture around the article: "更新时间：2018-03-06  来源：…  浏览次数：…", "【字号：大 中 小】". */
const PORTAL_CHROME =
  /^(?:[【[]?\s*(?:(?:更新|发布|发表|上传)(?:时间|日期)|日期|来源|信息来源|文章来源|作者|编辑|责任编辑|浏览(?:次数|量)?|点击(?:数|量|次数)?|阅读(?:数|量|次数)?|访问(?:量|次数)|字号|字体)\s*[:：][^。；]{0,60}?[】\]]?\s*){1,6}$/;

function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

function attrOf(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

function isHidden(el: Element): boolean {
  if (attrOf(el, 'hidden') !== undefined) return true;
  if (attrOf(el, 'aria-hidden') === 'true') return true;
  const style = (attrOf(el, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (/(?:^|;)display:none|(?:^|;)visibility:hidden/.test(style)) return true;
  const cls = attrOf(el, 'class') ?? '';
  return /(?:^|\s)(?:visually-hidden|sr-only|screen-reader-text|hidden)(?:\s|$)/.test(cls);
}

function children(n: Node): Node[] {
  if ('childNodes' in n) return n.childNodes;
  return [];
}

/** Rows of a table: its own tr elements (thead, tbody, tfoot), not those of tables inside it. */
function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot')
      for (const r of c.childNodes) if (isElement(r) && r.tagName === 'tr') out.push(r);
  }
  return out;
}

function rowCells(tr: Element): Element[] {
  return tr.childNodes.filter(
    (c): c is Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'),
  );
}

function hasDescendant(n: Node, test: (el: Element) => boolean, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  for (const c of children(n)) {
    if (isElement(c) && (test(c) || hasDescendant(c, test, depth + 1))) return true;
  }
  return false;
}

function span(v: string | undefined, max: number, fallback: number): number {
  const n = Number.parseInt(v ?? '', 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return Math.min(n, max);
}

class HtmlWalker {
  readonly lines: LayoutLine[] = [];
  private paragraphs = 0;
  private tables = 0;
  private buffer = '';
  private placed = 0;
  private readonly maxCells: number;

  constructor(
    private readonly file: string,
    private readonly budget: RowBudget,
    limits: RowLimits,
  ) {
    this.maxCells = limits.maxCells ?? DEFAULT_ROW_LIMITS.maxCells;
  }

  flush(): void {
    const text = this.buffer.replace(/\s+/g, ' ').trim();
    this.buffer = '';
    if (text === '' || PORTAL_CHROME.test(text)) return;
    this.paragraphs += 1;
    this.lines.push(...textLines(text, { paragraph: this.paragraphs }));
  }

  walk(n: Node, depth = 0): void {
    if (depth > MAX_DEPTH) throw new InputError(this.file, 'HTML 元素嵌套过深，无法读取');
    if (n.nodeName === '#text') {
      this.buffer += (n as DefaultTreeAdapterMap['textNode']).value;
      return;
    }
    if (!isElement(n)) {
      for (const c of children(n)) this.walk(c, depth + 1);
      return;
    }
    const tag = n.tagName;
    if (SKIP.has(tag) || isHidden(n)) return;
    if (tag === 'br') {
      this.flush();
      return;
    }
    if (tag === 'table') {
      this.flush();
      this.table(n, depth);
      return;
    }
    if (tag === 'pre') {
      this.flush();
      const text = this.cellText(n, depth).pieces;
      for (const line of text) {
        this.buffer = line;
        this.flush();
      }
      return;
    }
    const block = BLOCK.has(tag);
    if (block) this.flush();
    for (const c of n.childNodes) this.walk(c, depth + 1);
    if (block) this.flush();
  }

  /** The text pieces of a cell: one per block or line break, whitespace collapsed. */
  private cellText(el: Element, depth: number): { pieces: string[] } {
    const pieces: string[] = [''];
    const append = (t: string): void => {
      pieces[pieces.length - 1] = (pieces[pieces.length - 1] ?? '') + t;
    };
    const pre = el.tagName === 'pre';
    const visit = (n: Node, d: number): void => {
      if (d > MAX_DEPTH) throw new InputError(this.file, 'HTML 元素嵌套过深，无法读取');
      if (n.nodeName === '#text') {
        const v = (n as DefaultTreeAdapterMap['textNode']).value;
        if (pre) {
          const parts = v.split(/\r\n|\r|\n/);
          parts.forEach((p, i) => {
            if (i > 0) pieces.push('');
            append(p);
          });
        } else append(v);
        return;
      }
      if (!isElement(n)) return;
      if (SKIP.has(n.tagName) || isHidden(n)) return;
      const breaks = n.tagName === 'br' || BLOCK.has(n.tagName);
      if (breaks) pieces.push('');
      for (const c of n.childNodes) visit(c, d + 1);
      if (breaks) pieces.push('');
    };
    for (const c of el.childNodes) visit(c, depth + 1);
    return { pieces: pieces.map((p) => p.replace(/[ \t\r\n\f]+/g, ' ').trim()).filter((p) => p !== '') };
  }

  private table(table: Element, depth: number): void {
    this.tables += 1;
    const tableNo = this.tables;
    const rows = tableRows(table);
    const cells = rows.flatMap(rowCells);
    // a page-layout frame: cells holding tables, headings or long text are read as blocks
    const frame = cells.some(
      (c) =>
        hasDescendant(c, (e) => e.tagName === 'table' || /^h[1-6]$/.test(e.tagName)) ||
        this.cellText(c, depth).pieces.join('').length > 300,
    );
    if (frame) {
      for (const c of table.childNodes) if (isElement(c) && c.tagName === 'caption') this.walk(c, depth + 1);
      for (const r of rows)
        for (const c of rowCells(r)) {
          this.walk(c, depth + 1);
          this.flush();
        }
      return;
    }
    for (const c of table.childNodes)
      if (isElement(c) && c.tagName === 'caption' && !isHidden(c)) {
        this.walk(c, depth + 1);
        this.flush();
      }
    // the HTML table model: each cell at the first free column of its row, spans reserving positions below
    const grid: GridSlot[][] = rows.map(() => []);
    rows.forEach((tr, y) => {
      let x = 0;
      const row = grid[y] ?? [];
      for (const td of rowCells(tr)) {
        while (row[x]) x++;
        const cs = Math.max(1, span(attrOf(td, 'colspan'), 1000, 1));
        let rs = span(attrOf(td, 'rowspan'), 65534, 1);
        if (rs === 0) rs = rows.length - y;
        rs = Math.max(1, Math.min(rs, rows.length - y));
        this.placed += cs * rs;
        if (this.placed > this.maxCells)
          throw new InputError(this.file, `表格单元格过多（超过 ${this.maxCells} 个），不予读取`);
        const text = joinPieces(this.cellText(td, depth).pieces);
        for (let dy = 0; dy < rs; dy++) {
          const target = grid[y + dy];
          if (!target) continue;
          for (let dx = 0; dx < cs; dx++) {
            const at = { table: tableNo, row: y + dy + 1, col: x + dx + 1 };
            target[x + dx] =
              dy === 0 && dx === 0
                ? { text, at, span: cs }
                : { text: '', at, span: 0, ...(dy > 0 ? { fromAbove: true } : {}) };
          }
        }
        x += cs;
      }
    });
    const width = Math.max(0, ...grid.map((r) => r.length));
    const out: GridRow[] = [];
    grid.forEach((slots, y) => {
      const full: GridSlot[] = [];
      for (let x = 0; x < width; x++)
        full.push(slots[x] ?? { text: '', at: { table: tableNo, row: y + 1, col: x + 1 }, span: 0 });
      this.budget.take(width);
      out.push({ at: { table: tableNo, row: y + 1 }, slots: full });
    });
    this.lines.push(...gridLines(out));
  }
}

/** Read an HTML page as laid-out lines. */
export function layoutHtml(bytes: Uint8Array, file: string, options: HtmlOptions = {}): LayoutDocument {
  const { text, encoding } = decodeHtml(bytes, file);
  let document;
  try {
    document = parse(text);
  } catch {
    throw new InputError(file, 'HTML 页面无法解析');
  }
  const walker = new HtmlWalker(file, new RowBudget(file, options), options);
  walker.walk(document);
  walker.flush();
  if (walker.lines.length === 0) throw new InputError(file, '页面没有可读取的文字');
  return { file, format: 'html', encoding, lines: walker.lines, pages: 0, warnings: [] };
}

export function parseHtml(bytes: Uint8Array, file: string, options: HtmlOptions = {}): Disclosure {
  return parseLayout(layoutHtml(bytes, file, options));
}
