/**
 * Table rulings read straight from a PDF's content streams, without pdfjs.
 *
 * pdfjs's `getOperatorList` loads fonts and copies every text operator, about 10 ms a page, while the rulings need only
 * the path operators. This module reads just enough of the file for them: the cross-reference (tables and streams),
 * the page tree and each page's content streams and form XObjects, interpreted the way pdfjs builds its operator
 * list, and feeds the same `RulingCollector` as `pageRulings`. It answers null whenever it cannot promise pdfjs's
 * result (encryption, an unreadable cross-reference, an unsupported filter, a reference cycle, too much work); the
 * caller then asks pdfjs.
 *
 * Known differences from `pageRulings` over pdfjs's list, none of them met in the corpus:
 * - annotation appearance streams are not drawn. pdfjs appends them after the page content, but `pageRulings`
 *   ignores the annotation's placement (/Rect, /Matrix), so it would put their lines in the wrong place anyway;
 * - pdfjs folds `q cm <path> Q` into float32 coordinates, so its points can differ from ours by float32 rounding
 *   (about 1e-4 pt);
 * - `pictured` is true for every painted image, while pdfjs merges runs of 3 or more equal image XObjects and of 10
 *   or more small inline images into operators other than paintImageXObject / paintInlineImageXObject;
 * - the streams of an array /Contents are joined with a newline, as the PDF specification says (a token cannot span
 *   two streams); pdfjs joins them with nothing.
 */
import { multiply, RulingCollector, type Matrix, type Ruling } from './graphics.ts';
import {
  CLASS,
  Dict,
  isArray,
  isRegular,
  isSpace,
  Keyword,
  Name,
  pageTree,
  parseValue,
  Ref,
  Scanner,
  Stream,
  Unsupported,
  type PageNode,
  PdfFile,
  type PdfValue,
} from './objects.ts';

export interface PageGraphics {
  readonly rulings: Ruling[];
  /** The page paints an image (an image XObject or an inline image, not a stencil mask). */
  readonly pictured: boolean;
}

export interface GraphicsReader {
  readonly pageCount: number;
  /**
   * The rulings of page `pageNumber` (1-based, pdfjs's numbering), or null when this reader cannot tell (ask pdfjs).
   * `viewport` is pdfjs's `page.getViewport({ scale: 1 }).transform`; `width` and `height` are that viewport's size.
   */
  page(pageNumber: number, viewport: readonly number[], width: number, height: number): PageGraphics | null;
}

/**
 * Open a PDF (its bytes, or the file already opened with `openFile`) for reading its page graphics; null when it is
 * encrypted or its cross-reference cannot be read.
 */
export function openGraphics(pdf: Uint8Array | PdfFile): GraphicsReader | null {
  try {
    const file = pdf instanceof PdfFile ? pdf : new PdfFile(pdf);
    if (file.encrypted) return null;
    return new Reader(file, pageTree(file));
  } catch {
    return null;
  }
}

class Reader implements GraphicsReader {
  /** Decoded form XObjects (and soft-mask groups) by object number. */
  readonly forms = new Map<number, Uint8Array>();

  constructor(
    readonly file: PdfFile,
    private readonly pages: readonly PageNode[],
  ) {}

  get pageCount(): number {
    return this.pages.length;
  }

  page(pageNumber: number, viewport: readonly number[], width: number, height: number): PageGraphics | null {
    try {
      const page = this.pages[pageNumber - 1];
      if (!page || viewport.length !== 6) return null;
      const collector = new RulingCollector(width, height);
      const painter = new Painter(this, collector, [...viewport] as Matrix);
      painter.run(this.contents(page.dict), page.resources, 0, []);
      return { rulings: collector.rulings(), pictured: painter.pictured };
    } catch {
      return null;
    }
  }

  /** A page's /Contents: one stream or an array of streams, joined with a newline. */
  private contents(page: Dict): Uint8Array {
    const c = this.file.resolve(page.get('Contents'));
    const parts = (isArray(c) ? c : [c])
      .map((v) => this.file.resolve(v))
      .filter((v): v is Stream => v instanceof Stream)
      .map((s) => this.file.decode(s));
    if (parts.length === 1) return parts[0] ?? new Uint8Array();
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      out[at + p.length] = 0x0a;
      at += p.length + 1;
    }
    return out;
  }

  /** The decoded content of a form, cached by object number. */
  formContent(num: number, stream: Stream): Uint8Array {
    let data = this.forms.get(num);
    if (!data) {
      data = this.file.decode(stream);
      this.forms.set(num, data);
    }
    return data;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Content streams

/** Operators, with pdfjs's operand counts ('+' after the count: any number of operands). */
const OPERATORS =
  'w 1,J 1,j 1,M 1,d 2,ri 1,i 1,gs 1,q 0,Q 0,cm 6,m 2,l 2,c 6,v 4,y 4,h 0,re 4,S 0,s 0,f 0,F 0,f* 0,B 0,B* 0,' +
  'b 0,b* 0,n 0,W 0,W* 0,BT 0,ET 0,Tc 1,Tw 1,Tz 1,TL 1,Tf 2,Tr 1,Ts 1,Td 2,TD 2,Tm 6,T* 0,Tj 1,TJ 1,' +
  '\' 1," 3,d0 2,d1 6,CS 1,cs 1,SC 4+,SCN 33+,sc 4+,scn 33+,G 1,g 1,RG 3,rg 3,K 4,k 4,sh 1,BI 0,ID 0,EI 1,' +
  'Do 1,MP 1,DP 2,BMC 1,BDC 2,EMC 0,BX 0,EX 0';

/** Path construction and painting operators (pdfjs gives up on a stream after 11 malformed ones in a row). */
const PATH_OPERATORS = new Set('m l c v y h re S s f F f* B B* b b* n'.split(' '));

interface Operator {
  readonly word: string;
  readonly operands: number;
  readonly variable: boolean;
  readonly path: boolean;
}

/** A keyword of up to 6 bytes as a number (its bytes, first lowest), -1 for a longer one. */
function wordKey(word: string): number {
  let key = 0;
  for (let k = word.length - 1; k >= 0; k--) key = key * 256 + word.charCodeAt(k);
  return word.length > 6 ? -1 : key;
}

const OPERATOR_BY_KEY = new Map<number, Operator>();
for (const spec of OPERATORS.split(',')) {
  const [word = '', count = ''] = spec.split(' ');
  OPERATOR_BY_KEY.set(wordKey(word), {
    word,
    operands: Number.parseInt(count, 10),
    variable: count.endsWith('+'),
    path: PATH_OPERATORS.has(word),
  });
}

/**
 * Keywords pdfjs's lexer knows: the operators, their prefixes that are not operators (BM for BMC…) and true, false,
 * null with their prefixes. The lexer ends a keyword where a known one would become unknown, so `Qq` is Q then q.
 */
const KNOWN_KEYS = new Set<number>(OPERATOR_BY_KEY.keys());
for (const w of ['BM', 'BD', 'true', 'fa', 'fal', 'fals', 'false', 'nu', 'nul', 'null'])
  KNOWN_KEYS.add(wordKey(w));
const TRUE_KEY = wordKey('true');
const FALSE_KEY = wordKey('false');
const NULL_KEY = wordKey('null');
const EI_OPERATOR = OPERATOR_BY_KEY.get(wordKey('EI'));

/** An operand the interpreter does not read (string, array, boolean), a dictionary, or an inline image. */
interface Opaque {
  readonly kind: 'other' | 'dict' | 'image';
  readonly pictured?: boolean;
}
const OTHER: Opaque = { kind: 'other' };
const DICT: Opaque = { kind: 'dict' };

/** Numbers, names (as strings) and the rest. */
type Operand = number | string | Opaque;

/** More operands than pdfjs accepts before an operator (it then abandons the stream). */
const MAX_OPERANDS = 33;
/** Most form XObjects nested inside one another. */
const MAX_FORM_DEPTH = 12;
/** Most operators run for one page, forms included. */
const MAX_OPS = 2_000_000;
/** Most content bytes scanned for one page, forms counted each time they are drawn. */
const MAX_CONTENT_BYTES = 1 << 28;

/** Path codes in the buffer of the path under construction (pdfjs's). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const CLOSE = 4;

/** The stream is malformed where pdfjs stops reading it (keeping what came before). */
class StopStream extends Error {}

/**
 * Interprets content streams into rulings. The graphics-state stack is shared by `q`/`Q` and forms exactly as
 * `pageRulings` shares it over pdfjs's save/restore and paintFormXObjectBegin/End operators.
 */
class Painter {
  pictured = false;
  private ctm: Matrix;
  private readonly stack: Matrix[] = [];
  private ops = 0;
  private scanned = 0;

  constructor(
    private readonly reader: Reader,
    private readonly collector: RulingCollector,
    viewport: Matrix,
  ) {
    this.ctm = viewport;
  }

  /** Run one content stream (the page's or a form's); `chain` holds the forms it is drawn from. */
  run(content: Uint8Array, resources: Dict | null, depth: number, chain: readonly number[]): void {
    this.scanned += content.length;
    if (this.scanned > MAX_CONTENT_BYTES) throw new Unsupported('too much content');
    const state = new StreamState(content);
    try {
      this.interpret(state, resources, depth, chain);
    } catch (e) {
      if (!(e instanceof StopStream)) throw e;
    }
    // pdfjs closes the `q`s a stream leaves open.
    for (; state.saved > 0; state.saved--) this.ctm = this.stack.pop() ?? this.ctm;
  }

  private interpret(st: StreamState, resources: Dict | null, depth: number, chain: readonly number[]): void {
    const s = st.scanner;
    const b = s.bytes;
    for (;;) {
      s.skipSpace();
      const c = b[s.pos] ?? -1;
      if (c < 0) return;
      if (st.nesting > 0) {
        skipNested(st);
        continue;
      }
      if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
        st.push(numberOrStop(s));
        continue;
      }
      switch (c) {
        case 0x2f:
          st.push(s.name());
          continue;
        case 0x28:
          s.skipLiteral();
          st.push(OTHER);
          continue;
        case 0x3c:
          if (b[s.pos + 1] === 0x3c) {
            s.pos += 2;
            st.nesting = 1;
            st.outer = DICT;
          } else {
            s.skipHex();
            st.push(OTHER);
          }
          continue;
        case 0x5b:
          s.pos++;
          st.nesting = 1;
          st.outer = OTHER;
          continue;
        case 0x29:
          throw new StopStream(); // pdfjs: "Illegal character"
        case 0x5d:
        case 0x7b:
        case 0x7d:
          s.pos++; // an unknown command: its operands stay for the next operator
          continue;
        case 0x3e:
          s.pos += b[s.pos + 1] === 0x3e ? 2 : 1;
          continue;
      }
      const key = readCommand(s);
      if (key === TRUE_KEY || key === FALSE_KEY) {
        st.push(OTHER);
        continue;
      }
      if (key === NULL_KEY) continue; // pdfjs drops null operands
      let op = OPERATOR_BY_KEY.get(key);
      if (!op) continue; // unknown command: its operands stay for the next operator
      if (op.word === 'BI') {
        st.push(inlineImage(s));
        op = EI_OPERATOR;
        if (!op) return;
      }
      if (++this.ops > MAX_OPS) throw new Unsupported('too many operators');
      if (!st.fitOperands(op)) continue;
      this.execute(op.word, st.args, st, resources, depth, chain);
      st.clearArgs();
    }
  }

  private execute(
    word: string,
    args: Operand[],
    st: StreamState,
    resources: Dict | null,
    depth: number,
    chain: readonly number[],
  ): void {
    const path = st.path;
    switch (word) {
      case 'q':
        this.stack.push(this.ctm);
        st.saved++;
        return;
      case 'Q':
        // pdfjs emits every Q, matched or not, and pageRulings pops for each.
        this.ctm = this.stack.pop() ?? this.ctm;
        if (st.saved > 0) st.saved--;
        return;
      case 'cm':
        // pdfjs drops an operator that has a dictionary operand.
        if (!args.includes(DICT)) this.ctm = multiply(this.ctm, args.map(num) as Matrix);
        return;
      case 'm':
      case 'l':
        // pdfjs keeps path coordinates in a Float32Array.
        path.push(word === 'm' ? MOVE : LINE, Math.fround(num(args[0])), Math.fround(num(args[1])));
        return;
      case 'c':
      case 'v':
      case 'y':
        path.push(CURVE);
        return;
      case 'h':
        path.push(CLOSE);
        return;
      case 're':
        rectangle(path, num(args[0]), num(args[1]), num(args[2]), num(args[3]));
        return;
      case 'S':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
        this.collector.filling = word === 'f' || word === 'F' || word === 'f*';
        this.paint(path, false);
        return;
      case 's':
      case 'b':
      case 'b*':
        this.collector.filling = false;
        this.paint(path, true);
        return;
      case 'n':
        path.length = 0; // a clip (or nothing): not drawn
        return;
      case 'Do':
        if (typeof args[0] === 'string') this.xobject(args[0], resources, depth, chain);
        return;
      case 'gs':
        if (typeof args[0] === 'string') this.graphicsState(args[0], resources, depth, chain);
        return;
      case 'EI': {
        const image = args[0];
        if (typeof image === 'object' && image.pictured) this.pictured = true;
        return;
      }
    }
  }

  /** Feed the path under construction to the collector in page space (pdfjs applies the CTM at painting time). */
  private paint(path: number[], close: boolean): void {
    if (close) path.push(CLOSE);
    const m = this.ctm;
    const col = this.collector;
    for (let k = 0; k < path.length;) {
      const code = path[k++];
      if (code === MOVE || code === LINE) {
        const x = path[k++] ?? 0;
        const y = path[k++] ?? 0;
        const px = m[0] * x + m[2] * y + m[4];
        const py = m[1] * x + m[3] * y + m[5];
        if (code === MOVE) col.moveTo(px, py);
        else col.lineTo(px, py);
      } else if (code === CURVE) col.curve();
      else col.close();
    }
    if (path.length > 0) col.endPath();
    path.length = 0;
  }

  /** `Do`: a form is drawn in place, an image marks the page pictured. */
  private xobject(name: string, resources: Dict | null, depth: number, chain: readonly number[]): void {
    const file = this.reader.file;
    const xobjects = file.resolve(resources?.get('XObject'));
    if (!(xobjects instanceof Dict)) return;
    const raw = xobjects.get(name);
    const xobj = file.resolve(raw);
    if (!(xobj instanceof Stream)) return;
    const subtype = file.resolve(xobj.dict.get('Subtype'));
    if (!(subtype instanceof Name)) return;
    if (subtype.name === 'Form') this.form(xobj, raw instanceof Ref ? raw.num : -1, resources, depth, chain);
    else if (subtype.name === 'Image' && isPicture(xobj.dict, (v) => file.resolve(v))) this.pictured = true;
  }

  /** `gs` with a soft mask: pdfjs draws the mask's group form (/SMask /G) into the operator list. */
  private graphicsState(name: string, resources: Dict | null, depth: number, chain: readonly number[]): void {
    const file = this.reader.file;
    const states = file.resolve(resources?.get('ExtGState'));
    if (!(states instanceof Dict)) return;
    const gs = file.resolve(states.get(name));
    if (!(gs instanceof Dict)) return;
    const smask = file.resolve(gs.get('SMask'));
    if (!(smask instanceof Dict) || !(file.resolve(smask.get('S')) instanceof Name)) return;
    const raw = smask.get('G');
    const group = file.resolve(raw);
    if (group instanceof Stream) this.form(group, raw instanceof Ref ? raw.num : -1, resources, depth, chain);
  }

  /** Draw a form XObject: its /Matrix (as float32, like pdfjs) onto the CTM, its own /Resources or the parent's. */
  private form(
    xobj: Stream,
    num: number,
    resources: Dict | null,
    depth: number,
    chain: readonly number[],
  ): void {
    if (depth >= MAX_FORM_DEPTH || (num >= 0 && chain.includes(num))) throw new Unsupported('form nesting');
    const file = this.reader.file;
    const content = num >= 0 ? this.reader.formContent(num, xobj) : file.decode(xobj);
    const matrix = file.resolve(xobj.dict.get('Matrix'));
    const entries = isArray(matrix) ? matrix.map((v) => file.resolve(v)) : [];
    this.stack.push(this.ctm);
    if (entries.length === 6 && entries.every((v) => typeof v === 'number'))
      this.ctm = multiply(this.ctm, entries.map((v) => Math.fround(v)) as Matrix);
    const own = file.resolve(xobj.dict.get('Resources'));
    this.run(content, own instanceof Dict ? own : resources, depth + 1, num >= 0 ? [...chain, num] : chain);
    this.ctm = this.stack.pop() ?? this.ctm;
  }
}

/** Parsing state of one content stream. */
class StreamState {
  readonly scanner: Scanner;
  /** Operands of the coming operator. */
  args: Operand[] = [];
  /** Operands an operator had too many of, lent to a later one that has too few (pdfjs does this). */
  private readonly spare: Operand[] = [];
  /** The path under construction, in user space: codes and float32 coordinates. */
  readonly path: number[] = [];
  /** `q`s not yet closed by `Q` in this stream. */
  saved = 0;
  /** Depth inside an array or dictionary operand, and what the outermost one is. */
  nesting = 0;
  outer: Opaque = OTHER;
  private lastWasPath = false;
  private badPathOps = 0;

  constructor(content: Uint8Array) {
    this.scanner = new Scanner(content);
  }

  push(v: Operand): void {
    this.args.push(v);
    if (this.args.length > MAX_OPERANDS) throw new StopStream();
  }

  /**
   * Match the operands to the operator's count as pdfjs does: extra ones (the earliest) are set aside, missing ones
   * taken from those set aside; an operator still short of operands is skipped. False when skipped.
   */
  fitOperands(op: Operator): boolean {
    if (!this.lastWasPath) this.badPathOps = 0;
    this.lastWasPath = op.path;
    if (op.variable) return true;
    const args = this.args;
    if (args.length !== op.operands) {
      while (args.length > op.operands) this.spare.push(args.shift() ?? OTHER);
      while (args.length < op.operands && this.spare.length > 0) args.unshift(this.spare.pop() ?? OTHER);
    }
    if (args.length < op.operands) {
      if (op.path && ++this.badPathOps > 10) throw new StopStream();
      this.clearArgs();
      return false;
    }
    return true;
  }

  /** Forget the operands (a fresh array is cheaper than truncating one). */
  clearArgs(): void {
    if (this.args.length > 0) this.args = [];
  }
}

function num(v: Operand | undefined): number {
  return typeof v === 'number' ? v : NaN;
}

function numberOrStop(s: Scanner): number {
  try {
    return s.number();
  } catch {
    throw new StopStream(); // pdfjs: "Invalid number"
  }
}

/** One token inside an array or dictionary operand; the operand is pushed when the outermost one closes. */
function skipNested(st: StreamState): void {
  const s = st.scanner;
  const c = s.peek();
  if (c === 0x5b) {
    s.pos++;
    st.nesting++;
  } else if (c === 0x3c && s.peek(1) === 0x3c) {
    s.pos += 2;
    st.nesting++;
  } else if (c === 0x5d || (c === 0x3e && s.peek(1) === 0x3e)) {
    s.pos += c === 0x5d ? 1 : 2;
    if (--st.nesting === 0) st.push(st.outer);
  } else if (c === 0x28) s.skipLiteral();
  else if (c === 0x3c) s.skipHex();
  else if (c === 0x2f) s.name();
  else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) numberOrStop(s);
  else if (c === 0x29) throw new StopStream();
  else if (isRegular(c)) readCommand(s);
  else s.pos++;
}

/**
 * A keyword at the scanner as pdfjs's content lexer reads it: it stops where a known keyword would become an unknown
 * one (so `Qq` is two operators); a byte outside ASCII followed by an ASCII one is a keyword by itself.
 */
function readCommand(s: Scanner): number {
  const b = s.bytes;
  let i = s.pos;
  const first = b[i++] ?? 0;
  let key = first;
  let length = 1;
  if ((first < 0x20 || first > 0x7f) && (b[i] ?? -1) >= 0x20 && (b[i] ?? -1) <= 0x7f) {
    s.pos = i;
    return -1;
  }
  let known = KNOWN_KEYS.has(key);
  while (i < b.length) {
    const c = b[i] ?? 0;
    if (CLASS[c] !== 0) break;
    const next = length < 6 ? key + c * 256 ** length : -1;
    if (known && !KNOWN_KEYS.has(next)) break;
    key = next;
    length++;
    known = KNOWN_KEYS.has(key);
    i++;
  }
  s.pos = i;
  return key;
}

/** `re`: pdfjs's path for a rectangle — move, three lines, close; a flat one is move, line to the far corner, close. */
function rectangle(path: number[], x: number, y: number, w: number, h: number): void {
  const f = Math.fround;
  const xw = x + w;
  const yh = y + h;
  if (w === 0 || h === 0) path.push(MOVE, f(x), f(y), LINE, f(xw), f(yh), CLOSE);
  else path.push(MOVE, f(x), f(y), LINE, f(xw), f(y), LINE, f(xw), f(yh), LINE, f(x), f(yh), CLOSE);
}

/**
 * Whether an image dictionary paints a picture as pdfjs counts one: width and height are non-zero numbers and it is
 * not a stencil mask (/ImageMask true), which pdfjs paints with another operator. Inline images use /W, /H, /IM.
 */
function isPicture(dict: Dict, resolve: (v: PdfValue | undefined) => PdfValue | undefined): boolean {
  const get = (short: string, long: string): PdfValue | undefined =>
    resolve(dict.get(short) !== undefined ? dict.get(short) : dict.get(long));
  const w = get('W', 'Width');
  const h = get('H', 'Height');
  if (typeof w !== 'number' || typeof h !== 'number' || w === 0 || h === 0) return false;
  return get('IM', 'ImageMask') !== true;
}

// ---------------------------------------------------------------------------------------------------------------
// Inline images

/** Bytes of look-ahead used to check that content resumes after a candidate `EI`. */
const RESUME_WINDOW = 256;

/**
 * An inline image `BI <dict> ID <data> EI` with the scanner just past `BI`: reads the dictionary, skips the binary
 * data and leaves the scanner after `EI`.
 */
function inlineImage(s: Scanner): Opaque {
  const dict = new Dict();
  for (;;) {
    s.skipSpace();
    const c = s.peek();
    if (c < 0) throw new StopStream();
    if (c !== 0x2f) {
      if (s.takeWord('ID')) break;
      throw new StopStream(); // pdfjs: "Dictionary key must be a name object"
    }
    const key = s.name();
    let v: PdfValue | Keyword;
    try {
      v = parseValue(s);
    } catch {
      throw new StopStream();
    }
    if (v instanceof Keyword) throw new StopStream();
    dict.map.set(key, v);
  }
  s.pos++; // the single white-space byte after ID
  const end = imageDataEnd(s, dict);
  if (end < 0) throw new StopStream();
  s.pos = end + 2;
  return { kind: 'image', pictured: isPicture(dict, (v) => v) };
}

/** Where the `EI` ending an inline image's data starts, or -1. */
function imageDataEnd(s: Scanner, dict: Dict): number {
  const b = s.bytes;
  const start = s.pos;
  const filter = dict.get('F') ?? dict.get('Filter');
  const first = isArray(filter) ? filter[0] : filter;
  const filterName = first instanceof Name ? first.name : null;
  if (filterName === null) {
    // Unfiltered: the size follows from the dictionary.
    const size = rawImageSize(dict);
    if (size !== null) {
      const at = new Scanner(b, start + size);
      at.skipSpace();
      if (isEI(b, at.pos)) return at.pos;
    }
  }
  let from = start;
  if (filterName === 'A85' || filterName === 'ASCII85Decode') from = indexOf2(b, 0x7e, 0x3e, start);
  else if (filterName === 'AHx' || filterName === 'ASCIIHexDecode') from = b.indexOf(0x3e, start);
  if (from < 0) return -1;
  // Otherwise: the first `EI` between white-space after which content plausibly resumes.
  for (let i = b.indexOf(0x45, from); i >= 0; i = b.indexOf(0x45, i + 1)) {
    if (i > start && isSpace(b[i - 1] ?? -1) && isEI(b, i) && resumesContent(b, i + 2)) return i;
  }
  return -1;
}

/** `EI` at i, followed by white-space, a delimiter or the end. */
function isEI(b: Uint8Array, i: number): boolean {
  return b[i] === 0x45 && b[i + 1] === 0x49 && !isRegular(b[i + 2] ?? -1);
}

function indexOf2(b: Uint8Array, c0: number, c1: number, from: number): number {
  for (let i = b.indexOf(c0, from); i >= 0; i = b.indexOf(c0, i + 1)) if (b[i + 1] === c1) return i;
  return -1;
}

/** Colour components of the colour spaces an inline image may name. */
const COMPONENTS = new Map([
  ['G', 1],
  ['DeviceGray', 1],
  ['RGB', 3],
  ['DeviceRGB', 3],
  ['CMYK', 4],
  ['DeviceCMYK', 4],
  ['I', 1],
  ['Indexed', 1],
]);

/** Bytes of unfiltered image data: rows of W × components × bits, each padded to a byte. */
function rawImageSize(dict: Dict): number | null {
  const w = dict.get('W') ?? dict.get('Width');
  const h = dict.get('H') ?? dict.get('Height');
  const mask = (dict.get('IM') ?? dict.get('ImageMask')) === true;
  const bpcValue = dict.get('BPC') ?? dict.get('BitsPerComponent');
  const bpc = mask ? 1 : typeof bpcValue === 'number' ? bpcValue : 8;
  const cs = dict.get('CS') ?? dict.get('ColorSpace');
  const csName = cs instanceof Name ? cs.name : isArray(cs) && cs[0] instanceof Name ? cs[0].name : 'G';
  const components = mask ? 1 : COMPONENTS.get(csName);
  if (typeof w !== 'number' || typeof h !== 'number' || components === undefined) return null;
  return Math.ceil((w * components * bpc) / 8) * h;
}

/**
 * Whether content stream syntax plausibly resumes at `at`: the end of the data, or operands followed by a known
 * operator with a fitting operand count.
 */
function resumesContent(b: Uint8Array, at: number): boolean {
  const window = b.subarray(at, Math.min(b.length, at + RESUME_WINDOW));
  const s = new Scanner(window);
  let operands = 0;
  try {
    for (;;) {
      s.skipSpace();
      const c = s.peek();
      if (c < 0) return at + window.length >= b.length && operands === 0;
      if (
        c === 0x2f ||
        c === 0x28 ||
        c === 0x3c ||
        c === 0x5b ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2d ||
        c === 0x2e
      ) {
        const v = parseValue(s);
        if (v instanceof Keyword) return false;
        operands++;
        continue;
      }
      if (!isRegular(c) || c < 0x20 || c > 0x7e) return false;
      const op = OPERATOR_BY_KEY.get(readCommand(s));
      if (!op) return false;
      return op.variable ? operands <= op.operands : operands === op.operands;
    }
  } catch {
    return false;
  }
}
