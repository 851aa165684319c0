/**
 * The bytes pdfjs reads the text layer from: the PDF with the font programs that text does not need left out.
 *
 * pdfjs converts every embedded font it meets into OpenType (it is built to draw), even when only text is asked for.
 * That conversion is most of the time it spends on a page of text: a CJK font embedded whole (several MB, common in
 * published files) takes over a second, and each Word or WPS subset some tens of milliseconds. Two kinds of font have
 * their text in the PDF's own maps: a composite font (Type0) with an Identity encoding and a /ToUnicode map, whose
 * text pdfjs takes from /ToUnicode and advances from the descendant's /W and /DW; and a simple TrueType font that is
 * not symbolic and names a standard encoding (Word writes one beside each Type0 font, sharing its program), whose text
 * comes from the encoding's glyph names and advances from /Widths. Their programs are drawn, never read, for text.
 * They are replaced here by empty streams, in an incremental update appended to the file (the original bytes are
 * untouched), so pdfjs handles these fonts as not embedded ("FontFile is empty").
 *
 * The one difference: a character code missing from /ToUnicode. pdfjs then prints the code itself for an embedded
 * font; for a font not embedded whose name is a standard one (Arial, Times New Roman…) it guesses a character from
 * the standard glyph order. Both are wrong characters where the file itself is broken. On every page of the corpus
 * (688 pages from Word, WPS and government publishing systems) pdfjs gives the same text items, positions and widths
 * from either set of bytes (fonts.test.ts checks this whenever ../shared is present).
 *
 * Anything else is left as it is: symbolic and Type1 fonts (their text may come from the program's own encoding),
 * other encodings (CMaps), Type3 fonts, programs shared with a font that needs them, encrypted files.
 */
import { Dict, isArray, Name, pageTree, Ref, Stream, type PdfFile, type PdfValue } from './objects.ts';

/** Font descriptor /Flags: the glyphs are outside the standard Latin set (bit 3), or within it (bit 6). */
const SYMBOLIC = 1 << 2;
const NONSYMBOLIC = 1 << 5;

/** Encodings named by a simple font that map its codes to glyph names without the program. */
const STANDARD_ENCODINGS = new Set(['WinAnsiEncoding', 'MacRomanEncoding', 'StandardEncoding']);

/** Deepest nesting of form XObjects searched for fonts. */
const MAX_FORM_DEPTH = 12;

/** The bytes to read the text layer from: `file.bytes`, or those bytes with an update leaving out font programs. */
export function textLayerBytes(file: PdfFile): Uint8Array {
  try {
    if (file.encrypted) return file.bytes;
    const dropped = unneededPrograms(file);
    return dropped.length === 0 ? file.bytes : appendUpdate(file, dropped);
  } catch {
    return file.bytes;
  }
}

/** The font program streams no text extraction needs, as references. */
function unneededPrograms(file: PdfFile): Ref[] {
  const fonts = new Set<Dict>();
  const seenForms = new Set<number>();
  const collect = (resources: PdfValue | undefined, depth: number): void => {
    const res = file.resolve(resources);
    if (!(res instanceof Dict)) return;
    const fontDict = file.resolve(res.get('Font'));
    if (fontDict instanceof Dict)
      for (const v of fontDict.map.values()) {
        const font = file.resolve(v);
        if (font instanceof Dict) fonts.add(font);
      }
    const xobjects = file.resolve(res.get('XObject'));
    if (!(xobjects instanceof Dict) || depth >= MAX_FORM_DEPTH) return;
    for (const v of xobjects.map.values()) {
      if (!(v instanceof Ref) || seenForms.has(v.num)) continue;
      seenForms.add(v.num);
      const form = file.resolve(v);
      if (form instanceof Stream && nameOf(file, form.dict.get('Subtype')) === 'Form')
        collect(form.dict.get('Resources'), depth + 1);
    }
  };
  for (const page of pageTree(file)) collect(page.resources, 0);

  const unneeded = new Map<number, Ref>();
  const needed = new Set<number>();
  for (const font of fonts) {
    const program = programOf(file, font);
    if (!program) continue;
    if (textFromMapsAlone(file, font)) unneeded.set(program.num, program);
    else needed.add(program.num);
  }
  return [...unneeded.values()].filter((r) => !needed.has(r.num));
}

/**
 * A font whose text pdfjs takes from the PDF's own maps, never from the program: a Type0 font with an Identity
 * encoding and /ToUnicode (text from /ToUnicode, advances from /W), or a simple TrueType font that is not symbolic
 * and names a standard encoding without /Differences (text from the encoding's glyph names, advances from /Widths).
 */
function textFromMapsAlone(file: PdfFile, font: Dict): boolean {
  const subtype = nameOf(file, font.get('Subtype'));
  const encoding = nameOf(file, font.get('Encoding'));
  if (subtype === 'TrueType') {
    const descriptor = file.resolve(font.get('FontDescriptor'));
    const flags = descriptor instanceof Dict ? file.resolve(descriptor.get('Flags')) : null;
    return (
      typeof flags === 'number' &&
      (flags & SYMBOLIC) === 0 &&
      (flags & NONSYMBOLIC) !== 0 &&
      encoding !== null &&
      STANDARD_ENCODINGS.has(encoding) &&
      isArray(file.resolve(font.get('Widths')))
    );
  }
  if (subtype !== 'Type0') return false;
  if (encoding !== 'Identity-H' && encoding !== 'Identity-V') return false;
  if (!(file.resolve(font.get('ToUnicode')) instanceof Stream)) return false;
  const cid = descendant(file, font);
  const cidType = cid ? nameOf(file, cid.get('Subtype')) : null;
  return cidType === 'CIDFontType0' || cidType === 'CIDFontType2';
}

/** The font's embedded program (/FontFile, /FontFile2 or /FontFile3 of its descriptor) when it is a stream object. */
function programOf(file: PdfFile, font: Dict): Ref | null {
  const holder = nameOf(file, font.get('Subtype')) === 'Type0' ? descendant(file, font) : font;
  const descriptor = holder ? file.resolve(holder.get('FontDescriptor')) : null;
  if (!(descriptor instanceof Dict)) return null;
  for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
    const ref = descriptor.get(key);
    if (ref instanceof Ref && file.resolve(ref) instanceof Stream) return ref;
  }
  return null;
}

function descendant(file: PdfFile, font: Dict): Dict | null {
  const list = file.resolve(font.get('DescendantFonts'));
  const first = isArray(list) ? file.resolve(list[0]) : null;
  return first instanceof Dict ? first : null;
}

function nameOf(file: PdfFile, v: PdfValue | undefined): string | null {
  const n = file.resolve(v);
  return n instanceof Name ? n.name : null;
}

/**
 * `file.bytes` with an incremental update: each dropped object again as an empty stream, a classic cross-reference
 * section for them and a trailer chaining to the file's own (/Prev), as a PDF editor saves changes.
 */
function appendUpdate(file: PdfFile, dropped: readonly Ref[]): Uint8Array {
  const root = file.trailer.get('Root');
  if (!(root instanceof Ref)) return file.bytes;
  const base = file.bytes.length;
  let update = '\n';
  const rows: string[] = [];
  for (const ref of [...dropped].sort((a, b) => a.num - b.num)) {
    const offset = base + update.length;
    update += `${String(ref.num)} ${String(ref.gen)} obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n`;
    // Each row is exactly 20 bytes: 10-digit offset, 5-digit generation, "n", a two-byte end of line.
    rows.push(
      `${String(ref.num)} 1\n${String(offset).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n\r\n`,
    );
  }
  const xrefAt = base + update.length;
  const size = file.trailer.get('Size');
  const highest = Math.max(typeof size === 'number' ? size : 0, ...dropped.map((r) => r.num + 1));
  const info = file.trailer.get('Info');
  update +=
    `xref\n${rows.join('')}trailer\n<< /Size ${String(highest)} /Root ${String(root.num)} ${String(root.gen)} R` +
    (info instanceof Ref ? ` /Info ${String(info.num)} ${String(info.gen)} R` : '') +
    ` /Prev ${String(file.startxref)} >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`;
  const out = new Uint8Array(base + update.length);
  out.set(file.bytes);
  out.set(Buffer.from(update, 'latin1'), base);
  return out;
}
