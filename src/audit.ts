/** Auditing a parsed document, and pairing documents: last year's, and a 决算 with its stand-alone 自评报告. */
import type { Disclosure } from './model/document.ts';
import { allRules } from './rules/index.ts';
import { runRules, type AuditConfig, type AuditResult } from './rules/engine.ts';

/** Audit a parsed document with every rule (or the configured subset). */
export function audit(
  doc: Disclosure,
  config: AuditConfig = {},
  previous: Disclosure | null = null,
  companion: Disclosure | null = null,
): AuditResult {
  return runRules(doc, allRules, config, { previous, companion });
}

const normName = (s: string): string => s.replace(/\s+/g, '');

/**
 * The same department's document of the same year and the other kind among several parsed documents: the 决算 for
 * a stand-alone 绩效自评报告, or that report for the 决算. Null when none (or the department or year is unknown).
 */
export function companionOf(doc: Disclosure, others: readonly Disclosure[]): Disclosure | null {
  if (doc.meta.year === null || doc.meta.department === '') return null;
  const accounts = (d: Disclosure): boolean =>
    d.meta.kind === 'final-accounts' || d.meta.kind === 'unit-final-accounts';
  const report = (d: Disclosure): boolean => d.meta.kind === 'perf-self-eval-report';
  if (!accounts(doc) && !report(doc)) return null;
  return (
    others.find(
      (o) =>
        o !== doc &&
        o.meta.year === doc.meta.year &&
        normName(o.meta.department) === normName(doc.meta.department) &&
        (accounts(doc) ? report(o) : accounts(o)),
    ) ?? null
  );
}

/** Last year's disclosure of the same department among several parsed documents, if present. */
export function previousOf(doc: Disclosure, others: readonly Disclosure[]): Disclosure | null {
  const norm = (s: string): string => s.replace(/\s+/g, '');
  if (doc.meta.year === null || doc.meta.department === '') return null;
  return (
    others.find(
      (o) =>
        o !== doc &&
        o.meta.year === (doc.meta.year ?? 0) - 1 &&
        norm(o.meta.department) === norm(doc.meta.department) &&
        o.meta.kind === doc.meta.kind,
    ) ?? null
  );
}
