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
import zlib from 'node:zlib';
import { multiply, RulingCollector, type Matrix, type Ruling } from './graphics.ts';

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

/** Open a PDF for reading its page graphics; null when it is encrypted or its cross-reference cannot be read. */
export function openGraphics(bytes: Uint8Array): GraphicsReader | null {
  try {
    const file = new PdfFile(bytes);
    if (file.encrypted) return null;
    return new Reader(file, pageTree(file));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Objects

/** A name object (/Type). */
class Name {
  constructor(readonly name: string) {}
}

/** An indirect reference `num gen R`. */
class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string object; its text is never needed here. */
class PdfString {
  readonly kind = 'string';
}
const STRING = new PdfString();

class Dict {
  readonly map = new Map<string, PdfValue>();
  has(key: string): boolean {
    const v = this.map.get(key);
    return v !== undefined && v !== null;
  }
  get(key: string): PdfValue | undefined {
    return this.map.get(key);
  }
}

/** A stream object: its dictionary and where its (still encoded) data lies in the file. */
class Stream {
  constructor(
    readonly dict: Dict,
    readonly start: number,
    readonly end: number,
  ) {}
}

type PdfValue = number | boolean | null | Name | Ref | PdfString | Dict | Stream | PdfValue[];

/** `Array.isArray` that keeps the element type. */
const isArray = (v: PdfValue | undefined): v is PdfValue[] => Array.isArray(v);

/** A bare keyword met where a value was expected (obj, endobj, stream, R, an operator…). */
class Keyword {
  constructor(readonly word: string) {}
}

/** Malformed syntax. */
class SyntaxFault extends Error {}

/** Something this reader does not do (a filter, encryption, too deep or too much work): ask pdfjs. */
class Unsupported extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Lexing

/** Byte classes of PDF syntax: 0 regular, 1 white-space, 2 delimiter. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

const isRegular = (c: number): boolean => c >= 0 && CLASS[c] === 0;
const isSpace = (c: number): boolean => c >= 0 && CLASS[c] === 1;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** A position in a byte array with the token readers of PDF syntax. */
class Scanner {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  /** The byte at pos + ahead, or -1 past the end. */
  peek(ahead = 0): number {
    return this.bytes[this.pos + ahead] ?? -1;
  }

  /** Skip white-space and comments (% to the end of the line). */
  skipSpace(): void {
    const b = this.bytes;
    let i = this.pos;
    while (i < b.length) {
      const c = b[i] ?? 0;
      if (c === 0x25) {
        while (i < b.length && b[i] !== 0x0a && b[i] !== 0x0d) i++;
      } else if (CLASS[c] === 1) i++;
      else break;
    }
    this.pos = i;
  }

  /**
   * A number at pos (which holds a digit, sign or point), read as pdfjs reads it so that both get the same double:
   * the digits as an integer divided by a power of ten; a doubled leading minus and a minus inside the number are
   * ignored; a lone sign or point before white-space is 0.
   */
  number(): number {
    const b = this.bytes;
    let i = this.pos;
    let c = b[i] ?? -1;
    let sign = 1;
    if (c === 0x2d) {
      sign = -1;
      c = b[++i] ?? -1;
      if (c === 0x2d) c = b[++i] ?? -1;
    } else if (c === 0x2b) c = b[++i] ?? -1;
    while (c === 0x0a || c === 0x0d) c = b[++i] ?? -1;
    let divideBy = 0;
    if (c === 0x2e) {
      divideBy = 10;
      c = b[++i] ?? -1;
    }
    if (c < 0x30 || c > 0x39) {
      this.pos = i;
      if (c === -1 || isSpace(c) || c === 0x28 || c === 0x3c) return 0;
      throw new SyntaxFault('number');
    }
    let value = c - 0x30;
    for (c = b[++i] ?? -1; ; c = b[++i] ?? -1) {
      if (c >= 0x30 && c <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (c - 0x30);
      } else if (c === 0x2e) {
        if (divideBy !== 0) break;
        divideBy = 1;
      } else if (c !== 0x2d) break;
    }
    this.pos = i;
    return sign * (divideBy !== 0 ? value / divideBy : value);
  }

  /** A name at pos (which holds '/'), #xx escapes decoded, as a Latin-1 string. */
  name(): string {
    const b = this.bytes;
    let i = this.pos + 1;
    let s = '';
    while (i < b.length) {
      const c = b[i] ?? 0;
      if (CLASS[c] !== 0) break;
      if (c === 0x23) {
        const hi = hexValue(b[i + 1] ?? -1);
        const lo = hexValue(b[i + 2] ?? -1);
        if (hi >= 0 && lo >= 0) {
          s += String.fromCharCode(hi * 16 + lo);
          i += 3;
          continue;
        }
      }
      s += String.fromCharCode(c);
      i++;
    }
    this.pos = i;
    return s;
  }

  /** Skip a literal string at pos (which holds '('): balanced parentheses, backslash escapes. */
  skipLiteral(): void {
    const b = this.bytes;
    let i = this.pos + 1;
    let depth = 1;
    while (i < b.length) {
      const c = b[i++];
      if (c === 0x5c) i++;
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) break;
    }
    this.pos = Math.min(i, b.length);
  }

  /** Skip a hexadecimal string at pos (which holds '<'). */
  skipHex(): void {
    const end = this.bytes.indexOf(0x3e, this.pos + 1);
    this.pos = end < 0 ? this.bytes.length : end + 1;
  }

  /** A run of regular characters (a keyword). */
  word(): string {
    const b = this.bytes;
    let i = this.pos;
    let s = '';
    while (i < b.length && CLASS[b[i] ?? 0] === 0) s += String.fromCharCode(b[i++] ?? 0);
    this.pos = i;
    return s;
  }

  /** Whether keyword `w` comes next (after white-space), ending at a delimiter; consumes it if so. */
  takeWord(w: string): boolean {
    this.skipSpace();
    for (let k = 0; k < w.length; k++) if (this.peek(k) !== w.charCodeAt(k)) return false;
    if (isRegular(this.peek(w.length))) return false;
    this.pos += w.length;
    return true;
  }
}

/** Deepest nesting of arrays and dictionaries accepted in an object. */
const MAX_NESTING = 64;

/** The next object at the scanner; `n g R` becomes a Ref, a bare keyword a Keyword. */
function parseValue(s: Scanner, depth = 0): PdfValue | Keyword {
  if (depth > MAX_NESTING) throw new SyntaxFault('nesting');
  s.skipSpace();
  const c = s.peek();
  if (c < 0) throw new SyntaxFault('end of data');
  if (c === 0x2f) return new Name(s.name());
  if (c === 0x28) {
    s.skipLiteral();
    return STRING;
  }
  if (c === 0x3c) {
    if (s.peek(1) === 0x3c) return parseDict(s, depth);
    s.skipHex();
    return STRING;
  }
  if (c === 0x5b) {
    s.pos++;
    const arr: PdfValue[] = [];
    for (;;) {
      s.skipSpace();
      if (s.peek() === 0x5d) {
        s.pos++;
        return arr;
      }
      const v = parseValue(s, depth + 1);
      if (v instanceof Keyword) throw new SyntaxFault(`keyword ${v.word} in array`);
      arr.push(v);
    }
  }
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
    const n = s.number();
    if (Number.isInteger(n) && n >= 0) {
      // `num gen R` is a reference.
      const back = s.pos;
      s.skipSpace();
      const d = s.peek();
      if (d >= 0x30 && d <= 0x39) {
        const gen = s.number();
        if (Number.isInteger(gen) && s.takeWord('R')) return new Ref(n, gen);
      }
      s.pos = back;
    }
    return n;
  }
  if (!isRegular(c)) throw new SyntaxFault(`unexpected ${String.fromCharCode(c)}`);
  const word = s.word();
  if (word === 'true') return true;
  if (word === 'false') return false;
  if (word === 'null') return null;
  return new Keyword(word);
}

function parseDict(s: Scanner, depth: number): Dict {
  s.pos += 2;
  const dict = new Dict();
  for (;;) {
    s.skipSpace();
    const c = s.peek();
    if (c === 0x3e && s.peek(1) === 0x3e) {
      s.pos += 2;
      return dict;
    }
    if (c !== 0x2f) throw new SyntaxFault('dictionary key');
    const key = s.name();
    const v = parseValue(s, depth + 1);
    if (v instanceof Keyword) throw new SyntaxFault(`keyword ${v.word} in dictionary`);
    dict.map.set(key, v);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The file: cross-reference, objects, streams

type XrefEntry =
  | { readonly kind: 'free' }
  | { readonly kind: 'offset'; readonly offset: number }
  | { readonly kind: 'compressed'; readonly stream: number; readonly index: number };

/** A decoded object stream: its data and where each of its objects starts. */
interface ObjectStream {
  readonly data: Uint8Array;
  readonly offsets: number[];
}

/** Most bytes a stream may decode to (a guard against decompression bombs). */
const MAX_DECODED = 1 << 26;

class PdfFile {
  readonly trailer: Dict;
  /** A trailer names an /Encrypt dictionary: strings and streams are encrypted. */
  encrypted = false;
  private readonly xref = new Map<number, XrefEntry>();
  private readonly objects = new Map<number, PdfValue>();
  private readonly objectStreams = new Map<number, ObjectStream>();
  /** Objects being read, to refuse a reference loop (a /Length pointing back into its own stream…). */
  private readonly reading = new Set<number>();
  private readonly buffer: Buffer;

  constructor(readonly bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.trailer = this.readXref();
  }

  /** The object a value stands for: references are fetched, anything else is itself. */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v instanceof Ref ? this.fetch(v.num) : v;
  }

  fetch(num: number): PdfValue {
    const cached = this.objects.get(num);
    if (cached !== undefined) return cached;
    if (this.reading.has(num)) throw new SyntaxFault(`object ${String(num)} refers to itself`);
    this.reading.add(num);
    try {
      const entry = this.xref.get(num);
      let value: PdfValue = null; // a missing or free object is null
      if (entry?.kind === 'offset') value = this.readIndirect(entry.offset, num);
      else if (entry?.kind === 'compressed') value = this.readCompressed(entry.stream, entry.index);
      this.objects.set(num, value);
      return value;
    } finally {
      this.reading.delete(num);
    }
  }

  /** `num gen obj … endobj` at `offset`; the number must be the one asked for (else the xref is wrong). */
  private readIndirect(offset: number, expected: number | null): PdfValue {
    const s = new Scanner(this.bytes, offset);
    s.skipSpace();
    const num = s.number();
    s.skipSpace();
    s.number();
    if (!s.takeWord('obj') || (expected !== null && num !== expected))
      throw new SyntaxFault(`no object ${String(expected)} at ${String(offset)}`);
    const value = parseValue(s);
    if (value instanceof Keyword) return null; // `endobj` at once: an empty object
    if (value instanceof Dict && s.takeWord('stream')) return this.streamAt(s, value);
    return value;
  }

  /** A stream's data starts after `stream` and its end of line; it runs /Length bytes, or up to `endstream`. */
  private streamAt(s: Scanner, dict: Dict): Stream {
    if (s.peek() === 0x0d) s.pos++;
    if (s.peek() === 0x0a) s.pos++;
    const start = s.pos;
    const length = this.resolve(dict.get('Length'));
    if (typeof length === 'number' && Number.isInteger(length) && length >= 0) {
      const end = start + length;
      const after = new Scanner(this.bytes, end);
      if (end <= this.bytes.length && after.takeWord('endstream')) return new Stream(dict, start, end);
    }
    // A wrong /Length: the data ends before `endstream` and the end of line in front of it.
    const found = this.buffer.indexOf('endstream', start, 'latin1');
    if (found < 0) throw new SyntaxFault('stream without endstream');
    let end = found;
    if (this.bytes[end - 1] === 0x0a) end--;
    if (this.bytes[end - 1] === 0x0d) end--;
    return new Stream(dict, start, Math.max(start, end));
  }

  private readCompressed(streamNum: number, index: number): PdfValue {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      os = this.readObjectStream(streamNum);
      this.objectStreams.set(streamNum, os);
    }
    const offset = os.offsets[index];
    if (offset === undefined) throw new SyntaxFault('object stream index');
    const v = parseValue(new Scanner(os.data, offset));
    if (v instanceof Keyword) throw new SyntaxFault('keyword in object stream');
    return v;
  }

  /** An object stream (/Type /ObjStm): /N pairs `num offset` first, the objects from byte /First on. */
  private readObjectStream(num: number): ObjectStream {
    const stream = this.fetch(num);
    if (!(stream instanceof Stream)) throw new SyntaxFault('object stream');
    const n = this.resolve(stream.dict.get('N'));
    const first = this.resolve(stream.dict.get('First'));
    if (typeof n !== 'number' || typeof first !== 'number') throw new SyntaxFault('object stream header');
    const data = this.decode(stream);
    if (!(n >= 0 && n <= data.length && first >= 0)) throw new SyntaxFault('object stream header');
    const s = new Scanner(data);
    const offsets: number[] = [];
    for (let k = 0; k < n; k++) {
      s.skipSpace();
      s.number();
      s.skipSpace();
      offsets.push(first + s.number());
    }
    return { data, offsets };
  }

  /** The decoded data of a stream: its filters applied in order. */
  decode(stream: Stream): Uint8Array {
    let data = this.bytes.subarray(stream.start, stream.end);
    const filters = this.resolve(stream.dict.get('Filter'));
    const params = this.resolve(stream.dict.get('DecodeParms'));
    const list = isArray(filters) ? filters : filters === undefined || filters === null ? [] : [filters];
    list.forEach((f, k) => {
      const name = this.resolve(f);
      if (!(name instanceof Name)) throw new Unsupported('filter');
      const p = this.resolve(isArray(params) ? params[k] : params);
      data = this.applyFilter(name.name, data, p instanceof Dict ? p : null);
    });
    return data;
  }

  private applyFilter(name: string, data: Uint8Array, params: Dict | null): Uint8Array {
    switch (name) {
      case 'FlateDecode':
      case 'Fl':
        return this.unpredict(inflate(data), params);
      case 'ASCIIHexDecode':
      case 'AHx':
        return asciiHex(data);
      case 'ASCII85Decode':
      case 'A85':
        return ascii85(data);
      default:
        throw new Unsupported(`filter ${name}`); // LZW, RunLength, image codecs: not met in content streams
    }
  }

  /** Undo a /Predictor (TIFF 2 at 8 bits, PNG 10–15), used by cross-reference streams. */
  private unpredict(data: Uint8Array, params: Dict | null): Uint8Array {
    const param = (key: string, fallback: number): number => {
      const v = params ? this.resolve(params.get(key)) : undefined;
      return typeof v === 'number' ? v : fallback;
    };
    const predictor = param('Predictor', 1);
    if (predictor <= 1) return data;
    const colors = param('Colors', 1);
    const bits = param('BitsPerComponent', 8);
    const columns = param('Columns', 1);
    const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
    const rowBytes = Math.ceil((colors * bits * columns) / 8);
    if (!(rowBytes > 0 && rowBytes < MAX_DECODED)) throw new Unsupported('predictor columns');
    if (predictor === 2) {
      if (bits !== 8) throw new Unsupported('TIFF predictor');
      const out = Uint8Array.from(data);
      for (let row = 0; row < out.length; row += rowBytes)
        for (let i = row + bpp; i < Math.min(row + rowBytes, out.length); i++)
          out[i] = ((out[i] ?? 0) + (out[i - bpp] ?? 0)) & 0xff;
      return out;
    }
    if (predictor < 10) throw new Unsupported('predictor');
    return pngUnfilter(data, rowBytes, bpp);
  }

  /** Read the cross-reference sections from the last `startxref` back through /Prev; returns the newest trailer. */
  private readXref(): Dict {
    const tail = Math.max(0, this.bytes.length - 4096);
    const at = this.buffer.lastIndexOf('startxref');
    if (at < tail) throw new SyntaxFault('no startxref');
    const s = new Scanner(this.bytes, at + 9);
    s.skipSpace();
    let offset: number | null = s.number();
    let trailer: Dict | null = null;
    const seen = new Set<number>();
    while (offset !== null) {
      if (seen.has(offset) || offset < 0 || offset >= this.bytes.length) throw new SyntaxFault('xref offset');
      seen.add(offset);
      const section = new Map<number, XrefEntry>();
      const dict = this.readSection(offset, section, seen);
      // Newer sections win: fill only the objects not listed yet.
      for (const [num, e] of section) if (!this.xref.has(num)) this.xref.set(num, e);
      trailer ??= dict;
      if (dict.has('Encrypt')) this.encrypted = true;
      const prev = dict.get('Prev');
      offset = typeof prev === 'number' ? prev : null;
    }
    if (!trailer) throw new SyntaxFault('no trailer');
    return trailer;
  }

  /** One section: a classic `xref` table with its trailer (and /XRefStm of a hybrid file) or an xref stream. */
  private readSection(offset: number, section: Map<number, XrefEntry>, seen: Set<number>): Dict {
    const s = new Scanner(this.bytes, offset);
    if (s.takeWord('xref')) {
      readTable(s, section);
      if (!s.takeWord('trailer')) throw new SyntaxFault('no trailer');
      const trailer = parseValue(s);
      if (!(trailer instanceof Dict)) throw new SyntaxFault('trailer');
      const stm = trailer.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        // A hybrid file: the stream lists the compressed objects the table leaves out (or marks free).
        seen.add(stm);
        const extra = new Map<number, XrefEntry>();
        this.readXrefStream(stm, extra);
        for (const [num, e] of extra) if (section.get(num)?.kind !== 'offset') section.set(num, e);
      }
      return trailer;
    }
    return this.readXrefStream(offset, section);
  }

  /** A cross-reference stream (/Type /XRef): rows of /W-sized big-endian fields for the ranges in /Index. */
  private readXrefStream(offset: number, section: Map<number, XrefEntry>): Dict {
    const stream = this.readIndirect(offset, null);
    if (!(stream instanceof Stream)) throw new SyntaxFault('xref stream');
    const dict = stream.dict;
    const type = dict.get('Type');
    const w = dict.get('W');
    const size = dict.get('Size');
    if (!(type instanceof Name && type.name === 'XRef') || !isArray(w) || typeof size !== 'number')
      throw new SyntaxFault('xref stream dictionary');
    const widths = w.map((x) => (typeof x === 'number' && x >= 0 && x <= 8 ? x : -1));
    const [w0 = -1, w1 = -1, w2 = -1] = widths;
    if (widths.length !== 3 || w0 < 0 || w1 < 0 || w2 < 0) throw new SyntaxFault('xref widths');
    const index = dict.get('Index');
    const ranges = isArray(index) ? index : [0, size];
    const data = this.decode(stream);
    const rowBytes = w0 + w1 + w2;
    if (rowBytes === 0) throw new SyntaxFault('xref widths');
    let pos = 0;
    const field = (width: number, fallback: number): number => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[pos++] ?? 0);
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const first = ranges[r];
      const count = ranges[r + 1];
      if (typeof first !== 'number' || typeof count !== 'number') throw new SyntaxFault('xref index');
      for (let k = 0; k < count && pos + rowBytes <= data.length; k++) {
        const kind = field(w0, 1);
        const a = field(w1, 0);
        const b = field(w2, 0);
        const num = first + k;
        if (section.has(num)) continue;
        if (kind === 0) section.set(num, { kind: 'free' });
        else if (kind === 1) section.set(num, { kind: 'offset', offset: a });
        else if (kind === 2) section.set(num, { kind: 'compressed', stream: a, index: b });
      }
    }
    return dict;
  }
}

/** The subsections of a classic table: `first count`, then `count` rows `offset gen n|f`. */
function readTable(s: Scanner, section: Map<number, XrefEntry>): void {
  for (;;) {
    s.skipSpace();
    const c = s.peek();
    if (!(c >= 0x30 && c <= 0x39)) return;
    const first = s.number();
    s.skipSpace();
    const count = s.number();
    for (let k = 0; k < count; k++) {
      s.skipSpace();
      const offset = s.number();
      s.skipSpace();
      s.number();
      s.skipSpace();
      const kind = s.word();
      if (kind !== 'n' && kind !== 'f') throw new SyntaxFault('xref row');
      const num = first + k;
      if (!section.has(num)) section.set(num, kind === 'n' ? { kind: 'offset', offset } : { kind: 'free' });
    }
  }
}

/**
 * Flate (zlib) data. The two header bytes are checked as pdfjs checks them; the body is inflated raw with a sync
 * flush, which keeps what a truncated stream holds and ignores the Adler-32 trailer (pdfjs does not check it either).
 */
function inflate(data: Uint8Array): Uint8Array {
  if (data.length === 0) return data;
  const cmf = data[0] ?? -1;
  const flg = data[1] ?? -1;
  if ((cmf & 0x0f) !== 8 || (cmf * 256 + flg) % 31 !== 0 || (flg & 0x20) !== 0)
    throw new Unsupported('flate header');
  return zlib.inflateRawSync(data.subarray(2), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
    maxOutputLength: MAX_DECODED,
  });
}

/** Undo PNG row filters (None, Sub, Up, Average, Paeth), each row led by its filter byte. */
function pngUnfilter(data: Uint8Array, rowBytes: number, bpp: number): Uint8Array {
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  for (let r = 0; r < rows; r++) {
    const filter = data[r * (rowBytes + 1)] ?? 0;
    const src = r * (rowBytes + 1) + 1;
    const row = r * rowBytes;
    for (let i = 0; i < rowBytes; i++) {
      const raw = data[src + i] ?? 0;
      const left = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
      const up = r > 0 ? (out[row + i - rowBytes] ?? 0) : 0;
      const upLeft = r > 0 && i >= bpp ? (out[row + i - rowBytes - bpp] ?? 0) : 0;
      let v = raw;
      if (filter === 1) v = raw + left;
      else if (filter === 2) v = raw + up;
      else if (filter === 3) v = raw + ((left + up) >> 1);
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        v = raw + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
      out[row + i] = v & 0xff;
    }
  }
  return out;
}

/** ASCIIHexDecode: pairs of hex digits up to '>', white-space ignored, an odd last digit padded with 0. */
function asciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let hi = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = hexValue(c);
    if (v < 0) continue;
    if (hi < 0) hi = v;
    else {
      out.push(hi * 16 + v);
      hi = -1;
    }
  }
  if (hi >= 0) out.push(hi * 16);
  return Uint8Array.from(out);
}

/** ASCII85Decode: groups of five characters '!'…'u' to four bytes, 'z' for four zeros, '~>' at the end. */
function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  const group: number[] = [];
  const emit = (n: number): void => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (group[k] ?? 84);
    for (let k = 0; k < n; k++) out.push((v >>> (24 - 8 * k)) & 0xff);
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && group.length === 0) out.push(0, 0, 0, 0);
    else if (c >= 0x21 && c <= 0x75) {
      group.push(c - 0x21);
      if (group.length === 5) {
        emit(4);
        group.length = 0;
      }
    }
  }
  if (group.length > 1) emit(group.length - 1);
  return Uint8Array.from(out);
}

// ---------------------------------------------------------------------------------------------------------------
// Pages

interface PageNode {
  readonly dict: Dict;
  /** /Resources of the page or the nearest ancestor with one (it is inheritable). */
  readonly resources: Dict | null;
}

/** Deepest page tree accepted. */
const MAX_TREE_DEPTH = 64;

/** The pages in document order: the leaves of /Root /Pages, walking /Kids. */
function pageTree(file: PdfFile): PageNode[] {
  const root = file.resolve(file.trailer.get('Root'));
  if (!(root instanceof Dict)) throw new SyntaxFault('no /Root');
  const top = file.resolve(root.get('Pages'));
  if (!(top instanceof Dict)) throw new SyntaxFault('no /Pages');
  const pages: PageNode[] = [];
  const visited = new Set<Dict>();
  const walk = (node: Dict, inherited: Dict | null, depth: number): void => {
    if (visited.has(node) || depth > MAX_TREE_DEPTH) throw new SyntaxFault('page tree loop');
    visited.add(node);
    const own = file.resolve(node.get('Resources'));
    const resources = own instanceof Dict ? own : inherited;
    const kids = file.resolve(node.get('Kids'));
    const type = file.resolve(node.get('Type'));
    if (!isArray(kids) || (type instanceof Name && type.name === 'Page')) {
      pages.push({ dict: node, resources });
      return;
    }
    for (const kid of kids) {
      const k = file.resolve(kid);
      if (k instanceof Dict) walk(k, resources, depth + 1);
    }
  };
  walk(top, null, 0);
  // pdfjs counts pages by /Count and finds them through it; where the two disagree, its numbering is not ours.
  if (file.resolve(top.get('Count')) !== pages.length)
    throw new SyntaxFault('/Count differs from the page tree');
  return pages;
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
