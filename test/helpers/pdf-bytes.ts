/**
 * Hand-built PDF files for reader tests: objects written by hand, with a classic cross-reference table, an xref stream
 * (object streams, PNG predictor) or both (a hybrid file), so each reader sees exactly the syntax a test names.
 */
import zlib from 'node:zlib';

/** The body of an indirect object: text, or bytes (a stream). */
export type Body = string | Uint8Array;

export const latin1 = (s: string): Uint8Array => Buffer.from(s, 'latin1');

export function concat(parts: readonly Body[]): Uint8Array {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? latin1(p) : p)));
}

/** A stream object with a correct /Length. */
export function stream(dict: string, data: Body): Uint8Array {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  return concat([`<< ${dict} /Length ${String(bytes.length)} >>\nstream\n`, bytes, '\nendstream']);
}

export const flate = (data: Body): Uint8Array =>
  zlib.deflateSync(typeof data === 'string' ? latin1(data) : data);

export const HEADER = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';

/** Objects 1…n written in order after `head`; their offsets. */
export function writeObjects(
  head: Body,
  objects: readonly (Body | null)[],
): { parts: Body[]; offsets: number[] } {
  const parts: Body[] = [head];
  const offsets: number[] = [];
  let pos = concat([head]).length;
  objects.forEach((body, i) => {
    if (body === null) return; // stored elsewhere (an object stream)
    const bytes = concat([`${String(i + 1)} 0 obj\n`, body, '\nendobj\n']);
    offsets[i + 1] = pos;
    parts.push(bytes);
    pos += bytes.length;
  });
  return { parts, offsets };
}

export const row = (offset: number, kind: 'n' | 'f'): string =>
  `${String(offset).padStart(10, '0')} ${kind === 'f' ? '65535' : '00000'} ${kind} \n`;

/** A PDF with a classic `xref` table; object 1 is the catalog. */
export function classicPdf(objects: readonly Body[], trailerExtra = ''): Uint8Array {
  const { parts, offsets } = writeObjects(HEADER, objects);
  const xrefAt = concat(parts).length;
  const rows = objects.map((_, i) => row(offsets[i + 1] ?? 0, 'n')).join('');
  const size = String(objects.length + 1);
  return concat([
    ...parts,
    `xref\n0 ${size}\n${row(0, 'f')}${rows}`,
    `trailer\n<< /Size ${size} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${String(xrefAt)}\n%%EOF\n`,
  ]);
}

/** PNG "Up" filtering of fixed-size rows (predictor 12), as PDF writers store xref streams. */
export function pngUp(rows: readonly number[][]): Uint8Array {
  const out: number[] = [];
  rows.forEach((r, k) => {
    out.push(2, ...r.map((v, i) => (v - (rows[k - 1]?.[i] ?? 0)) & 0xff));
  });
  return Uint8Array.from(out);
}

export const be = (v: number, width: number): number[] =>
  Array.from({ length: width }, (_, k) => (v >>> (8 * (width - 1 - k))) & 0xff);

/**
 * A PDF 1.5 file: the objects numbered in `packed` go into an object stream, the others are written plainly, and
 * an xref stream (flate, PNG predictor, /W [1 4 2]) indexes them all. `hybrid` adds a classic table listing only the
 * plain objects, whose trailer points to the xref stream with /XRefStm.
 */
export function streamPdf(objects: readonly Body[], packed: ReadonlySet<number>, hybrid = false): Uint8Array {
  const n = objects.length;
  const objStmNum = n + 1;
  const xrefNum = n + 2;
  const inside = [...packed].sort((a, b) => a - b);
  const texts = inside.map((num) => {
    const body = objects[num - 1];
    if (typeof body !== 'string') throw new Error('only text objects can be packed');
    return body;
  });
  let table = '';
  let data = '';
  for (const [k, t] of texts.entries()) {
    table += `${String(inside[k])} ${String(data.length)} `;
    data += `${t}\n`;
  }
  const objStm = stream(
    `/Type /ObjStm /N ${String(inside.length)} /First ${String(table.length)} /Filter /FlateDecode`,
    flate(table + data),
  );
  const plain = objects.map((b, i) => (packed.has(i + 1) ? null : b));
  const { parts, offsets } = writeObjects(HEADER, [...plain, objStm]);
  const xrefAt = concat(parts).length;
  const rows: number[][] = [[0, ...be(0, 4), ...be(65535, 2)]];
  for (let num = 1; num <= xrefNum; num++) {
    const k = inside.indexOf(num);
    if (k >= 0) rows.push([2, ...be(objStmNum, 4), ...be(k, 2)]);
    else if (num === xrefNum) rows.push([1, ...be(xrefAt, 4), ...be(0, 2)]);
    else rows.push([1, ...be(offsets[num] ?? 0, 4), ...be(0, 2)]);
  }
  const xref = stream(
    `/Type /XRef /Size ${String(xrefNum + 1)} /Root 1 0 R /W [1 4 2] /Index [0 ${String(xrefNum + 1)}] ` +
      '/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 7 >>',
    flate(pngUp(rows)),
  );
  const xrefObj = concat([`${String(xrefNum)} 0 obj\n`, xref, '\nendobj\n']);
  if (!hybrid) return concat([...parts, xrefObj, `startxref\n${String(xrefAt)}\n%%EOF\n`]);
  // Hybrid: a classic table of the plain objects only (one subsection each) whose trailer names the xref stream.
  const tableAt = xrefAt + xrefObj.length;
  let subsections = `0 1\n${row(0, 'f')}`;
  for (let num = 1; num < xrefNum; num++)
    if (!packed.has(num)) subsections += `${String(num)} 1\n${row(offsets[num] ?? 0, 'n')}`;
  return concat([
    ...parts,
    xrefObj,
    `xref\n${subsections}`,
    `trailer\n<< /Size ${String(xrefNum + 1)} /Root 1 0 R /XRefStm ${String(xrefAt)} >>\n`,
    `startxref\n${String(tableAt)}\n%%EOF\n`,
  ]);
}

export interface PageSpec {
  /** The page's content stream(s); several make an array /Contents. */
  readonly content: Body | readonly Uint8Array[];
  /** Extra page dictionary entries (/Resources, /Rotate…). */
  readonly page?: string;
  /** Objects 5, 6, … (referenced from `page`). */
  readonly extra?: readonly Body[];
}

/** Catalog (1), pages (2), a 200 × 100 page (3), its content (4), then `extra` objects. */
export function pageObjects(spec: PageSpec): Body[] {
  const extra = [...(spec.extra ?? [])];
  let content: Body;
  if (Array.isArray(spec.content)) {
    // Object 4 is the array; the streams follow the extra objects.
    const streams = spec.content as readonly Uint8Array[];
    content = `[${streams.map((_, k) => `${String(5 + extra.length + k)} 0 R`).join(' ')}]`;
    extra.push(...streams);
  } else content = stream('', spec.content as Body);
  return [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R ${spec.page ?? ''} >>`,
    content,
    ...extra,
  ];
}
