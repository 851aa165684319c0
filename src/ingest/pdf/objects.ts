/**
 * The object layer of a PDF file, read without pdfjs: the cross-reference (tables, streams, hybrid files, /Prev
 * chains), indirect objects and object streams, stream filters (Flate with predictors, ASCIIHex, ASCII85) and the page
 * tree. Strings are skipped, not decoded: nothing reading the file here needs their text. Used by the content-stream
 * reader (content.ts) and the text-layer preparation (fonts.ts).
 */
import zlib from 'node:zlib';

// ---------------------------------------------------------------------------------------------------------------
// Objects

/** A name object (/Type). */
export class Name {
  constructor(readonly name: string) {}
}

/** An indirect reference `num gen R`. */
export class Ref {
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

export class Dict {
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
export class Stream {
  constructor(
    readonly dict: Dict,
    readonly start: number,
    readonly end: number,
  ) {}
}

export type PdfValue = number | boolean | null | Name | Ref | PdfString | Dict | Stream | PdfValue[];

/** `Array.isArray` that keeps the element type. */
export const isArray = (v: PdfValue | undefined): v is PdfValue[] => Array.isArray(v);

/** A bare keyword met where a value was expected (obj, endobj, stream, R, an operator…). */
export class Keyword {
  constructor(readonly word: string) {}
}

/** Malformed syntax. */
export class SyntaxFault extends Error {}

/** Something this reader does not do (a filter, encryption, too deep or too much work): ask pdfjs. */
export class Unsupported extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// Lexing

/** Byte classes of PDF syntax: 0 regular, 1 white-space, 2 delimiter. */
export const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;

export const isRegular = (c: number): boolean => c >= 0 && CLASS[c] === 0;
export const isSpace = (c: number): boolean => c >= 0 && CLASS[c] === 1;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

/** A position in a byte array with the token readers of PDF syntax. */
export class Scanner {
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
export function parseValue(s: Scanner, depth = 0): PdfValue | Keyword {
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

/** The file's objects, or null when its cross-reference cannot be read here (pdfjs may still repair it). */
export function openFile(bytes: Uint8Array): PdfFile | null {
  try {
    return new PdfFile(bytes);
  } catch {
    return null;
  }
}

export class PdfFile {
  readonly trailer: Dict;
  /** Where the newest cross-reference section starts (the last `startxref`). */
  startxref = 0;
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
    this.startxref = offset;
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

export interface PageNode {
  readonly dict: Dict;
  /** /Resources of the page or the nearest ancestor with one (it is inheritable). */
  readonly resources: Dict | null;
}

/** Deepest page tree accepted. */
const MAX_TREE_DEPTH = 64;

/** The pages in document order: the leaves of /Root /Pages, walking /Kids. */
export function pageTree(file: PdfFile): PageNode[] {
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
