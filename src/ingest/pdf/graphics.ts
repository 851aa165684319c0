/**
 * Ruling lines of a PDF page from its operator list: stroked lines, thin filled rectangles (how Word, WPS and Excel
 * draw cell borders) and cell rectangles, all in page space with y measured from the top.
 */

/** A horizontal or vertical ruling: from (x0, y0) to (x1, y1) with x0 ≤ x1, y0 ≤ y1. */
export interface Ruling {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly dir: 'h' | 'v';
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** pdfjs operator codes this module reads (stable across pdfjs 4–5). */
export interface OpCodes {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly endPath: number;
}

/** Draw codes inside a pdfjs 5 path. */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Longest side of a rectangle that still counts as a line (points). */
const THIN = 2.5;

/**
 * Rulings of one page. `viewport` maps PDF user space to the page with y down (pdfjs `page.getViewport().transform`).
 */
export function pageRulings(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: OpCodes,
  viewport: readonly number[],
  pageWidth: number,
  pageHeight: number,
): Ruling[] {
  const out: Ruling[] = [];
  let ctm: Matrix = [...(viewport as Matrix)];
  const stack: Matrix[] = [];
  const addSegment = (ax: number, ay: number, bx: number, by: number): void => {
    const dx = Math.abs(ax - bx);
    const dy = Math.abs(ay - by);
    if (dx < 0.5 && dy > 2)
      out.push({
        x0: (ax + bx) / 2,
        y0: Math.min(ay, by),
        x1: (ax + bx) / 2,
        y1: Math.max(ay, by),
        dir: 'v',
      });
    else if (dy < 0.5 && dx > 2)
      out.push({
        x0: Math.min(ax, bx),
        y0: (ay + by) / 2,
        x1: Math.max(ax, bx),
        y1: (ay + by) / 2,
        dir: 'h',
      });
  };
  const addRect = (x0: number, y0: number, x1: number, y1: number): void => {
    const w = x1 - x0;
    const h = y1 - y0;
    if (w > pageWidth * 0.98 && h > pageHeight * 0.98) return; // page background
    if (h <= THIN && w > 2) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2, dir: 'h' });
    else if (w <= THIN && h > 2) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1, dir: 'v' });
    else if (w > 2 && h > 2) {
      // A cell box: its four sides.
      out.push({ x0, y0, x1, y1: y0, dir: 'h' }, { x0, y0: y1, x1, y1, dir: 'h' });
      out.push({ x0, y0, x1: x0, y1, dir: 'v' }, { x0: x1, y0, x1, y1, dir: 'v' });
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && Array.isArray(args)) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin && Array.isArray(args)) {
      stack.push(ctm);
      const m: unknown = args[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m))
        ctm = multiply(ctm, Array.from(m as ArrayLike<number>) as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath && Array.isArray(args) && args[0] !== ops.endPath) {
      // A path ended without painting is a clip (text boxes in ONLYOFFICE output), not a border.
      readPath(args, ctm, addSegment, addRect);
    }
  }
  return out;
}

function readPath(
  args: unknown[],
  ctm: Matrix,
  addSegment: (ax: number, ay: number, bx: number, by: number) => void,
  addRect: (x0: number, y0: number, x1: number, y1: number) => void,
): void {
  const paths = args[1];
  const list = Array.isArray(paths) ? paths : [paths];
  for (const data of list) {
    if (!data || !(Array.isArray(data) || ArrayBuffer.isView(data))) continue;
    const d = data as ArrayLike<number>;
    const pts: [number, number][] = [];
    let start: [number, number] | null = null;
    let prev: [number, number] | null = null;
    const flush = (): void => {
      if (pts.length === 5 || pts.length === 4) {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        const axisAligned = pts.every((p, k) => {
          const q = pts[(k + 1) % pts.length] ?? p;
          return Math.abs(p[0] - q[0]) < 0.5 || Math.abs(p[1] - q[1]) < 0.5;
        });
        if (axisAligned) {
          addRect(Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
          pts.length = 0;
          return;
        }
      }
      for (let k = 1; k < pts.length; k++) {
        const a = pts[k - 1];
        const b = pts[k];
        if (a && b) addSegment(a[0], a[1], b[0], b[1]);
      }
      pts.length = 0;
    };
    let k = 0;
    while (k < d.length) {
      const op = d[k++];
      if (op === MOVE) {
        flush();
        const p = apply(ctm, d[k] ?? 0, d[k + 1] ?? 0);
        k += 2;
        start = p;
        prev = p;
        pts.push(p);
      } else if (op === LINE) {
        const p = apply(ctm, d[k] ?? 0, d[k + 1] ?? 0);
        k += 2;
        pts.push(p);
        prev = p;
      } else if (op === CURVE) {
        k += 6;
        flush();
        prev = null;
      } else if (op === QUAD) {
        k += 4;
        flush();
        prev = null;
      } else if (op === CLOSE) {
        if (start && prev && (start[0] !== prev[0] || start[1] !== prev[1])) pts.push(start);
      } else break;
    }
    flush();
  }
}
