/**
 * The text layer without unneeded font programs: hand-built PDFs with a real embedded font (pdfjs's own Liberation
 * Sans) show which programs are left out and which are kept; pdfjs reads the same text items either way, on these
 * files and on every corpus PDF (../shared/corpus, when present); damaged bytes never throw.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLayerBytes } from './fonts.ts';
import { openFile, Stream } from './objects.ts';
import { openPdf } from './open.ts';
import {
  classicPdf,
  flate,
  pageObjects,
  stream,
  streamPdf,
  type Body,
} from '../../../test/helpers/pdf-bytes.ts';
import { CORPUS, corpusPdfs } from '../../../test/helpers/corpus.ts';

const require = createRequire(import.meta.url);
const LIBERATION = readFileSync(
  join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts', 'LiberationSans-Regular.ttf'),
);

/** Codes 1… in this order; their text through /ToUnicode. */
const CHARS = ['合', '计', 'T', 'o', 't', 'a', 'l', ' ', '1', '2', '3', '.', '0'];
const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const codes = (text: string): string =>
  `<${Array.from(text)
    .map((c) => hex4(CHARS.indexOf(c) + 1))
    .join('')}>`;

const TO_UNICODE = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
  '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  `${String(CHARS.length)} beginbfchar`,
  ...CHARS.map((c, k) => `<${hex4(k + 1)}> <${hex4(c.codePointAt(0) ?? 0)}>`),
  'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

const WIDTHS = `[1 [${CHARS.map((c) => (c.charCodeAt(0) > 0xff ? '1000' : c === ' ' ? '278' : '556')).join(' ')}]]`;

const CONTENT = [
  'BT /F1 12 Tf 20 60 Td',
  `${codes('合计')} Tj 60 0 Td ${codes('Total 123.00')} Tj`,
  'ET',
].join('\n');

interface FontSpec {
  /** The Type0 font's /Encoding (default Identity-H). */
  readonly encoding?: string;
  /** Leave out /ToUnicode. */
  readonly noToUnicode?: boolean;
  /** A second font /F2, a simple TrueType font (WinAnsi) sharing the same program (object 8), symbolic or not. */
  readonly shared?: 'symbolic' | 'nonsymbolic';
  /** Draw the text from a form XObject instead of the page. */
  readonly inForm?: boolean;
}

/**
 * Catalog, pages, page, content; then 5 Type0 font, 6 CIDFontType2, 7 its descriptor, 8 program, 9 ToUnicode,
 * 10 simple font, 11 form, 12 the simple font's descriptor.
 */
function fontPdfObjects(spec: FontSpec = {}): Body[] {
  const fonts = `/Font << /F1 5 0 R${spec.shared ? ' /F2 10 0 R' : ''} >>`;
  const content = spec.shared ? `${CONTENT}\nBT /F2 10 Tf 20 30 Td (Total 45.60) Tj ET` : CONTENT;
  const extra: Body[] = [
    `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEE+LiberationSans /Encoding /${spec.encoding ?? 'Identity-H'}` +
      ` /DescendantFonts [6 0 R]${spec.noToUnicode ? '' : ' /ToUnicode 9 0 R'} >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEE+LiberationSans /CIDSystemInfo << /Registry (Adobe)` +
      ` /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W ${WIDTHS} /CIDToGIDMap /Identity >>`,
    '<< /Type /FontDescriptor /FontName /ABCDEE+LiberationSans /Flags 32 /FontBBox [-203 -303 1050 910]' +
      ' /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 /FontFile2 8 0 R >>',
    stream(`/Filter /FlateDecode /Length1 ${String(LIBERATION.length)}`, flate(LIBERATION)),
    stream('/Filter /FlateDecode', flate(TO_UNICODE)),
    '<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEE+LiberationSans /FirstChar 32 /LastChar 126' +
      ` /Widths [${'556 '.repeat(95)}] /Encoding /WinAnsiEncoding /FontDescriptor 12 0 R >>`,
    'null', // 11: the form, when there is one
    '<< /Type /FontDescriptor /FontName /ABCDEE+LiberationSans /FontBBox [-203 -303 1050 910] /ItalicAngle 0' +
      ` /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 /FontFile2 8 0 R /Flags ${spec.shared === 'symbolic' ? '4' : '32'} >>`,
  ];
  if (!spec.inForm) return pageObjects({ content, page: `/Resources << ${fonts} >>`, extra });
  extra[6] = stream(`/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Resources << ${fonts} >>`, content);
  return pageObjects({ content: '/X1 Do', page: '/Resources << /XObject << /X1 11 0 R >> >>', extra });
}

/**
 * pdfjs's text items of every page: text, transform, width, height. `full`: the file as it is, opened to be drawn
 * (images, standard font files); otherwise as juesuan reads text: the lighter bytes, opened text-only.
 */
async function textItems(bytes: Uint8Array, full = false): Promise<string[]> {
  const doc = await openPdf(full ? bytes : lighter(bytes), 'test.pdf', { textOnly: !full });
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      pages.push(
        JSON.stringify(
          content.items.map((i) => ('str' in i ? [i.str, i.transform, i.width, i.height] : null)),
        ),
      );
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The object numbers whose program the lighter bytes hold as an empty stream. */
function emptied(bytes: Uint8Array): number[] {
  const file = openFile(bytes);
  if (!file) throw new Error('unreadable');
  return [8].filter((num) => {
    const s = file.fetch(num);
    return s instanceof Stream && s.end === s.start;
  });
}

function lighter(bytes: Uint8Array): Uint8Array {
  const file = openFile(bytes);
  if (!file) throw new Error('unreadable');
  return textLayerBytes(file);
}

describe('textLayerBytes', () => {
  it('leaves out the program of a Type0 Identity-H font with /ToUnicode, and pdfjs reads the same text', async () => {
    const bytes = classicPdf(fontPdfObjects());
    const light = lighter(bytes);
    expect(light.length).toBeGreaterThan(bytes.length);
    expect(Buffer.from(light.subarray(0, bytes.length)).equals(Buffer.from(bytes))).toBe(true);
    expect(emptied(light)).toEqual([8]);
    const [before, after] = [await textItems(bytes, true), await textItems(bytes)];
    expect(after).toEqual(before);
    expect(after[0]).toContain('"合计"');
    expect(after[0]).toContain('"Total 123.00"');
  });

  it('finds fonts used from a form XObject, and Identity-V fonts', async () => {
    for (const bytes of [
      classicPdf(fontPdfObjects({ inForm: true })),
      classicPdf(fontPdfObjects({ encoding: 'Identity-V' })),
    ]) {
      const light = lighter(bytes);
      expect(emptied(light)).toEqual([8]);
      expect(await textItems(bytes)).toEqual(await textItems(bytes, true));
    }
  });

  it('updates files with an xref stream, object streams, or both kinds of cross-reference', async () => {
    const objects = fontPdfObjects();
    for (const hybrid of [false, true]) {
      const bytes = streamPdf(objects, new Set([1, 2, 5, 6, 7]), hybrid);
      const light = lighter(bytes);
      expect(emptied(light)).toEqual([8]);
      expect(await textItems(bytes)).toEqual(await textItems(bytes, true));
    }
  });

  it('also leaves out a program shared with a simple TrueType font that is not symbolic and names WinAnsi', async () => {
    const bytes = classicPdf(fontPdfObjects({ shared: 'nonsymbolic' }));
    const light = lighter(bytes);
    expect(emptied(light)).toEqual([8]);
    const after = await textItems(bytes);
    expect(after).toEqual(await textItems(bytes, true));
    expect(after[0]).toContain('"Total 45.60"');
  });

  it('keeps a program whose text may come from it: no /ToUnicode, a CMap, or shared with a symbolic font', () => {
    for (const spec of [
      { noToUnicode: true },
      { encoding: 'UniGB-UCS2-H' },
      { shared: 'symbolic' },
    ] as const) {
      const bytes = classicPdf(fontPdfObjects(spec));
      expect(lighter(bytes)).toBe(bytes);
    }
  });

  it('reads standard fonts that are not embedded the same without the standard font files', async () => {
    const bytes = classicPdf(
      pageObjects({
        content: 'BT /F1 12 Tf 20 60 Td (Total 123.45) Tj /F2 10 Tf 0 -20 Td (Sum 6.70) Tj ET',
        page: '/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >>',
        extra: [
          '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
          '<< /Type /Font /Subtype /TrueType /BaseFont /TimesNewRomanPS-BoldMT /Encoding /WinAnsiEncoding' +
            ` /FirstChar 32 /LastChar 126 /Widths [${'500 '.repeat(95)}] >>`,
        ],
      }),
    );
    const got = await textItems(bytes);
    expect(got).toEqual(await textItems(bytes, true));
    expect(got[0]).toContain('"Total 123.45"');
  });

  it('keeps the bytes of an encrypted file, and never throws on damaged bytes', () => {
    const encrypted = classicPdf(fontPdfObjects(), '/Encrypt 12 0 R');
    expect(lighter(encrypted)).toBe(encrypted);
    const seed = classicPdf(fontPdfObjects());
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.nat(),
        (flips, cut) => {
          const bytes = Uint8Array.from(seed);
          for (const f of flips) bytes[f.at % bytes.length] = f.value;
          const damaged = cut % 3 === 0 ? bytes.subarray(0, cut % bytes.length) : bytes;
          const file = openFile(damaged);
          if (!file) return;
          const out = textLayerBytes(file);
          expect(out.length).toBeGreaterThanOrEqual(damaged.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

const corpusFiles = corpusPdfs();

describe.skipIf(corpusFiles.length === 0)(
  'corpus: the same text items read text-only without the programs left out as from the whole file',
  () => {
    it.each(corpusFiles)('%s', async (name) => {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, name)));
      expect(await textItems(bytes)).toEqual(await textItems(bytes, true));
    });
  },
);
