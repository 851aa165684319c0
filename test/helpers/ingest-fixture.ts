/**
 * One small disclosure for the DOCX, workbook and HTML reader tests: a 收入决算表 with a merged two-row header
 * (项目 over two columns, three columns merged down), continued in a second table (or sheet) that repeats the
 * header, and its note. Each reader test builds it in its format; it must read exactly as its text version.
 */
import { InputError } from '../../src/ingest/errors.ts';
import type { Disclosure } from '../../src/model/document.ts';

export interface HeaderCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export const MINI = {
  title: '2021年度示例局部门决算',
  tableTitle: '收入决算表',
  number: '公开02表',
  department: '部门：示例局',
  unit: '单位：万元',
  /** Header rows as printed, cells with their spans (grid positions under a span are not listed). */
  header: [
    [
      { text: '项 目', colSpan: 2 },
      { text: '本年收入合计', rowSpan: 2 },
      { text: '财政拨款收入', rowSpan: 2 },
      { text: '其他收入', rowSpan: 2 },
    ],
    [{ text: '功能分类科目编码' }, { text: '科目名称' }],
    [{ text: '栏次' }, { text: '' }, { text: '1' }, { text: '2' }, { text: '3' }],
  ] as readonly (readonly HeaderCell[])[],
  /** Body rows of the first table and of its continuation. */
  first: [
    ['合计', '', '1,234.50', '1,200.00', '34.50'],
    ['201', '一般公共服务支出', '1,000.00', '1,000.00', ''],
    ['20101', '人大事务', '1,000.00', '1,000.00', ''],
    ['2010101', '行政运行', '1,000.00', '1,000.00', ''],
  ],
  second: [
    ['213', '农林水支出', '234.50', '200.00', '34.50'],
    ['21301', '农业农村', '234.50', '200.00', '34.50'],
    ['2130101', '行政运行', '234.50', '200.00', '34.50'],
  ],
  note: '注：本表反映部门本年度取得的各项收入情况。',
} as const;

/** Columns that hold amounts (0-based). */
export const AMOUNT_COLUMNS = [2, 3, 4];

/** The header as grid rows of text: a spanned cell's text at its first position, blanks for the rest. */
export function headerGrid(): string[][] {
  const rows: string[][] = MINI.header.map(() => []);
  MINI.header.forEach((cells, r) => {
    let c = 0;
    const row = rows[r] ?? [];
    for (const cell of cells) {
      while (row[c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const target = rows[r + dr];
          if (target) target[c + dc] = dr === 0 && dc === 0 ? cell.text : '';
        }
      c += cell.colSpan ?? 1;
    }
  });
  return rows.map((r) => Array.from({ length: 5 }, (_, i) => r[i] ?? ''));
}

/** The same disclosure as text (the seed layout: tab-separated rows). */
export function miniText(): string {
  const table = (rows: readonly (readonly string[])[]): string[] => [
    ...headerGrid().map((r) => r.join('\t')),
    ...rows.map((r) => r.join('\t')),
  ];
  return [
    MINI.title,
    '',
    MINI.tableTitle,
    MINI.number,
    MINI.department,
    MINI.unit,
    ...table(MINI.first),
    ...table(MINI.second),
    MINI.note,
    '',
  ].join('\n');
}

/** The figures of a parsed document, independent of how they were printed: table, row, column → amount. */
export function figures(doc: Disclosure): string[] {
  return doc.tables.flatMap((t) =>
    t.rows.map(
      (r) =>
        `${t.number ?? '?'} ${t.kind ?? '?'} ${r.code ?? ''} ${r.label} | ${r.cells
          .map((c) => `${c.column}=${c.kind}:${String(c.amount)}`)
          .join(' ')}`,
    ),
  );
}

/** The table-level facts of a parsed document. */
export function tableFacts(doc: Disclosure): { meta: unknown; tables: unknown[] } {
  return {
    meta: { ...doc.meta, titleAt: null },
    tables: doc.tables.map((t) => ({
      number: t.number,
      kind: t.kind,
      title: t.title,
      department: t.department,
      unit: t.unit,
      columns: t.columns.map((c) => c.label),
      notes: t.notes.map((n) => n.text),
    })),
  };
}

/**
 * Flip bytes of a valid file and parse it: anything but an `InputError` (or a result) is a failure, and so is a
 * run slower than `ms`.
 */
export async function survivesMutation(
  parse: (bytes: Uint8Array) => Promise<unknown>,
  bytes: Uint8Array,
  flips: readonly { at: number; value: number }[],
  ms = 20_000,
): Promise<void> {
  const copy = new Uint8Array(bytes);
  for (const f of flips) copy[f.at % copy.length] = f.value;
  const started = Date.now();
  try {
    await parse(copy);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
  const took = Date.now() - started;
  if (took > ms) throw new Error(`took ${String(took)} ms`);
}
