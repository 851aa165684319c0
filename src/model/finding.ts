/** Findings of the auditor (the JSON contract of `check --format json`). */
import { z } from 'zod';

export const Location = z.object({
  part: z.enum(['table', 'narrative', 'meta', 'perf']),
  /** Printed table number ("05") or the table kind when no number is printed. */
  table: z.string().nullable(),
  /** Row: "30201 办公费", "合计", "收入·总计". */
  row: z.string().nullable(),
  /** Column label as printed (header rows joined with "·"). */
  column: z.string().nullable(),
  /** Section heading for narrative locations. */
  section: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  endLine: z.number().int().positive().nullable(),
  column1: z.number().int().positive().nullable(),
  page: z.number().int().positive().nullable(),
  /** PDF: the region on the page, [x0, y0, x1, y1] in points from the top-left corner. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().optional(),
  /** The file, when the document was read from several. */
  file: z.string().nullable().optional(),
  /** Workbooks: "sheet!A1"; DOCX/HTML: "第3个表格第5行第2列", "第12段". */
  cell: z.string().nullable().optional(),
  /** OCR confidence (0–100) when the value was read from a scanned page. */
  confidence: z.number().nullable().optional(),
  excerpt: z.string().max(200).nullable(),
});
export type Location = z.infer<typeof Location>;

export const Severity = z.enum(['error', 'warning', 'note']);
export type Severity = z.infer<typeof Severity>;

/** Expected/actual: an amount in hundredths of the document unit, a count, or text. */
export const FindingValue = z.union([
  z.object({ amount: z.number().int() }),
  z.object({ percent: z.string() }),
  z.object({ count: z.number().int() }),
  z.object({ text: z.string() }),
]);
export type FindingValue = z.infer<typeof FindingValue>;

export const Finding = z.object({
  ruleId: z.string().regex(/^[A-Z]{1,2}-\d{2}$/),
  messageId: z.string(),
  severity: Severity,
  message: z.string(),
  locations: z.array(Location).min(1),
  expected: FindingValue.nullable(),
  actual: FindingValue.nullable(),
  fix: z.object({ description: z.string(), safe: z.boolean() }).nullable(),
  /** Findings that follow from the same wrong figure, folded into this one. */
  related: z.array(z.object({ ruleId: z.string(), message: z.string() })).optional(),
});
export type Finding = z.infer<typeof Finding>;

/** A rule that crashed: reported as a tool notification, never aborting the run. */
export const RuleFailure = z.object({ ruleId: z.string(), message: z.string() });
export type RuleFailure = z.infer<typeof RuleFailure>;
