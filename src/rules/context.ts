/** What a rule sees besides the document: reporting, tolerances and location helpers. */
import { formatHundredths } from '../model/amount.ts';
import type { Cell, Disclosure, Row, SourceRef, Table } from '../model/document.ts';
import type { Finding, FindingValue, Location, Severity } from '../model/finding.ts';
import { rowName, tableName } from '../model/query.ts';

/** A message argument: text, a count, or an amount (formatted by the engine in the document unit). */
export type MessageArg = string | number | { readonly amount: number };

export interface ReportInput<Id extends string> {
  readonly messageId: Id;
  readonly data?: Readonly<Record<string, MessageArg>>;
  readonly expected?: FindingValue | null;
  readonly actual?: FindingValue | null;
  /** Primary location first. */
  readonly locations: readonly Location[];
  readonly severity?: Severity;
  readonly fix?: { readonly description: string; readonly safe: boolean } | null;
}

/** A 尾数差: the total as printed, the parts added up, the gap and the tolerance, and where they are. */
export interface RoundingNoteInput {
  readonly lhs: string;
  readonly rhs: string;
  readonly total: number;
  readonly sum: number;
  readonly tolerance: string;
  readonly locations: readonly Location[];
}

export interface Tolerances {
  /** Emit a note for sums within the rounding tolerance (尾数差); default off. */
  readonly roundingNotes: boolean;
}

export interface RuleContext<Id extends string = string> {
  readonly doc: Disclosure;
  /** Last year's disclosure of the same department, when it was given too (cross-year rules). */
  readonly previous: Disclosure | null;
  /**
   * The same department's document of the same year and the other kind, when it was given too: the 决算 for a
   * stand-alone 绩效自评报告/自评表, or that report for the 决算 (P rules compare 自评表 money with the 决算 tables).
   */
  readonly companion: Disclosure | null;
  readonly tolerances: Tolerances;
  report(input: ReportInput<Id>): void;
  /** The same figure printed twice must match exactly. */
  sameAmount(a: number, b: number): boolean;
  /** A total against the sum of n separately rounded parts: |gap| ≤ 0.005·(n+1) of the unit. */
  withinRounding(total: number, sum: number, parts: number): boolean;
  /**
   * A total that differs from its parts only within the rounding tolerance (尾数差, rules.md §9.2): not a finding,
   * but a note when the user asks for rounding notes (`tolerances.roundingNotes`); otherwise nothing.
   */
  roundingNote(input: RoundingNoteInput): void;
  cellAt(table: Table, row: Row, cell: Cell): Location;
  rowAt(table: Table, row: Row): Location;
  tableAt(table: Table): Location;
  metaAt(ref: SourceRef | null, excerpt?: string): Location;
}

export function excerptOf(doc: Disclosure, ref: SourceRef | null | undefined): string | null {
  const line = ref?.line ? doc.source.lines[ref.line - 1] : undefined;
  if (line === undefined) return null;
  const text = line.replace(/\t+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * Where a reference is in a file without pages: a workbook cell ("公开01表!B7"), a DOCX/HTML table cell
 * ("第3个表格第5行第2列") or row, or a paragraph ("第12段"); null for text and PDF references.
 */
export function originCell(at: SourceRef): string | null {
  if (at.sheet && at.cell) return `${at.sheet}!${at.cell}`;
  if (at.table !== undefined) {
    const row = at.row !== undefined ? `第${String(at.row)}行` : '';
    const col = at.row !== undefined && at.col !== undefined ? `第${String(at.col)}列` : '';
    return `第${String(at.table)}个表格${row}${col}`;
  }
  if (at.paragraph !== undefined) return `第${String(at.paragraph)}段`;
  return null;
}

/** The page region or cell of a reference that has one (PDF, DOCX, workbook and HTML readers). */
export function originFields(
  at: SourceRef,
): Pick<Location, 'page' | 'bbox' | 'cell' | 'confidence' | 'file'> {
  return {
    file: at.file ?? null,
    page: at.page ?? null,
    bbox: at.bbox ?? null,
    cell: originCell(at),
    confidence: at.confidence ?? null,
  };
}

function baseLocation(): Omit<Location, 'part'> {
  return {
    table: null,
    row: null,
    column: null,
    section: null,
    line: null,
    endLine: null,
    column1: null,
    page: null,
    excerpt: null,
  };
}

export function locationHelpers(
  doc: Disclosure,
): Pick<RuleContext, 'cellAt' | 'rowAt' | 'tableAt' | 'metaAt'> {
  return {
    cellAt: (t, r, c) => ({
      ...baseLocation(),
      part: 'table',
      table: t.number ?? t.kind,
      row: rowName(r),
      column: c.column,
      line: c.at.line ?? r.at.line ?? null,
      column1: c.at.column ?? null,
      ...originFields(c.at),
      excerpt: excerptOf(doc, c.at.line ? c.at : r.at),
    }),
    rowAt: (t, r) => ({
      ...baseLocation(),
      part: 'table',
      table: t.number ?? t.kind,
      row: rowName(r),
      line: r.at.line ?? null,
      excerpt: excerptOf(doc, r.at),
    }),
    tableAt: (t) => ({
      ...baseLocation(),
      part: 'table',
      table: t.number ?? t.kind,
      row: null,
      line: t.titleAt.line ?? null,
      excerpt: `${tableName(t)} ${t.title}`,
    }),
    metaAt: (ref, excerpt) => ({
      ...baseLocation(),
      part: 'meta',
      line: ref?.line ?? null,
      excerpt: excerpt ?? excerptOf(doc, ref),
    }),
  };
}

export function renderMessage(template: string, data: Readonly<Record<string, MessageArg>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const v = data[key];
    if (v === undefined) return whole;
    if (typeof v === 'object') return formatHundredths(v.amount);
    return String(v);
  });
}

export function valueArg(v: FindingValue | null | undefined): MessageArg | undefined {
  if (!v) return undefined;
  if ('amount' in v) return { amount: v.amount };
  if ('percent' in v) return `${v.percent}%`;
  if ('count' in v) return v.count;
  return v.text;
}

export type { Finding };
