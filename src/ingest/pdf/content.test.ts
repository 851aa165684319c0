/**
 * The content-stream reader: hand-built PDFs (classic and stream cross-references, object streams, forms, clips,
 * inline and XObject images, rotation) give exactly the expected rulings and the same as `pageRulings` over pdfjs's
 * operator list; every page of the corpus (../shared/corpus, when present) does too; damaged bytes never throw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { openGraphics, type PageGraphics } from './content.ts';
import { pageRulings, type Ruling } from './graphics.ts';
import { loadPdfJs, openPdf } from './open.ts';
import {
  classicPdf,
  concat,
  flate,
  latin1,
  pageObjects,
  stream,
  row,
  streamPdf,
} from '../../../test/helpers/pdf-bytes.ts';
import { CORPUS, corpusPdfs } from '../../../test/helpers/corpus.ts';

// ---------------------------------------------------------------------------------------------------------------
// Reading

const h = (x0: number, x1: number, y: number): Ruling => ({ x0, y0: y, x1, y1: y, dir: 'h' });
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1, dir: 'v' });

function byPosition(a: Ruling, b: Ruling): number {
  return a.dir.localeCompare(b.dir) || a.y0 - b.y0 || a.x0 - b.x0 || a.y1 - b.y1 || a.x1 - b.x1;
}

const sorted = (rs: readonly Ruling[]): Ruling[] => [...rs].sort(byPosition);

/** The same rulings, in any order, coordinates within 0.01 pt. */
function sameRulings(a: readonly Ruling[], b: readonly Ruling[]): boolean {
  if (a.length !== b.length) return false;
  const close = (p: Ruling, q: Ruling): boolean =>
    p.dir === q.dir &&
    Math.abs(p.x0 - q.x0) <= 0.01 &&
    Math.abs(p.y0 - q.y0) <= 0.01 &&
    Math.abs(p.x1 - q.x1) <= 0.01 &&
    Math.abs(p.y1 - q.y1) <= 0.01;
  const sa = sorted(a);
  const sb = sorted(b);
  if (sa.every((p, k) => close(p, sb[k] ?? p))) return true;
  // Order can differ where coordinates differ by less than the tolerance: match greedily.
  const left = [...sb];
  return sa.every((p) => {
    const k = left.findIndex((q) => close(p, q));
    if (k < 0) return false;
    left.splice(k, 1);
    return true;
  });
}

/** What pdfjs makes of each page: its viewport, `pageRulings` over its operator list, and whether it paints images. */
async function pdfjsPages(
  bytes: Uint8Array,
  file = 'test.pdf',
): Promise<{ transform: number[]; width: number; height: number; rulings: Ruling[]; pictured: boolean }[]> {
  const pdfjs = await loadPdfJs();
  const doc = await openPdf(bytes, file);
  try {
    const pages = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const ops = await page.getOperatorList();
      pages.push({
        transform: vp.transform,
        width: vp.width,
        height: vp.height,
        rulings: pageRulings(ops.fnArray, ops.argsArray, pdfjs.OPS, vp.transform, vp.width, vp.height),
        pictured: ops.fnArray.some(
          (fn) => fn === pdfjs.OPS.paintImageXObject || fn === pdfjs.OPS.paintInlineImageXObject,
        ),
      });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** Page 1 of a hand-built PDF read by this reader, checked against pdfjs on the way. */
async function readPage1(bytes: Uint8Array): Promise<PageGraphics> {
  const [want] = await pdfjsPages(bytes);
  if (!want) throw new Error('pdfjs read no page');
  const got = openGraphics(bytes)?.page(1, want.transform, want.width, want.height);
  expect(got).toBeTruthy();
  if (!got) throw new Error('no graphics');
  expect(sorted(got.rulings)).toEqual(sorted(want.rulings));
  expect(got.pictured).toBe(want.pictured);
  return got;
}

/** The page is 200 × 100 pt, so y from the top is 100 − y. */
const BORDERS = [
  '0.5 w',
  '10 80 m 190 80 l S', // stroked line → h at y 20
  '10 20 m 10 80 l S', // stroked line → v at x 10
  'q 1 0 0 1 100 0 cm 0 20 0.5 60 re f Q', // Word's thin filled rectangle → v at x 100.25
  '20 50 160 0.5 re f', // → h at y 49.75
  '30 30 40 20 re S', // a cell box → its four sides
].join('\n');
const BORDER_RULINGS = [
  h(10, 190, 20),
  v(10, 20, 80),
  v(100.25, 20, 80),
  h(20, 180, 49.75),
  h(30, 70, 50),
  h(30, 70, 70),
  v(30, 50, 70),
  v(70, 50, 70),
];

describe('content streams without pdfjs', () => {
  it('reads stroked lines, thin filled rectangles and cell boxes (classic xref)', async () => {
    const got = await readPage1(classicPdf(pageObjects({ content: BORDERS })));
    expect(sorted(got.rulings)).toEqual(sorted(BORDER_RULINGS));
    expect(got.pictured).toBe(false);
  });

  it('reads an xref stream with a PNG predictor and objects in an object stream', async () => {
    const objects = pageObjects({ content: BORDERS });
    objects[3] = stream('/Filter /FlateDecode', flate(BORDERS)); // the content, compressed
    const bytes = streamPdf(objects, new Set([1, 2, 3]));
    const got = await readPage1(bytes);
    expect(sorted(got.rulings)).toEqual(sorted(BORDER_RULINGS));
  });

  it('reads a hybrid file (classic table + /XRefStm)', async () => {
    const got = await readPage1(streamPdf(pageObjects({ content: BORDERS }), new Set([2, 3]), true));
    expect(sorted(got.rulings)).toEqual(sorted(BORDER_RULINGS));
  });

  it('follows /Prev to an incremental update that replaces the content', async () => {
    const base = classicPdf(pageObjects({ content: '0 0 m 1 1 l S' }));
    const startxref = /startxref\s+(\d+)/.exec(Buffer.from(base).toString('latin1'))?.[1] ?? '0';
    const update = concat(['4 0 obj\n', stream('', BORDERS), '\nendobj\n']);
    const xrefAt = base.length + update.length;
    const bytes = concat([
      base,
      update,
      `xref\n0 1\n${row(0, 'f')}4 1\n${row(base.length, 'n')}`,
      `trailer\n<< /Size 5 /Root 1 0 R /Prev ${startxref} >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`,
    ]);
    const got = await readPage1(bytes);
    expect(sorted(got.rulings)).toEqual(sorted(BORDER_RULINGS));
  });

  it('draws a form XObject through its /Matrix and the CTM, with the page resources when it has none', async () => {
    const grid = '0 0 m 80 0 l 0 40 m 80 40 l 0 0 m 0 40 l 80 0 m 80 40 l S /Im1 Do';
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: 'q 1 0 0 1 10 0 cm /Fm1 Do Q 5 5 m 6 6 l S',
          page: '/Resources << /XObject << /Fm1 5 0 R /Im1 6 0 R >> >>',
          extra: [
            stream('/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [1 0 0 1 50 10]', grid),
            stream(
              '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8',
              '\x00\xff\xff\x00',
            ),
          ],
        }),
      ),
    );
    // Form space (0…80, 0…40) + (50, 10) + (10, 0) → x 60…140, y 10…50 (from the top: 50…90).
    expect(sorted(got.rulings)).toEqual(
      sorted([h(60, 140, 90), h(60, 140, 50), v(60, 50, 90), v(140, 50, 90)]),
    );
    expect(got.pictured).toBe(true);
  });

  it('draws the group form of a soft mask set by gs, as pdfjs lists it', async () => {
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: '/GS1 gs 10 20 m 10 80 l S',
          page: '/Resources << /ExtGState << /GS1 << /SMask << /S /Luminosity /G 5 0 R >> >> >> >>',
          extra: [
            stream(
              '/Type /XObject /Subtype /Form /BBox [0 0 200 100] /Group << /S /Transparency >>',
              '10 80 m 190 80 l S',
            ),
          ],
        }),
      ),
    );
    expect(sorted(got.rulings)).toEqual(sorted([h(10, 190, 20), v(10, 20, 80)]));
  });

  it('takes a filled area (cell shading, drawn in pieces by Word and WPS) for no border; a stroked box or a B box is one', async () => {
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: [
            '0.9 g 10 20 80 30 re f', // a cell's shading
            '10 20 5 30 re f* 85 20 5 30 re f', // its left and right padding, filled apart
            '0 g 100 20 50 30 re B', // filled and stroked: a cell box
            '160 20 30 30 re S',
          ].join('\n'),
        }),
      ),
    );
    expect(sorted(got.rulings)).toEqual(
      sorted([
        h(100, 150, 50),
        h(100, 150, 80),
        v(100, 50, 80),
        v(150, 50, 80),
        h(160, 190, 50),
        h(160, 190, 80),
        v(160, 50, 80),
        v(190, 50, 80),
      ]),
    );
  });

  it('ignores clip paths (re W n) and curves, and keeps a clipped path that is also filled', async () => {
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: [
            '5 5 190 90 re W n',
            '10 10 50 50 re W* n',
            'q 0 0 200 100 re W n 10 10 m 20 20 30 30 90 10 c S Q',
            '20 60 100 1 re W f', // clip and fill: painted
            '0 0 200 100 re f', // the page background: not a ruling
          ].join('\n'),
        }),
      ),
    );
    expect(got.rulings).toEqual([h(20, 120, 39.5)]);
  });

  it('skips inline image data with EI look-alikes, marks the page pictured, and reads on', async () => {
    const data = '\x20EI EI\n\xff\x00EI'; // 9 bytes; width 9, height 1, gray 8-bit
    const content = `q 10 0 0 10 50 50 cm\nBI /W 9 /H 1 /CS /G /BPC 8 ID ${data}\nEI\nQ\n10 80 m 190 80 l S`;
    const got = await readPage1(classicPdf(pageObjects({ content })));
    expect(got.rulings).toEqual([h(10, 190, 20)]);
    expect(got.pictured).toBe(true);
  });

  it('skips filtered inline image data by finding the EI where content resumes', async () => {
    const pixels = flate(Uint8Array.from({ length: 64 }, (_, k) => (k * 37) & 0xff));
    const content = concat([
      'BI /W 8 /H 8 /CS /G /BPC 8 /F /Fl ID ',
      pixels,
      ' EI x\x01\x02 EI\n10 80 m 190 80 l S', // " EI x…" is data; the second EI ends it
    ]);
    const got = await readPage1(classicPdf(pageObjects({ content })));
    expect(got.rulings).toEqual([h(10, 190, 20)]);
    expect(got.pictured).toBe(true);
  });

  it('does not count a stencil mask (/ImageMask true) as a picture', async () => {
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: 'q 20 0 0 20 0 0 cm /M1 Do Q BI /W 8 /H 1 /IM true ID \xff\nEI',
          page: '/Resources << /XObject << /M1 5 0 R >> >>',
          extra: [stream('/Type /XObject /Subtype /Image /Width 8 /Height 1 /ImageMask true', '\xaa')],
        }),
      ),
    );
    expect(got.pictured).toBe(false);
  });

  it('applies /Rotate 90 through the viewport', async () => {
    const got = await readPage1(
      classicPdf(pageObjects({ content: '10 80 m 190 80 l S', page: '/Rotate 90' })),
    );
    // The rotated page is 100 wide and 200 tall: the horizontal line turns vertical at x 80.
    expect(got.rulings).toEqual([v(80, 10, 190)]);
  });

  it('joins an array /Contents and decodes ASCIIHex and ASCII85 + Flate', async () => {
    const second = '10 20 m 10 80 l S';
    const a85 = (bytes: Uint8Array): string => {
      let out = '';
      for (let k = 0; k < bytes.length; k += 4) {
        const chunk = [0, 1, 2, 3].map((i) => bytes[k + i] ?? 0);
        let n =
          ((chunk[0] ?? 0) * 2 ** 24 +
            (chunk[1] ?? 0) * 2 ** 16 +
            (chunk[2] ?? 0) * 256 +
            (chunk[3] ?? 0)) >>>
          0;
        const digits: string[] = [];
        for (let i = 0; i < 5; i++) {
          digits.unshift(String.fromCharCode(33 + (n % 85)));
          n = Math.floor(n / 85);
        }
        out += digits.slice(0, Math.min(5, bytes.length - k + 1)).join('');
      }
      return `${out}~>`;
    };
    const got = await readPage1(
      classicPdf(
        pageObjects({
          content: [
            stream('/Filter /ASCIIHexDecode', `${Buffer.from('10 80 m 190 80 l S').toString('hex')}>`),
            stream('/Filter [/ASCII85Decode /FlateDecode]', a85(flate(second))),
          ],
        }),
      ),
    );
    expect(sorted(got.rulings)).toEqual(sorted([h(10, 190, 20), v(10, 20, 80)]));
  });

  it('gives up (null) on what it does not read: encryption, a broken xref, an unknown filter, a form loop', () => {
    const plain = classicPdf(pageObjects({ content: BORDERS }));
    expect(openGraphics(classicPdf(pageObjects({ content: BORDERS }), '/Encrypt 9 0 R'))).toBeNull();
    const text = Buffer.from(plain).toString('latin1');
    const at = text.lastIndexOf('startxref');
    const broken = latin1(`${text.slice(0, at)}startxref\n17\n%%EOF\n`);
    expect(openGraphics(broken)).toBeNull();
    expect(openGraphics(latin1(text.replace(/0000000\d\d\d 00000 n/g, '0000000001 00000 n')))).toBeNull();
    expect(openGraphics(new Uint8Array())).toBeNull();

    const unknownFilter = classicPdf([
      ...pageObjects({ content: '' }).slice(0, 3),
      stream('/Filter /LZWDecode', '\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01'),
    ]);
    expect(openGraphics(unknownFilter)?.page(1, [1, 0, 0, -1, 0, 100], 200, 100)).toBeNull();

    const loop = classicPdf(
      pageObjects({
        content: '/Fm1 Do',
        page: '/Resources << /XObject << /Fm1 5 0 R >> >>',
        extra: [
          stream('/Subtype /Form /Resources << /XObject << /Fm1 5 0 R >> >>', '0 0 m 50 0 l S /Fm1 Do'),
        ],
      }),
    );
    expect(openGraphics(loop)?.page(1, [1, 0, 0, -1, 0, 100], 200, 100)).toBeNull();
  });

  it('never throws and stays quick on damaged bytes', () => {
    const seeds = [
      classicPdf(
        pageObjects({
          content: `${BORDERS}\nq /Fm1 Do Q BI /W 2 /H 1 /CS /G ID \x00\x01\nEI`,
          page: '/Resources << /XObject << /Fm1 5 0 R >> >>',
          extra: [stream('/Subtype /Form /Matrix [2 0 0 2 0 0]', '[(a) 1 (b)] TJ 0 0 m 5 0 l S')],
        }),
      ),
      streamPdf(
        pageObjects({ content: BORDERS }).map((b, i) =>
          i === 3 ? stream('/Filter /FlateDecode', flate(BORDERS)) : b,
        ),
        new Set([1, 2, 3]),
      ),
    ];
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('flip' as const),
        at: fc.nat(),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        bytes: fc.uint8Array({ maxLength: 8 }),
      }),
      fc.record({
        kind: fc.constant('delete' as const),
        at: fc.nat(),
        count: fc.integer({ min: 1, max: 16 }),
      }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (seed, mutations) => {
          let bytes: Uint8Array = Uint8Array.from(seeds[seed] ?? []);
          for (const m of mutations) {
            const at = bytes.length === 0 ? 0 : m.at % bytes.length;
            if (m.kind === 'flip') bytes[at] = m.value;
            else if (m.kind === 'insert')
              bytes = concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
            else if (m.kind === 'delete')
              bytes = concat([bytes.subarray(0, at), bytes.subarray(at + m.count)]);
            else bytes = bytes.subarray(0, at);
          }
          const started = performance.now();
          const reader = openGraphics(bytes);
          if (reader) {
            for (let p = 1; p <= Math.min(reader.pageCount, 3); p++) {
              const got = reader.page(p, [1, 0, 0, -1, 0, 100], 200, 100);
              if (got) expect(Array.isArray(got.rulings)).toBe(true);
            }
          }
          expect(performance.now() - started).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The corpus. No corpus page has annotations, so pdfjs's drawing of annotation appearances (which this reader leaves
// out, see content.ts) never enters the comparison.

const corpusFiles = corpusPdfs();

describe.skipIf(corpusFiles.length === 0)(
  'corpus pages: the same rulings as pdfjs (../shared/corpus)',
  () => {
    let matched = 0;
    let pages = 0;
    afterAll(() => {
      console.log(`content-stream rulings: ${String(matched)}/${String(pages)} corpus pages match pdfjs`);
    });

    it.each(corpusFiles)('%s', async (name) => {
      const bytes = readFileSync(join(CORPUS, name));
      const want = await pdfjsPages(bytes, name);
      const reader = openGraphics(bytes);
      pages += want.length;
      if (!reader) {
        // Only an encrypted file may be left to pdfjs.
        expect(Buffer.from(bytes).includes('/Encrypt')).toBe(true);
        return;
      }
      expect(reader.pageCount).toBe(want.length);
      const differing: string[] = [];
      want.forEach((w, k) => {
        const got = reader.page(k + 1, w.transform, w.width, w.height);
        if (got && got.pictured === w.pictured && sameRulings(got.rulings, w.rulings)) matched++;
        else
          differing.push(
            `page ${String(k + 1)}: ${got ? `${String(got.rulings.length)} rulings, pictured ${String(got.pictured)}` : 'null'}` +
              ` vs pdfjs ${String(w.rulings.length)}, pictured ${String(w.pictured)}`,
          );
      });
      expect(differing).toEqual([]);
    });
  },
);
