/**
 * Ruling lines of a PDF page from its drawing: stroked lines, thin filled rectangles (how Word, WPS and Excel draw
 * cell borders) and stroked cell rectangles, all in page space with y measured from the top. A larger filled area is
 * shading, not a border.
 *
 * `RulingCollector` turns painted paths (points already in page space) into rulings; `pageRulings` feeds it from a
 * pdfjs operator list and `content.ts` from the page's own content streams, so both read paths the same way.
 */

/** A horizontal or vertical ruling: from (x0, y0) to (x1, y1) with x0 ≤ x1, y0 ≤ y1. */
export interface Ruling {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly dir: 'h' | 'v';
}

/** A PDF transformation matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** The matrix that applies `n` first, then `m` (the CTM after `n cm` when the CTM was `m`). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
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
  readonly fill: number;
  readonly eoFill: number;
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
 * Collects the rulings of the paths painted on one page. Feed each painted path as moveTo/lineTo/curve/close calls
 * with points in page space, then `endPath()`; paths that are only clips (ended by `n`) must not be fed at all.
 *
 * A subpath of 4 or 5 axis-aligned points is a rectangle (a thin one is a line, a larger one a cell box, one covering
 * the page its background); any other subpath contributes its horizontal and vertical segments. A curve ends the
 * subpath before it, so rounded shapes yield no rectangle.
 */
export class RulingCollector {
  private readonly out: Ruling[] = [];
  /** Points of the current subpath (x, y pairs). */
  private pts: number[] = [];
  private startX = 0;
  private startY = 0;
  private hasStart = false;
  private prevX = 0;
  private prevY = 0;
  private hasPrev = false;
  /**
   * The path being fed is filled, not stroked. A filled area larger than a line is a cell's shading or padding, not
   * a border: Word and WPS paint each cell's background in pieces (the margins apart), whose edges are not columns.
   */
  filling = false;

  constructor(
    private readonly pageWidth: number,
    private readonly pageHeight: number,
  ) {}

  /** The rulings found so far (the collector's own array). */
  rulings(): Ruling[] {
    return this.out;
  }

  moveTo(x: number, y: number): void {
    this.flush();
    this.startX = this.prevX = x;
    this.startY = this.prevY = y;
    this.hasStart = this.hasPrev = true;
    this.pts.push(x, y);
  }

  lineTo(x: number, y: number): void {
    this.pts.push(x, y);
    this.prevX = x;
    this.prevY = y;
    this.hasPrev = true;
  }

  /** A Bézier curve: ends the subpath so far; its end point is not kept. */
  curve(): void {
    this.flush();
    this.hasPrev = false;
  }

  /** Closing a subpath adds its start point unless the path already ends there. */
  close(): void {
    if (this.hasStart && this.hasPrev && (this.startX !== this.prevX || this.startY !== this.prevY))
      this.pts.push(this.startX, this.startY);
  }

  /** The path is complete: read its last subpath and forget its start. */
  endPath(): void {
    this.flush();
    this.hasStart = this.hasPrev = false;
  }

  private flush(): void {
    const pts = this.pts;
    const n = pts.length / 2;
    if ((n === 4 || n === 5) && this.axisAligned()) {
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let k = 0; k < pts.length; k += 2) {
        const x = pts[k] ?? 0;
        const y = pts[k + 1] ?? 0;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
      this.addRect(x0, y0, x1, y1);
    } else {
      for (let k = 2; k < pts.length; k += 2)
        this.addSegment(pts[k - 2] ?? 0, pts[k - 1] ?? 0, pts[k] ?? 0, pts[k + 1] ?? 0);
    }
    pts.length = 0;
  }

  /** Every side of the closed polygon through the points is horizontal or vertical (within half a point). */
  private axisAligned(): boolean {
    const pts = this.pts;
    for (let k = 0; k < pts.length; k += 2) {
      const j = (k + 2) % pts.length;
      const x = pts[k] ?? 0;
      const y = pts[k + 1] ?? 0;
      if (!(Math.abs(x - (pts[j] ?? 0)) < 0.5 || Math.abs(y - (pts[j + 1] ?? 0)) < 0.5)) return false;
    }
    return true;
  }

  private addSegment(ax: number, ay: number, bx: number, by: number): void {
    const dx = Math.abs(ax - bx);
    const dy = Math.abs(ay - by);
    if (dx < 0.5 && dy > 2)
      this.out.push({
        x0: (ax + bx) / 2,
        y0: Math.min(ay, by),
        x1: (ax + bx) / 2,
        y1: Math.max(ay, by),
        dir: 'v',
      });
    else if (dy < 0.5 && dx > 2)
      this.out.push({
        x0: Math.min(ax, bx),
        y0: (ay + by) / 2,
        x1: Math.max(ax, bx),
        y1: (ay + by) / 2,
        dir: 'h',
      });
  }

  private addRect(x0: number, y0: number, x1: number, y1: number): void {
    const out = this.out;
    const w = x1 - x0;
    const h = y1 - y0;
    if (w > this.pageWidth * 0.98 && h > this.pageHeight * 0.98) return; // page background
    if (this.filling && w > THIN && h > THIN) return; // shading
    if (h <= THIN && w > 2) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2, dir: 'h' });
    else if (w <= THIN && h > 2) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1, dir: 'v' });
    else if (w > 2 && h > 2) {
      // A cell box: its four sides.
      out.push({ x0, y0, x1, y1: y0, dir: 'h' }, { x0, y0: y1, x1, y1, dir: 'h' });
      out.push({ x0, y0, x1: x0, y1, dir: 'v' }, { x0: x1, y0, x1, y1, dir: 'v' });
    }
  }
}

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
  const collector = new RulingCollector(pageWidth, pageHeight);
  let ctm: Matrix = [...(viewport as Matrix)];
  const stack: Matrix[] = [];
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
      collector.filling = args[0] === ops.fill || args[0] === ops.eoFill;
      readPath(args, ctm, collector);
    }
  }
  return collector.rulings();
}

/** Feed the subpaths of one pdfjs constructPath op to the collector. */
function readPath(args: unknown[], ctm: Matrix, collector: RulingCollector): void {
  const paths = args[1];
  const list = Array.isArray(paths) ? paths : [paths];
  for (const data of list) {
    if (!data || !(Array.isArray(data) || ArrayBuffer.isView(data))) continue;
    const d = data as ArrayLike<number>;
    let k = 0;
    while (k < d.length) {
      const op = d[k++];
      if (op === MOVE || op === LINE) {
        const x = d[k] ?? 0;
        const y = d[k + 1] ?? 0;
        k += 2;
        const px = ctm[0] * x + ctm[2] * y + ctm[4];
        const py = ctm[1] * x + ctm[3] * y + ctm[5];
        if (op === MOVE) collector.moveTo(px, py);
        else collector.lineTo(px, py);
      } else if (op === CURVE) {
        k += 6;
        collector.curve();
      } else if (op === QUAD) {
        k += 4;
        collector.curve();
      } else if (op === CLOSE) collector.close();
      else break;
    }
    collector.endPath();
  }
}
