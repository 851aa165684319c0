import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ruling } from './graphics.ts';
import {
  layoutPage,
  lineText,
  normalizeRadicals,
  splitRuns,
  tightenCjk,
  visualLines,
  type TextRun,
} from './page.ts';

/** A run at (x, baseline) in points, 12 pt, one character = 12 pt wide (digits 6 pt). */
function run(text: string, x: number, baseline: number, size = 12): TextRun {
  const width = Array.from(text).reduce((w, ch) => w + (/[\d.,%]/.test(ch) ? size / 2 : size), 0);
  return { text, x0: x, x1: x + width, top: baseline - size * 0.85, bottom: baseline + size * 0.15, size };
}

/** Each laid-out line as printed: a row's cells joined with "|", a text line as it is. */
const printed = (lines: ReturnType<typeof layoutPage>['lines']): string[] =>
  lines.map((l) => (l.kind === 'row' ? l.cells.map((c) => c.text).join('|') : l.text));

/** Rulings of a grid with the given column and row edges (full borders). */
function grid(xs: number[], ys: number[]): Ruling[] {
  const x0 = xs[0] ?? 0;
  const x1 = xs[xs.length - 1] ?? 0;
  const y0 = ys[0] ?? 0;
  const y1 = ys[ys.length - 1] ?? 0;
  return [
    ...ys.map((y): Ruling => ({ x0, x1, y0: y, y1: y, dir: 'h' })),
    ...xs.map((x): Ruling => ({ x0: x, x1: x, y0, y1, dir: 'v' })),
  ];
}

describe('visual lines', () => {
  it('keeps digits set 4.8 pt below the label baseline on the label line', () => {
    const lines = visualLines([
      run('年初预算为', 72, 100),
      run('1560.05', 132, 104.8),
      run('万元', 175, 100),
    ]);
    expect(lines).toHaveLength(1);
    expect(lineText(lines[0] ?? [])).toBe('年初预算为1560.05万元');
  });

  it('separates lines one line-height apart', () => {
    expect(visualLines([run('第一行', 72, 100), run('第二行', 72, 118)])).toHaveLength(2);
  });

  it('splits a run holding several space-separated columns', () => {
    const parts = splitRuns([{ ...run('201  一般公共服务支出  75.10', 72, 100) }]);
    expect(parts.map((p) => p.text)).toEqual(['201', '一般公共服务支出', '75.10']);
  });
});

describe('tightenCjk', () => {
  it('drops the spaces a PDF sets around figures in Chinese text', () => {
    expect(tightenCjk('年初预算为 0 万元，增长 13.95%，2024 年度')).toBe(
      '年初预算为0万元，增长13.95%，2024年度',
    );
  });

  it('keeps column gaps and Latin word spaces, and is idempotent', () => {
    expect(tightenCjk('单位：万元  部门：某局')).toBe('单位：万元  部门：某局');
    expect(tightenCjk('一般公共预算财 政拨款')).toBe('一般公共预算财政拨款');
    expect(tightenCjk('ONLYOFFICE 8.0')).toBe('ONLYOFFICE 8.0');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('为', ' ', '1', '.', '万', 'a', '%', '，') }), (s) => {
        const once = tightenCjk(s);
        expect(tightenCjk(once)).toBe(once);
        expect(once.replace(/\s/g, '')).toBe(s.replace(/\s/g, ''));
      }),
    );
  });
});

describe('layoutPage', () => {
  const page = { page: 3, width: 595, height: 842 };

  it('reads a bordered table as rows of cells, keeping empty cells and the page region of each value', () => {
    const xs = [60, 120, 300, 400, 500];
    const ys = [100, 120, 140, 160];
    const runs = [
      run('收入决算表', 250, 80, 16),
      run('科目编码', 62, 114),
      run('科目名称', 180, 114),
      run('合计', 340, 114),
      run('财政拨款', 420, 114),
      run('201', 62, 134),
      run('一般公共服务支出', 125, 134),
      run('75.10', 370, 134),
      run('2010101', 62, 154),
      run('行政运行', 125, 154),
      run('75.10', 370, 154),
      run('75.10', 470, 154),
    ];
    const { lines } = layoutPage({ ...page, runs, rulings: grid(xs, ys) });
    expect(lines.map((l) => (l.kind === 'text' ? l.text : l.cells.map((c) => c.text).join('|')))).toEqual([
      '收入决算表',
      '科目编码|科目名称|合计|财政拨款',
      '201|一般公共服务支出|75.10|',
      '2010101|行政运行|75.10|75.10',
    ]);
    const last = lines[3];
    expect(last?.kind).toBe('row');
    if (last?.kind === 'row') {
      expect(last.cells[3]?.at.page).toBe(3);
      expect(last.cells[3]?.at.bbox?.[0]).toBeGreaterThanOrEqual(400);
    }
  });

  it('places a merged header cell at the first column of its span', () => {
    // Header row 1: "收入" spans columns 1–2 (no border between them), row 2 has one label per column.
    const ys = [100, 120, 140, 160];
    const rulings: Ruling[] = [
      ...ys.map((y): Ruling => ({ x0: 60, x1: 360, y0: y, y1: y, dir: 'h' })),
      { x0: 60, x1: 60, y0: 100, y1: 160, dir: 'v' },
      { x0: 160, x1: 160, y0: 100, y1: 160, dir: 'v' },
      { x0: 260, x1: 260, y0: 120, y1: 160, dir: 'v' },
      { x0: 360, x1: 360, y0: 100, y1: 160, dir: 'v' },
    ];
    const runs = [
      run('项目', 62, 114),
      run('收入', 250, 114),
      run('名称', 62, 134),
      run('本年', 165, 134),
      run('上年', 265, 134),
      run('合计', 62, 154),
      run('1.00', 200, 154),
      run('2.00', 300, 154),
    ];
    const { lines } = layoutPage({ ...page, runs, rulings });
    const rows = lines.flatMap((l) => (l.kind === 'row' ? [l.cells.map((c) => c.text)] : []));
    expect(rows[0]).toEqual(['项目', '收入', '']);
    expect(rows[2]).toEqual(['合计', '1.00', '2.00']);
  });

  it('splits a band without row borders when a column has figures on two lines', () => {
    const xs = [60, 200, 300];
    const ys = [100, 160];
    const runs = [run('甲', 62, 120), run('1.00', 250, 120), run('乙', 62, 140), run('2.00', 250, 140)];
    const { lines } = layoutPage({ ...page, runs, rulings: grid(xs, ys) });
    expect(printed(lines)).toEqual(['甲|1.00', '乙|2.00']);
  });

  it('gives the wrapped last line of a header cell that overflows its border back to the header', () => {
    // A 17 pt header in a 27 pt row: "采购组织形 / 式" — the "式" crosses the border into the 合计 row.
    const xs = [40, 160, 300, 480];
    const ys = [80, 107, 134, 161];
    const runs = [
      run('采购品目', 45, 98, 17),
      run('采购组织形', 165, 97, 17),
      run('式', 200, 117, 17),
      run('总计', 305, 98, 17),
      run('合计', 45, 126, 17),
      run('1,422.50', 305, 123, 9),
      run('一、货物', 45, 151, 11),
      run('84.00', 305, 151, 11),
    ];
    const { lines } = layoutPage({ ...page, runs, rulings: grid(xs, ys) });
    expect(printed(lines)).toEqual(['采购品目|采购组织形式|总计', '合计||1,422.50', '一、货物||84.00']);
  });

  it('keeps a label set high in its own row, on the line of its figures, in that row', () => {
    // Cramped rows: the label's box crosses its top border, but it is on the row's own line.
    const xs = [40, 160, 300];
    const ys = [80, 94, 108];
    const runs = [run('项目', 45, 91), run('金额', 165, 91), run('合计', 45, 103.5), run('5.00', 165, 103.5)];
    const { lines } = layoutPage({ ...page, runs, rulings: grid(xs, ys) });
    expect(printed(lines)).toEqual(['项目|金额', '合计|5.00']);
  });

  it('drops page numbers and joins narrative lines wrapped at the right margin', () => {
    const para = (y: number, text: string, x = 72): TextRun => run(text, x, y);
    const runs = [
      para(100, '一、收入支出决算总体情况说明'),
      para(120, '某局2024年度收入、支出决算总计均为', 96),
      para(138, '100.00万元。'),
      para(160, '二、收入决算情况说明'),
      para(180, '本年收入合计100.00万元。', 96),
      run('- 3 -', 280, 820),
    ];
    const { lines } = layoutPage({ ...page, runs, rulings: [] });
    expect(lines.map((l) => (l.kind === 'text' ? l.text : ''))).toEqual([
      '一、收入支出决算总体情况说明',
      '某局2024年度收入、支出决算总计均为100.00万元。',
      '二、收入决算情况说明',
      '本年收入合计100.00万元。',
    ]);
  });
});

describe('normalizeRadicals', () => {
  it('joins a table title wrapped over two lines, and only a title', () => {
    const texts = [
      '公开09表：一般公共预算“三公”经费、会议费、培训费',
      '支出预算表',
      '二、部门预算安排的一般公共预算支出',
      '公开05表',
      '二、机构设置及决算单位构成',
      '第二部分部门决算表',
      '本部门2024年度决算收入合计100.00万元。',
      '支出决算表',
    ];
    const { lines } = layoutPage({
      page: 1,
      width: 595,
      height: 842,
      runs: texts.map((t, i) => run(t, 72, 100 + 18 * i)),
      rulings: [],
    });
    expect(lines.map((l) => (l.kind === 'text' ? l.text : ''))).toEqual([
      '公开09表：一般公共预算“三公”经费、会议费、培训费支出预算表',
      '二、部门预算安排的一般公共预算支出',
      '公开05表',
      '二、机构设置及决算单位构成',
      '第二部分部门决算表',
      '本部门2024年度决算收入合计100.00万元。',
      '支出决算表',
    ]);
  });

  it('reads radical code points as the ideographs they print', () => {
    expect(normalizeRadicals('⼀般公共预算财政拨款⽀出，部⻔：⻘山县')).toBe(
      '一般公共预算财政拨款支出，部门：青山县',
    );
    expect(normalizeRadicals('（类）２０２４')).toBe('（类）２０２４');
  });
});
