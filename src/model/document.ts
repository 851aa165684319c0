/**
 * The document model (zod schemas and their types). Every reader — text now, PDF/DOCX/XLSX/HTML later — produces a
 * `Disclosure`; rules, reports and the generator read only this.
 */
import { z } from 'zod';

/**
 * Where a value came from. Text: 1-based line and code-point column range; PDF: page + bbox; workbook: sheet!cell;
 * DOCX/HTML: table + row + col for a table cell, paragraph for other text.
 */
export const SourceRef = z.object({
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
  /** The file, when a document was read from several (tables in one PDF, text in another). */
  file: z.string().optional(),
  /** OCR confidence 0–100 of a value read from a scanned page (absent for text layers). */
  confidence: z.number().min(0).max(100).optional(),
  /** DOCX/HTML: the n-th table of the document in reading order (1-based), with its row and grid column. */
  table: z.number().int().positive().optional(),
  row: z.number().int().positive().optional(),
  col: z.number().int().positive().optional(),
  /** DOCX/HTML: the n-th non-empty paragraph (block of text) outside tables (1-based). */
  paragraph: z.number().int().positive().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const TableKind = z.enum([
  'income-expenditure-summary', // 收入支出决算总表
  'income', // 收入决算表
  'expenditure', // 支出决算表
  'fiscal-summary', // 财政拨款收入支出决算总表
  'general-budget-expenditure', // 一般公共预算财政拨款支出决算表
  'general-budget-basic-expenditure', // 一般公共预算财政拨款基本支出决算(明细)表
  'three-public', // “三公”经费支出决算表
  'government-fund', // 政府性基金预算财政拨款收入支出决算表
  'state-capital', // 国有资本经营预算财政拨款(收入)支出决算表
  // 部门预算 / 单位预算 tables (Shanghai 部门财务收支预算总表…, Jiangsu 公开表一…, central 部门收支总表…)
  'budget-income-expenditure-summary', // 收支预算总表 · 财务收支预算总表 · 部门收支总表
  'budget-income', // 收入预算总表 · 部门收入总表
  'budget-expenditure', // 支出预算总表 · 部门支出总表
  'budget-fiscal-summary', // 财政拨款收支预算总表 · 财政拨款收支总表
  'budget-fiscal-expenditure', // 财政拨款支出预算表（功能科目）
  'budget-fiscal-basic-expenditure', // 财政拨款基本支出预算表（经济科目）
  'budget-general-expenditure', // 一般公共预算支出功能分类预算表 · 一般公共预算支出表
  'budget-general-basic-expenditure', // 一般公共预算基本支出（部门预算经济分类）预算表
  'budget-government-fund', // 政府性基金预算支出（功能分类）预算表
  'budget-state-capital', // 国有资本经营预算支出（功能分类）预算表
  'budget-three-public', // “三公”经费（和机关运行经费 / 会议费、培训费）预算表
  'budget-operating-cost', // 一般公共预算机关运行经费支出预算表
  'budget-procurement', // 政府采购预算表
]);
export type TableKind = z.infer<typeof TableKind>;

/** The nine 决算 tables (公开01–09表); every other kind is a budget table. */
export type FinalTableKind = Exclude<TableKind, `budget-${string}`>;
export type BudgetTableKind = Extract<TableKind, `budget-${string}`>;

export function isBudgetTableKind(kind: TableKind | null): kind is BudgetTableKind {
  return kind !== null && kind.startsWith('budget-');
}

export const CellKind = z.enum(['blank', 'number', 'dash', 'text']);

export const Cell = z.object({
  /** Printed column label, header rows joined with "·" (e.g. "决算数·公务接待费"). */
  column: z.string(),
  /** Logical column key for rules (e.g. "actual.reception"); null when the header was not recognised. */
  key: z.string().nullable(),
  raw: z.string(),
  kind: CellKind,
  /** Integer hundredths of the document unit (75.10 → 7510); null when blank, dash or text. */
  amount: z.number().int().nullable(),
  /** Decimal places as printed. */
  decimals: z.number().int().nonnegative(),
  at: SourceRef,
});
export type Cell = z.infer<typeof Cell>;

export const Side = z.enum(['income', 'expenditure']);
export type Side = z.infer<typeof Side>;

export const Row = z.object({
  /** Classification code as printed or rebuilt from 类|款|项 columns (3/5/7 digits functional, 3/5 economic). */
  code: z.string().nullable(),
  codeAt: SourceRef.nullable(),
  /** For 01/04 expenditure lines: the 类 code matched from the printed name (not printed). */
  classCode: z.string().nullable(),
  label: z.string(),
  /** 行次 as printed (decoration: never used to locate rows). */
  lineNo: z.string().nullable(),
  lineNoAt: SourceRef.nullable(),
  /** Two-sided tables (01, 04): which side the row belongs to. */
  side: Side.nullable(),
  /** 06 table: the side-by-side column group (1-based); 0 for the footer. */
  group: z.number().int().nonnegative().nullable(),
  cells: z.array(Cell),
  at: SourceRef,
});
export type Row = z.infer<typeof Row>;

export const Column = z.object({
  label: z.string(),
  key: z.string().nullable(),
  /** 栏次 as printed. */
  columnNo: z.string().nullable(),
  columnNoAt: SourceRef.nullable(),
  side: Side.nullable(),
  group: z.number().int().nonnegative().nullable(),
});
export type Column = z.infer<typeof Column>;

export const NoteKind = z.enum(['footnote', 'statement']);
export const TableNote = z.object({
  kind: NoteKind,
  text: z.string(),
  at: SourceRef,
  endLine: z.number().int().positive(),
});
export type TableNote = z.infer<typeof TableNote>;

export const Table = z.object({
  /** Printed number "01"…"09" (公开NN表 / 公开表一); null when not printed. */
  number: z.string().nullable(),
  numberAt: SourceRef.nullable(),
  kind: TableKind.nullable(),
  title: z.string(),
  titleAt: SourceRef,
  /** Text of the "部门：" line; "" when printed blank; null when the line is absent. */
  department: z.string().nullable(),
  departmentAt: SourceRef.nullable(),
  unit: z.string().nullable(),
  unitAt: SourceRef.nullable(),
  columns: z.array(Column),
  rows: z.array(Row),
  notes: z.array(TableNote),
  /** The "本表无数据" statement, when one is printed. */
  emptyStatement: TableNote.nullable(),
  /** Lines of header rows and 栏次 rows, including headers repeated after a page break. */
  headerLines: z.array(z.number().int().positive()),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Table = z.infer<typeof Table>;

/** Maps offsets of a joined text back to source positions. */
export const TextSegment = z.object({
  offset: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
  at: SourceRef,
});
export type TextSegment = z.infer<typeof TextSegment>;

export const PartKind = z.enum(['overview', 'tables', 'narrative', 'glossary', 'annex', 'other']);
export type PartKind = z.infer<typeof PartKind>;

export interface Section {
  /** Printed numbering: "一", "（一）", "1"… */
  number: string | null;
  heading: string;
  level: number;
  /** Body text, paragraphs joined by "\n"; lines broken mid-sentence are rejoined. */
  text: string;
  segments: TextSegment[];
  at: SourceRef;
  startLine: number;
  endLine: number;
  subsections: Section[];
}
export const Section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    number: z.string().nullable(),
    heading: z.string(),
    level: z.number().int().positive(),
    text: z.string(),
    segments: z.array(TextSegment),
    at: SourceRef,
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    subsections: z.array(Section),
  }),
);

export const Part = z.object({
  /** 1–5 for 第一部分…第五部分. */
  number: z.number().int().positive().nullable(),
  kind: PartKind,
  heading: z.string(),
  at: SourceRef,
  /** Text between the part heading and its first section (e.g. the 情况说明 title). */
  preamble: z.string(),
  sections: z.array(Section),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type Part = z.infer<typeof Part>;

export const TocEntry = z.object({ text: z.string(), level: z.number().int().positive(), at: SourceRef });
export type TocEntry = z.infer<typeof TocEntry>;

export const TermDefinition = z.object({ term: z.string(), definition: z.string(), at: SourceRef });
export type TermDefinition = z.infer<typeof TermDefinition>;

// ---- 绩效自评 tables ----

/** A value cell of a 自评表 (money or score). */
export const PerfValue = z.object({
  raw: z.string(),
  kind: CellKind,
  amount: z.number().int().nullable(),
  decimals: z.number().int().nonnegative(),
  at: SourceRef,
});
export type PerfValue = z.infer<typeof PerfValue>;

export const PerfMoneyRow = z.object({
  label: z.string(),
  initialBudget: PerfValue.nullable(), // 年初预算数
  adjustedBudget: PerfValue.nullable(), // 全年预算数
  executed: PerfValue.nullable(), // 全年执行数
  weight: PerfValue.nullable(), // 分值
  rate: PerfValue.nullable(), // 执行率
  score: PerfValue.nullable(), // 得分
  at: SourceRef,
});
export type PerfMoneyRow = z.infer<typeof PerfMoneyRow>;

export const PerfIndicatorRow = z.object({
  level1: z.string(), // 一级指标 (carried forward)
  level2: z.string(), // 二级指标 (carried forward)
  indicator: z.string(), // 三级指标
  target: z.string(), // 年度指标值
  actual: z.string(), // 实际完成值
  weight: PerfValue.nullable(), // 分值
  score: PerfValue.nullable(), // 得分
  deviationReason: z.string(), // 偏差原因分析及改进措施
  at: SourceRef,
});
export type PerfIndicatorRow = z.infer<typeof PerfIndicatorRow>;

export const PerfEvaluationKind = z.enum(['overall', 'project']);
export const PerfEvaluation = z.object({
  kind: PerfEvaluationKind,
  title: z.string(),
  at: SourceRef,
  /** Header fields as printed: 部门名称, 专项名称, 项目总投资… */
  header: z.record(z.string(), z.string()),
  money: z.array(PerfMoneyRow),
  objective: z.object({ planned: z.string(), achieved: z.string() }).nullable(),
  indicators: z.array(PerfIndicatorRow),
  total: z
    .object({
      weight: PerfValue.nullable(),
      score: PerfValue.nullable(),
      grade: z.string().nullable(),
      at: SourceRef,
    })
    .nullable(),
  notes: z.array(z.object({ text: z.string(), at: SourceRef })),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
});
export type PerfEvaluation = z.infer<typeof PerfEvaluation>;

// ---- the document ----

export const DocumentKind = z.enum([
  'final-accounts', // 部门决算
  'unit-final-accounts', // 单位决算
  'perf-self-eval-report', // 绩效自评报告
  'budget', // 部门预算
  'unit-budget', // 单位预算
  'unknown',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A 部门预算 or 单位预算: the 决算 rules do not apply to it. */
export function isBudgetDocument(kind: DocumentKind): boolean {
  return kind === 'budget' || kind === 'unit-budget';
}

export const MoneyUnit = z.enum(['万元', '元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

export const Meta = z.object({
  /** Department full name; "" when the document leaves it blank everywhere. */
  department: z.string(),
  year: z.number().int().nullable(),
  /** 部门 or 单位 (a 部门决算 consolidates units; a 单位决算 covers one). */
  entityKind: z.enum(['department', 'unit']).nullable(),
  kind: DocumentKind,
  unit: MoneyUnit.nullable(),
  tableOrder: z.enum(['old', 'new']).nullable(),
  title: z.string(),
  titleAt: SourceRef.nullable(),
});
export type Meta = z.infer<typeof Meta>;

export const Warning = z.object({ code: z.string(), message: z.string(), at: SourceRef.nullable() });
export type Warning = z.infer<typeof Warning>;

export const SourceFormat = z.enum(['text', 'pdf', 'docx', 'xlsx', 'xls', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Disclosure = z.object({
  source: z.object({
    file: z.string(),
    format: SourceFormat,
    encoding: z.string(),
    lineCount: z.number().int(),
    /**
     * The decoded source lines (for excerpts in findings). For PDF, DOCX, XLSX and HTML these are the lines the
     * reader laid out (table rows tab-separated), and `origins` maps each back to its page region or cell.
     */
    lines: z.array(z.string()),
    /** Per line (same index as `lines`): where it is in the original file; absent for plain text. */
    origins: z.array(SourceRef.nullable()).optional(),
    /** Pages (PDF) or sheets (workbooks) read. */
    pages: z.number().int().nonnegative().optional(),
    /** Other files read into the same document (a PDF of tables plus a PDF of text). */
    files: z.array(z.string()).optional(),
  }),
  meta: Meta,
  toc: z.array(TocEntry),
  tables: z.array(Table),
  parts: z.array(Part),
  terms: z.array(TermDefinition),
  perfEvaluations: z.array(PerfEvaluation),
  warnings: z.array(Warning),
});
export type Disclosure = z.infer<typeof Disclosure>;
