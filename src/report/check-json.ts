/** `check --format json`: the fixed interface. Amounts as decimals in the document unit. */
import { hundredthsToNumber } from '../model/amount.ts';
import type { Finding, FindingValue } from '../model/finding.ts';
import type { CheckedDocument } from './types.ts';

function value(v: FindingValue | null): number | string | null {
  if (!v) return null;
  if ('amount' in v) return hundredthsToNumber(v.amount);
  if ('count' in v) return v.count;
  if ('percent' in v) return `${v.percent}%`;
  return v.text;
}

function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    locations: f.locations.map((l) => ({
      part: l.part,
      table: l.table,
      row: l.row,
      column: l.column,
      section: l.section,
      line: l.line,
      page: l.page,
      ...(l.bbox ? { bbox: l.bbox } : {}),
      ...(l.cell ? { cell: l.cell } : {}),
      ...(l.file ? { file: l.file } : {}),
      ...(l.confidence !== null && l.confidence !== undefined ? { confidence: l.confidence } : {}),
      excerpt: l.excerpt,
    })),
    expected: value(f.expected),
    actual: value(f.actual),
    fix: f.fix?.description ?? null,
    ...(f.related && f.related.length > 0 ? { related: f.related } : {}),
  };
}

export function checkToJson(docs: readonly CheckedDocument[]): string {
  return JSON.stringify(
    {
      documents: docs.map((d) => ({
        file: d.file,
        ...(d.error ? { error: d.error } : {}),
        findings: d.findings.map(findingJson),
        ...(d.failures.length ? { internalErrors: d.failures } : {}),
      })),
    },
    null,
    2,
  );
}
