/**
 * Scanned pages: the page is rendered, its table lines found in the picture, and its text read by the Debian
 * `tesseract` command with the chi_sim data (offline). Every word keeps OCR's confidence, so a finding on it says
 * the figure was read from a scan. Without tesseract or its Chinese data the reader says so and goes on.
 */
import { execFile, spawn } from 'node:child_process';
import type { Ruling } from './graphics.ts';
import type { TextRun } from './page.ts';

/** Is tesseract with Simplified Chinese installed? (Checked once.) */
let available: Promise<boolean> | null = null;
export function ocrAvailable(): Promise<boolean> {
  available ??= new Promise((resolve) => {
    execFile('tesseract', ['--list-langs'], { timeout: 10_000 }, (err, stdout, stderr) => {
      resolve(!err && /\bchi_sim\b/.test(`${stdout}${stderr}`));
    });
  });
  return available;
}

export interface OcrResult {
  readonly runs: TextRun[];
  /** Mean confidence of the words read (0–100). */
  readonly confidence: number;
}

/** Read the words of a page image; positions converted to points with `scale` (pixels per point). */
export function ocrImage(png: Uint8Array, scale: number, timeoutMs = 120_000): Promise<OcrResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('tesseract', ['stdin', 'stdout', '-l', 'chi_sim', '--psm', '6', 'tsv'], {
      // one thread: several times faster than OpenMP on two cores (notes/toolchain.md)
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('OCR timed out'));
    }, timeoutMs);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`tesseract exited with ${String(code)}`));
        return;
      }
      resolve(parseTsv(Buffer.concat(chunks).toString('utf8'), scale));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(Buffer.from(png));
  });
}

/**
 * tesseract's TSV (level 5 = a word): left, top, width, height in pixels, conf, text. Chinese comes out with a
 * space between characters; words of one line are merged into runs where they touch.
 */
export function parseTsv(tsv: string, scale: number): OcrResult {
  const words: {
    text: string;
    x0: number;
    x1: number;
    top: number;
    bottom: number;
    conf: number;
    line: string;
  }[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const f = row.split('\t');
    if (f[0] !== '5' || f.length < 12) continue;
    const text = (f[11] ?? '').trim();
    const conf = Number(f[10]);
    if (text === '' || !Number.isFinite(conf) || conf < 0) continue;
    const left = Number(f[6]);
    const top = Number(f[7]);
    const width = Number(f[8]);
    const height = Number(f[9]);
    words.push({
      text,
      x0: left / scale,
      x1: (left + width) / scale,
      top: top / scale,
      bottom: (top + height) / scale,
      conf,
      line: `${f[2] ?? ''}.${f[3] ?? ''}.${f[4] ?? ''}`,
    });
  }
  const runs: TextRun[] = [];
  for (const w of words) {
    const prev = runs[runs.length - 1];
    const size = Math.max(4, w.bottom - w.top);
    const last = words[words.indexOf(w) - 1];
    // characters of one word group, set closer than half a character: one run
    if (prev && last?.line === w.line && w.x0 - prev.x1 < size * 0.5) {
      runs[runs.length - 1] = {
        ...prev,
        text: prev.text + w.text,
        x1: w.x1,
        top: Math.min(prev.top, w.top),
        bottom: Math.max(prev.bottom, w.bottom),
        confidence: Math.min(prev.confidence ?? 100, w.conf),
      };
    } else {
      runs.push({ text: w.text, x0: w.x0, x1: w.x1, top: w.top, bottom: w.bottom, size, confidence: w.conf });
    }
  }
  const confidence = words.length ? words.reduce((s, w) => s + w.conf, 0) / words.length : 0;
  return { runs, confidence };
}

/** The shortest vertical line looked at (points). */
const SHORT_VERTICAL = 6;

/**
 * Table lines of a page image: runs of dark pixels at least `minLength` points long, horizontal and vertical,
 * in points. `rgba` is the canvas pixel data (4 bytes a pixel).
 */
export function imageRulings(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  scale: number,
  minLength = 30,
  minVertical = 14,
): Ruling[] {
  const dark = (x: number, y: number): boolean => {
    const i = (y * width + x) * 4;
    // grey borders (#999) count as lines; light cell shading (#eee) does not
    return (rgba[i] ?? 255) + (rgba[i + 1] ?? 255) + (rgba[i + 2] ?? 255) < 3 * 180;
  };
  const out: Ruling[] = [];
  const collect = (horizontal: boolean): void => {
    // Column borders of a one-line cell are short (kept below only when they join two table lines).
    const min = Math.round((horizontal ? minLength : SHORT_VERTICAL) * scale);
    const outer = horizontal ? height : width;
    const inner = horizontal ? width : height;
    let previous: { from: number; to: number; at: number }[] = [];
    for (let a = 0; a < outer; a++) {
      const current: { from: number; to: number; at: number }[] = [];
      let start = -1;
      for (let b = 0; b <= inner; b++) {
        const on = b < inner && (horizontal ? dark(b, a) : dark(a, b));
        if (on && start < 0) start = b;
        if (!on && start >= 0) {
          if (b - start >= min) current.push({ from: start, to: b, at: a });
          start = -1;
        }
      }
      // a line drawn several pixels thick is one ruling: keep the first pixel row of each
      for (const seg of current) {
        if (
          previous.some((p) => Math.abs(p.from - seg.from) < 3 * scale && Math.abs(p.to - seg.to) < 3 * scale)
        )
          continue;
        const at = (seg.at + 0.5) / scale;
        out.push(
          horizontal
            ? { x0: seg.from / scale, x1: seg.to / scale, y0: at, y1: at, dir: 'h' }
            : { x0: at, x1: at, y0: seg.from / scale, y1: seg.to / scale, dir: 'v' },
        );
      }
      previous = current;
    }
  };
  collect(true);
  collect(false);
  // A short vertical (the border of a one-line cell) counts only when it runs from one table line to another;
  // a character's stroke does not.
  const horizontals = out.filter((r) => r.dir === 'h');
  const touches = (y: number, x: number): boolean =>
    horizontals.some((h) => Math.abs(h.y0 - y) <= 2.5 && x >= h.x0 - 2 && x <= h.x1 + 2);
  return out.filter(
    (r) => r.dir === 'h' || r.y1 - r.y0 >= minVertical || (touches(r.y0, r.x0) && touches(r.y1, r.x0)),
  );
}

/**
 * Paint table lines white (in place) so that OCR reads the cells' text instead of guessing at borders; `pad` pixels
 * either side of each line.
 */
export function eraseRulings(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  rulings: readonly Ruling[],
  scale: number,
  pad = 3,
): void {
  for (const r of rulings) {
    const x0 = Math.max(0, Math.floor(r.x0 * scale) - pad);
    const x1 = Math.min(width - 1, Math.ceil(r.x1 * scale) + pad);
    const y0 = Math.max(0, Math.floor(r.y0 * scale) - pad);
    const y1 = Math.min(height - 1, Math.ceil(r.y1 * scale) + pad);
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const i = (y * width + x) * 4;
        rgba[i] = 255;
        rgba[i + 1] = 255;
        rgba[i + 2] = 255;
      }
    }
  }
}

/**
 * OCR may read across a cell border (the border was erased): split such a run at every vertical table line it
 * crosses, the characters shared out by position; border remnants read as quote marks or bars at a cut are dropped.
 */
export function splitAtRulings(runs: readonly TextRun[], rulings: readonly Ruling[]): TextRun[] {
  const verticals = rulings.filter((r) => r.dir === 'v');
  return runs.flatMap((run) => {
    const mid = (run.top + run.bottom) / 2;
    const cuts = verticals
      .filter((v) => v.x0 > run.x0 + 1 && v.x0 < run.x1 - 1 && v.y0 <= mid && v.y1 >= mid)
      .map((v) => v.x0)
      .sort((a, b) => a - b);
    if (cuts.length === 0) return [run];
    const chars = Array.from(run.text);
    const per = (run.x1 - run.x0) / Math.max(1, chars.length);
    const pieces: TextRun[] = [];
    let from = 0;
    let left = run.x0;
    for (const cut of [...cuts, run.x1]) {
      const to = Math.min(chars.length, Math.max(from, Math.round((cut - run.x0) / per)));
      const text = chars
        .slice(from, to)
        .join('')
        .replace(/^[”“"'|丨｜]+|[”“"'|丨｜]+$/g, '')
        .trim();
      if (text !== '') pieces.push({ ...run, text, x0: left, x1: cut });
      from = to;
      left = cut;
    }
    return pieces;
  });
}
