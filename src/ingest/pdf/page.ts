/**
 * One PDF page → laid-out lines. Text runs are grouped into visual lines by vertical overlap (so digits set a few
 * points off the label baseline stay on their line); table frames are found from the ruling lines and every frame
 * becomes rows of cells on its grid, merged cells placed at their first row and column; the rest is text lines in
 * reading order.
 */
import type { SourceRef } from '../../model/document.ts';
import type { LayoutCell, LayoutLine } from '../layout.ts';
import { splitMetaText } from '../table-rows.ts';
import type { Ruling } from './graphics.ts';

/** A run of text on the page, y measured from the top; `top`/`bottom` bound the glyphs. */
export interface TextRun {
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly size: number;
  /** OCR confidence 0–100 (scans only). */
  readonly confidence?: number;
}

export interface PageInput {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  readonly rulings: readonly Ruling[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function bboxOf(runs: readonly TextRun[]): [number, number, number, number] {
  return [
    round1(Math.min(...runs.map((r) => r.x0))),
    round1(Math.min(...runs.map((r) => r.top))),
    round1(Math.max(...runs.map((r) => r.x1))),
    round1(Math.max(...runs.map((r) => r.bottom))),
  ];
}

function refOf(page: number, runs: readonly TextRun[], box?: [number, number, number, number]): SourceRef {
  const conf = runs.filter((r) => r.confidence !== undefined).map((r) => r.confidence ?? 100);
  const ref: SourceRef = { page, bbox: box ?? bboxOf(runs) };
  if (conf.length > 0) ref.confidence = Math.round(Math.min(...conf));
  return ref;
}

const RADICALS = /[\u2e80-\u2eff\u2f00-\u2fdf]/g;

/** CJK Radicals Supplement forms without a compatibility mapping, and the ideograph each stands for. */
const SUPPLEMENT: Readonly<Record<string, string>> = Object.fromEntries(
  Array.from(
    '⺟母⺠民⺰纟⻄西⻅见⻆角⻈讠⻉贝⻋车⻐钅⻑長⻓长⻔门⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟',
  ).flatMap((ch, i, all) => (i % 2 === 0 ? [[ch, all[i + 1] ?? ch]] : [])),
);

/**
 * Fonts that share one glyph between a radical and its ideograph may map it to the radical (U+2F00 "⼀" for "一",
 * U+2ED4 "⻔" for "门"): back to the ideograph, the way a reader sees it.
 */
export function normalizeRadicals(text: string): string {
  // U+2015 (horizontal bar) is how some fonts map the dash of "90分（含）—100分".
  return text.replace(RADICALS, (ch) => SUPPLEMENT[ch] ?? ch.normalize('NFKC')).replace(/\u2015/g, '\u2014');
}

/** Split runs that carry several space-separated columns into one run per column (positions interpolated). */
export function splitRuns(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    const chars = Array.from(r.text);
    if (!/\S\s{2,}\S/.test(r.text) || chars.length === 0) {
      if (r.text.trim() !== '') out.push(r);
      continue;
    }
    const per = (r.x1 - r.x0) / chars.length;
    let i = 0;
    while (i < chars.length) {
      while (i < chars.length && /\s/.test(chars[i] ?? '')) i++;
      const from = i;
      while (i < chars.length && !(/\s/.test(chars[i] ?? '') && /\s/.test(chars[i + 1] ?? ' '))) i++;
      if (i > from) {
        out.push({
          ...r,
          text: chars.slice(from, i).join('').trim(),
          x0: r.x0 + from * per,
          x1: r.x0 + i * per,
        });
      }
    }
  }
  return out;
}

/**
 * Group runs into visual lines: runs whose vertical extents overlap by 40 % of the smaller height and whose
 * baselines are less than 0.7 of a character apart (digits set a few points low stay on their line; the lines of a
 * tightly set cell do not merge).
 */
export function visualLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const lines: { top: number; bottom: number; base: number; size: number; runs: TextRun[] }[] = [];
  for (const r of sorted) {
    const h = r.bottom - r.top;
    const base = r.bottom - 0.15 * r.size;
    const line = lines.find((l) => {
      const overlap = Math.min(l.bottom, r.bottom) - Math.max(l.top, r.top);
      return (
        overlap >= 0.4 * Math.min(h, l.bottom - l.top) &&
        Math.abs(l.base - base) < 0.7 * Math.min(l.size, r.size)
      );
    });
    if (line) {
      line.runs.push(r);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else lines.push({ top: r.top, bottom: r.bottom, base, size: r.size, runs: [r] });
  }
  lines.sort((a, b) => a.top - b.top);
  return lines.map((l) => l.runs.sort((a, b) => a.x0 - b.x0));
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0](?=[0-9A-Za-z.+-])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`(?<=[0-9A-Za-z%])[ \\u00a0](?=[${CJK}])`, 'g');

/**
 * Drop the single spaces a PDF sets between Chinese text and the figures in it ("为 0 万元，增长 13.95%" →
 * "为0万元，增长13.95%") or inside Chinese text (justified lines: "财 政"), as Word text has them; wider gaps
 * (columns) stay.
 */
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\u00a0](?=[${CJK}])`, 'g');

export function tightenCjk(text: string): string {
  return text.replace(SPACE_AFTER_CJK, '').replace(SPACE_BEFORE_CJK, '').replace(SPACE_IN_CJK, '');
}

/** Text of one visual line: runs joined, a gap wider than 1.5 characters becomes two spaces. */
export function lineText(runs: readonly TextRun[]): string {
  let text = '';
  let prev: TextRun | null = null;
  for (const r of runs) {
    if (prev) {
      const gap = r.x0 - prev.x1;
      const size = Math.max(4, Math.min(prev.size, r.size));
      if (gap > 1.5 * size) text += '  ';
      else if (gap > 0.25 * size && /[\dA-Za-z%,.)]$/.test(text) && /^[\dA-Za-z(]/.test(r.text)) text += ' ';
    }
    text += r.text;
    prev = r;
  }
  return text;
}

// ---- table frames ----

interface Frame {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  rulings: Ruling[];
}

const TOUCH = 2;

function touches(f: Frame, r: Ruling): boolean {
  return r.x0 <= f.x1 + TOUCH && r.x1 >= f.x0 - TOUCH && r.y0 <= f.y1 + TOUCH && r.y1 >= f.y0 - TOUCH;
}

/** Rulings grouped into connected frames (one per table on the page). */
export function frames(rulings: readonly Ruling[]): Frame[] {
  const out: Frame[] = [];
  for (const r of rulings) {
    const hit = out.filter((f) => touches(f, r));
    const merged: Frame = { x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1, rulings: [r] };
    for (const f of hit) {
      merged.x0 = Math.min(merged.x0, f.x0);
      merged.y0 = Math.min(merged.y0, f.y0);
      merged.x1 = Math.max(merged.x1, f.x1);
      merged.y1 = Math.max(merged.y1, f.y1);
      merged.rulings.push(...f.rulings);
      out.splice(out.indexOf(f), 1);
    }
    out.push(merged);
  }
  // Merging can make two earlier frames touch: repeat until stable.
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < out.length && !changed; i++) {
      for (let j = i + 1; j < out.length && !changed; j++) {
        const a = out[i];
        const b = out[j];
        if (!a || !b) continue;
        if (a.x0 <= b.x1 + TOUCH && a.x1 >= b.x0 - TOUCH && a.y0 <= b.y1 + TOUCH && a.y1 >= b.y0 - TOUCH) {
          a.x0 = Math.min(a.x0, b.x0);
          a.y0 = Math.min(a.y0, b.y0);
          a.x1 = Math.max(a.x1, b.x1);
          a.y1 = Math.max(a.y1, b.y1);
          a.rulings.push(...b.rulings);
          out.splice(j, 1);
          changed = true;
        }
      }
    }
  }
  return out.filter((f) => f.x1 - f.x0 > 40 && f.y1 - f.y0 > 10);
}

/** Distinct positions, merging those closer than `tol`. */
function distinct(values: readonly number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    const last = group[group.length - 1];
    if (last !== undefined && v - last > tol) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

interface Grid {
  readonly xs: number[];
  readonly ys: number[];
  /** Is there a border between column c and c+1 in row r? */
  vBorder(r: number, c: number): boolean;
  /** Is there a border between row r and r+1 in column c? */
  hBorder(r: number, c: number): boolean;
}

function gridOf(frame: Frame): Grid | null {
  const v = frame.rulings.filter((r) => r.dir === 'v');
  const h = frame.rulings.filter((r) => r.dir === 'h');
  const xs = distinct([...v.map((r) => r.x0), frame.x0, frame.x1], 1.5);
  const ys = distinct([...h.map((r) => r.y0), frame.y0, frame.y1], 1.5);
  if (xs.length < 3 || ys.length < 2) return null;
  const covers = (rs: readonly Ruling[], along: 'x' | 'y', at: number, from: number, to: number): boolean => {
    const mid = (from + to) / 2;
    return rs.some((r) =>
      along === 'x'
        ? Math.abs(r.x0 - at) <= 1.5 && r.y0 <= mid + 0.5 && r.y1 >= mid - 0.5
        : Math.abs(r.y0 - at) <= 1.5 && r.x0 <= mid + 0.5 && r.x1 >= mid - 0.5,
    );
  };
  return {
    xs,
    ys,
    vBorder: (r, c) => covers(v, 'x', xs[c + 1] ?? 0, ys[r] ?? 0, ys[r + 1] ?? 0),
    hBorder: (r, c) => covers(h, 'y', ys[r + 1] ?? 0, xs[c] ?? 0, xs[c + 1] ?? 0),
  };
}

function locate(sorted: readonly number[], v: number): number {
  for (let i = 0; i + 1 < sorted.length; i++) if (v >= (sorted[i] ?? 0) && v < (sorted[i + 1] ?? 0)) return i;
  return -1;
}

/** Lines that belong around a table, not in it: its title, 部门/单位 line, 公开NN表, notes. */
const OUTSIDE_TABLE =
  /(?:表|情况表|明细表)$|^(?:编制|填报)?(?:部门|单位)(?:名称)?[:：]|^(?:金额)?单位[:：]|^公开\d+表$|^注[:：]|^备注[:：]|^说明[:：]/;

const NUMERIC = /^[-−–]?[\d,，]+(?:\.\d+)?%?$/;

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * A run that crosses a cell border — figures set edge to edge in neighbouring cells come as one text item with a
 * single space ("18,120,593.00 1,710,062.00", "371,514,655.00 一、一般公共服务支出") — split at the space nearest
 * each border it crosses. Character positions are interpolated, a CJK character counting twice a Latin one.
 */
function splitAtBorders(grid: Grid, run: TextRun): TextRun[] {
  if (!/\S\s\S/.test(run.text)) return [run];
  const r = locate(grid.ys, (run.top + run.bottom) / 2);
  if (r < 0) return [run];
  const chars = Array.from(run.text);
  const weights = chars.map((ch) => (WIDE.test(ch) ? 2 : 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const at: number[] = [0]; // x of each character's left edge
  for (const w of weights) at.push((at[at.length - 1] ?? 0) + ((run.x1 - run.x0) * w) / total);
  const cuts: number[] = [];
  for (let k = 1; k + 1 < grid.xs.length; k++) {
    const x = grid.xs[k] ?? 0;
    if (x <= run.x0 + 1 || x >= run.x1 - 1 || !grid.vBorder(r, k - 1)) continue;
    let best = -1;
    chars.forEach((ch, i) => {
      if (!/\s/.test(ch)) return;
      const d = Math.abs(run.x0 + (at[i] ?? 0) - x);
      if (best < 0 || d < Math.abs(run.x0 + (at[best] ?? 0) - x)) best = i;
    });
    if (best > 0 && !cuts.includes(best)) cuts.push(best);
  }
  if (cuts.length === 0) return [run];
  cuts.sort((a, b) => a - b);
  const out: TextRun[] = [];
  let from = 0;
  for (const cut of [...cuts, chars.length]) {
    const text = chars.slice(from, cut).join('').trim();
    if (text !== '') out.push({ ...run, text, x0: run.x0 + (at[from] ?? 0), x1: run.x0 + (at[cut] ?? 0) });
    from = cut + 1;
  }
  return out;
}

/** A frame's rows of cells on its grid; text inside the frame is consumed from `runs`. */
function frameLines(page: number, grid: Grid, runs: TextRun[]): { top: number; line: LayoutLine }[] {
  const rows = grid.ys.length - 1;
  const cols = grid.xs.length - 1;
  // Merged cells: each grid unit's root (top-left unit of its cell).
  const root: [number, number][][] = [];
  for (let r = 0; r < rows; r++) {
    const rowRoots: [number, number][] = [];
    for (let c = 0; c < cols; c++) {
      let rr = r;
      let cc = c;
      if (c > 0 && !grid.vBorder(r, c - 1)) [rr, cc] = rowRoots[c - 1] ?? [r, c];
      else if (r > 0 && !grid.hBorder(r - 1, c)) [rr, cc] = root[r - 1]?.[c] ?? [r, c];
      rowRoots.push([rr, cc]);
    }
    root.push(rowRoots);
  }
  const inCell = new Map<string, TextRun[]>();
  const rest: TextRun[] = [];
  for (const run of runs.flatMap((r) => splitAtBorders(grid, r))) {
    const cx = (run.x0 + run.x1) / 2;
    const cy = (run.top + run.bottom) / 2;
    const c = locate(grid.xs, cx);
    const r = locate(grid.ys, cy);
    if (c < 0 || r < 0) {
      rest.push(run);
      continue;
    }
    const [rr, cc] = root[r]?.[c] ?? [r, c];
    const key = `${rr},${cc}`;
    const list = inCell.get(key) ?? [];
    list.push(run);
    inCell.set(key, list);
  }
  runs.splice(0, runs.length, ...rest);
  reattachOverflow(grid, root, inCell);

  const out: { top: number; line: LayoutLine }[] = [];
  for (let r = 0; r < rows; r++) {
    const cellRuns: TextRun[][] = [];
    for (let c = 0; c < cols; c++) cellRuns.push(inCell.get(`${r},${c}`) ?? []);
    if (cellRuns.every((x) => x.length === 0)) continue;
    // A band without row borders holding several printed rows: split it by visual line when some column has
    // numbers on two lines.
    const bands = splitBand(cellRuns);
    for (const band of bands) {
      const filled = band.filter((list) => list.length > 0);
      const only = filled.length === 1 ? filled[0] : undefined;
      if (only) {
        // A title, "单位：万元" or note line drawn inside the frame reads as text, not as a table row.
        const lines = visualLines(only);
        const text = lines.map((l) => lineText(l)).join('');
        const bordered = Array.from({ length: cols - 1 }, (_, c) => grid.vBorder(r, c)).some(Boolean);
        const furniture = lines.filter((l) => {
          const t = lineText(l);
          return OUTSIDE_TABLE.test(t.replace(/\s+/g, '')) || splitMetaText(t).length > 1;
        }).length;
        if (!bordered || OUTSIDE_TABLE.test(text.replace(/\s+/g, '')) || furniture > 0) {
          // A title above its 部门/单位 line stays two lines, and so do the numbered items of a note; a note
          // wrapped over two lines is one.
          const pieces: TextRun[][] = [];
          for (const l of lines) {
            const t = lineText(l);
            const last = pieces[pieces.length - 1];
            const own = furniture >= 2 || OUTSIDE_TABLE.test(t.replace(/\s+/g, '')) || !continues(t);
            if (last && !own) last.push(...l);
            else pieces.push([...l]);
          }
          for (const l of pieces) {
            out.push({
              top: Math.min(...l.map((x) => x.top)),
              line: {
                kind: 'text',
                text: tightenCjk(
                  visualLines(l)
                    .map((v) => lineText(v))
                    .join(''),
                ),
                at: refOf(page, l),
              },
            });
          }
          continue;
        }
      }
      const cells: LayoutCell[] = band.map((list, c) => {
        const box: [number, number, number, number] = [
          round1(grid.xs[c] ?? 0),
          round1(grid.ys[r] ?? 0),
          round1(grid.xs[c + 1] ?? 0),
          round1(grid.ys[r + 1] ?? 0),
        ];
        if (list.length === 0) return { text: '', at: { page, bbox: box } };
        const text = tightenCjk(
          visualLines(list)
            .map((l) => lineText(l))
            .join(''),
        );
        return { text, at: refOf(page, list, bboxOf(list)) };
      });
      const all = band.flat();
      out.push({
        top: Math.min(...all.map((x) => x.top)),
        line: { kind: 'row', cells, at: refOf(page, all) },
      });
    }
  }
  return out;
}

/** Baseline of a run (its box is drawn 0.85 size above and 0.15 below it). */
const baseline = (r: TextRun): number => r.bottom - 0.15 * r.size;

/**
 * The last line of a wrapped cell that runs over its cell's bottom border (a header "采购组织形 / 式" set too large
 * for its row) lands, by its centre, in the row below. It goes back to the cell above when it crosses the border
 * between the two, follows that cell's text as the next line of a wrap, is not a figure, and sits a line above the
 * row's own text.
 */
function reattachOverflow(
  grid: Grid,
  root: readonly (readonly [number, number])[][],
  inCell: Map<string, TextRun[]>,
): void {
  for (let r = 1; r + 1 < grid.ys.length; r++) {
    const border = grid.ys[r] ?? 0;
    for (let c = 0; c + 1 < grid.xs.length; c++) {
      const [rr, cc] = root[r]?.[c] ?? [r, c];
      if (rr !== r || cc !== c) continue;
      const here = inCell.get(`${String(r)},${String(c)}`);
      const [ar, ac] = root[r - 1]?.[c] ?? [r - 1, c];
      const above = inCell.get(`${String(ar)},${String(ac)}`);
      if (!here || !above || (ar === r && ac === c)) continue;
      const rowLine = Math.max(
        ...Array.from({ length: grid.xs.length - 1 }, (_, k) => inCell.get(`${String(r)},${String(k)}`) ?? [])
          .flat()
          .filter((x) => !here.includes(x))
          .map(baseline),
      );
      const aboveBottom = Math.max(...above.map((x) => x.bottom));
      const moving = here.filter(
        (x) =>
          x.top < border - 1 &&
          x.bottom > border &&
          !NUMERIC.test(x.text.trim()) &&
          x.top - aboveBottom < 0.5 * x.size &&
          rowLine - baseline(x) > 0.3 * x.size,
      );
      if (moving.length === 0) continue;
      above.push(...moving);
      inCell.set(
        `${String(r)},${String(c)}`,
        here.filter((x) => !moving.includes(x)),
      );
    }
  }
}

function splitBand(cellRuns: TextRun[][]): TextRun[][][] {
  const lines = visualLines(cellRuns.flat());
  if (lines.length < 2) return [cellRuns];
  // Some column has numbers on two lines: rows printed without borders between them.
  const stacked = cellRuns.some((list) => {
    const numeric = list.filter((r) => NUMERIC.test(r.text.trim()));
    return visualLines(numeric).length >= 2;
  });
  if (!stacked) return [cellRuns];
  return lines.map((line) => {
    const set = new Set(line);
    return cellRuns.map((list) => list.filter((r) => set.has(r)));
  });
}

/** The first line of a table title: "公开09表：一般公共预算“三公”经费、会议费、培训费", a budget or 决算 title. */
const TITLE_START =
  /^(?:公开\d{1,2}表[：:]?|[一二三四五六七八九十]+、|\d{4}年).*(?:预算|决算).*(?:经费|费|支出|收入|情况|资金|收支)$/;
/** The rest of a wrapped title: a few words ending in 表 ("支出预算表"), not a part title or a table number. */
const TITLE_END =
  /^(?!公开\d|第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)[^\s，。；：:,]{1,12}表$/;

/** Part and section headings and list items (第三部分…, 五、…, （三）…, 3、…, (1)…). */
const HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))/;

const SECTION_HEADING =
  /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;

/** Can this line continue the one above (not a heading, list item or table title)? */
export function continues(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return !HEADING.test(text) && !OUTSIDE_TABLE.test(compact) && compact !== '目录';
}

/** Join a wrapped line to its continuation: no space between CJK characters, one between Latin words. */
export function joinWrapped(a: string, b: string): string {
  return /[A-Za-z\d%,.]$/.test(a) && /^[A-Za-z\d]/.test(b) ? `${a} ${b}` : a + b;
}

/** Page number or running header/footer text. */
const PAGE_NUMBER =
  /^(?:[-—–－一]\s*\d{1,4}\s*[-—–－一]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|\d{1,4})$/;

/** A 目录 entry's end: leader dots (…… ···· ....), then perhaps its page number. */
const TOC_LEADER = /(?:…{2,}|·{3,}|\.{4,}|．{3,})\s*\d*\s*$/;

/** Lay out one page; `openEnd` says its last line runs to the margin (its sentence goes on overleaf). */
export function layoutPage(input: PageInput): { lines: LayoutLine[]; openEnd: boolean } {
  const runs = splitRuns(input.runs);
  const placed: { top: number; line: LayoutLine }[] = [];
  for (const frame of frames(input.rulings)) {
    const grid = gridOf(frame);
    if (!grid) continue;
    const inside = runs.filter((r) => {
      const cx = (r.x0 + r.x1) / 2;
      const cy = (r.top + r.bottom) / 2;
      return cx >= frame.x0 && cx <= frame.x1 && cy >= frame.y0 && cy <= frame.y1;
    });
    // A box around a single line of text (a framed title or note) is not a table.
    if (inside.length === 0 || visualLines(inside).length < 2) continue;
    const consumed = [...inside];
    const lines = frameLines(input.page, grid, consumed);
    const left = new Set(consumed);
    for (const r of inside) {
      if (!left.has(r)) runs.splice(runs.indexOf(r), 1);
    }
    placed.push(...lines);
  }
  const texts: { box: [number, number, number, number]; size: number; text: string; runs: TextRun[] }[] = [];
  for (const line of visualLines(runs)) {
    const text = tightenCjk(lineText(line).trim());
    if (text === '') continue;
    const box = bboxOf(line);
    const inMargin = box[1] > input.height * 0.9 || box[3] < input.height * 0.08;
    if (inMargin && PAGE_NUMBER.test(text.replace(/\s+/g, ''))) continue;
    texts.push({ box, size: Math.max(...line.map((r) => r.size)), text, runs: line });
  }
  // A line that runs to the right margin continues on the next line (narrative wrapped by the page width): the
  // text reader then sees whole paragraphs, so list items and headings that wrap are not cut in two.
  const right = Math.max(0, ...texts.map((t) => t.box[2]));
  const left = Math.min(...texts.map((t) => t.box[0]));
  // Body text: the common size on the page (titles on a cover page are not paragraphs).
  const sizes = texts.map((t) => t.size).sort((x, y) => x - y);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const full = (t: (typeof texts)[number]): boolean =>
    texts.length >= 2 &&
    t.size <= body * 1.3 &&
    t.box[2] >= right - 2 * t.size &&
    !/[。！？!?]$/.test(t.text);
  // Paragraphs that open with a two-character indent: a full line ending in "。" still runs on when the next line
  // starts flush left.
  const indented = texts.filter((t) => t.box[0] > left + 1.5 * t.size && t.box[0] < left + 2.6 * t.size);
  const indentUsed = indented.length >= 2;
  // A heading too long for its line (set larger than the body) wraps its last words onto the next line.
  const headingWraps = (a: (typeof texts)[number], b: (typeof texts)[number]): boolean =>
    HEADING.test(a.text) &&
    !/[。：:；;）)]$/.test(a.text) &&
    a.box[2] >= right - 2 * a.size &&
    Array.from(b.text).length <= 12;
  // A table title too long for its line wraps its last words ("…会议费、培训费" / "支出预算表") right below it.
  const titleWraps = (a: (typeof texts)[number], b: (typeof texts)[number]): boolean =>
    TITLE_START.test(a.text) && !/表$|[。；]$/.test(a.text) && TITLE_END.test(b.text);
  // A section heading (一、… / （一）… / 第N部分) runs on only by its last few words, never into the body below it.
  const runsOn = (a: (typeof texts)[number], b: (typeof texts)[number]): boolean =>
    SECTION_HEADING.test(a.text)
      ? headingWraps(a, b)
      : full(a) ||
        (indentUsed &&
          a.box[2] >= right - 2 * a.size &&
          /[。！？!?]$/.test(a.text) &&
          b.box[0] <= left + 0.5 * b.size);
  for (let i = 0; i + 1 < texts.length; i++) {
    const a = texts[i];
    const b = texts[i + 1];
    if (!a || !b) continue;
    const title = titleWraps(a, b);
    if (!title && (!runsOn(a, b) || !continues(b.text))) continue;
    if (b.box[1] - a.box[3] > 1.2 * a.size) continue;
    // Body text continues at the left margin; a centred heading's or title's last words may sit anywhere.
    const headingTail = title || (HEADING.test(a.text) && Array.from(b.text).length <= 12);
    if (b.box[0] > left + 2.5 * b.size && !headingTail) continue;
    texts.splice(i, 2, {
      box: bboxOf([...a.runs, ...b.runs]),
      size: a.size,
      text: joinWrapped(a.text, b.text),
      runs: [...a.runs, ...b.runs],
    });
    i--;
  }
  for (const t of texts) {
    placed.push({
      top: t.box[1],
      line: { kind: 'text', text: t.text, at: refOf(input.page, t.runs, t.box) },
    });
  }
  placed.sort((a, b) => a.top - b.top);
  const lastText = texts[texts.length - 1];
  const last = placed[placed.length - 1];
  // Only a page of body text runs on overleaf (a cover's last line does not run into the 目录, nor a 目录 entry,
  // whose leader dots reach the margin, into the next page's heading).
  const openEnd =
    lastText !== undefined &&
    last?.line.kind === 'text' &&
    texts.length >= 5 &&
    full(lastText) &&
    !TOC_LEADER.test(lastText.text);
  // "公开02表  部门：某局  单位：万元" on one printed line: one line per item, as the text reader expects.
  const lines = placed.flatMap(({ line }): LayoutLine[] => {
    if (line.kind !== 'text') return [line];
    const pieces = splitMetaText(line.text);
    return pieces.length > 1 ? pieces.map((text) => ({ ...line, text })) : [line];
  });
  return { lines, openEnd };
}
