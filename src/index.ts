/** juesuan public API. */
import { readFile, stat } from 'node:fs/promises';
import type { Disclosure } from './model/document.ts';
import { InputError } from './ingest/errors.ts';
import { parseTextDisclosure, type ParseOptions } from './ingest/text/index.ts';
import { parsePdf } from './ingest/pdf/index.ts';
import { parseDocx } from './ingest/docx/index.ts';
import { parseHtml, looksLikeHtml } from './ingest/html/index.ts';
import { officePackage } from './ingest/ooxml.ts';
import type { RowLimits } from './ingest/table-rows.ts';
import { parseWorkbook, parseXls } from './ingest/workbook/index.ts';
import { isZip, openZip, type ZipLimits } from './ingest/zip.ts';

export * from './model/document.ts';
export * from './model/amount.ts';
export * as catalog from './catalog/index.ts';
export { InputError } from './ingest/errors.ts';
export { disclosureToJson } from './report/parse-json.ts';
export { renderDisclosure } from './report/parse-text.ts';
export { parseTextDisclosure } from './ingest/text/index.ts';
export { build, BuildRefused, type Built, type Problem } from './generate/build.ts';
export { DisclosureData, dataJsonSchema } from './generate/data.ts';
export { renderHtml } from './generate/html.ts';
export { renderXlsx } from './generate/xlsx.ts';
export { renderDocx } from './generate/docx.ts';
// 绩效自评 scoring engine: 执行率, 预算执行得分, indicator scores, totals, rescaling, grade bands (exact rationals)
export * from './perf/score.ts';
export * from './perf/indicator.ts';
export * as rational from './perf/rational.ts';

/** Reader options: the size cap of the file, and the caps on ZIP packages and on table rows and cells. */
export type FileOptions = ParseOptions & ZipLimits & RowLimits;

/** Read a file and parse it into the document model. Throws `InputError` for unreadable or unsupported input. */
export async function parseFile(file: string, options: FileOptions = {}): Promise<Disclosure> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(file, '文件不存在或无法读取');
  }
  if (info.isDirectory()) throw new InputError(file, '是目录，不是文件');
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (info.size > maxBytes) {
    throw new InputError(
      file,
      `文件过大（${Math.ceil(info.size / 1048576)} MiB，上限 ${Math.floor(maxBytes / 1048576)} MiB）`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new InputError(file, '文件无法读取');
  }
  return parseBytes(bytes, file, options);
}

/**
 * Parse a file's bytes, choosing the reader by content, never by extension: PDF; a ZIP package holding a Word
 * document (DOCX) or a workbook (XLSX); an OLE compound file holding a workbook (XLS; a .doc is refused); an HTML
 * page; else text.
 */
export async function parseBytes(
  bytes: Uint8Array,
  file: string,
  options: FileOptions = {},
): Promise<Disclosure> {
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return parsePdf(bytes, file);
  if (isZip(bytes)) {
    const pkg = officePackage(openZip(bytes, file, options), file);
    return pkg.kind === 'docx' ? parseDocx(bytes, file, options) : parseWorkbook(bytes, file, options);
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return parseXls(bytes, file, options);
  if (looksLikeHtml(bytes)) return parseHtml(bytes, file, options);
  return parseTextDisclosure(bytes, file, options);
}

export { allRules, ruleById } from './rules/index.ts';
export { runRules, type AuditConfig, type AuditResult } from './rules/engine.ts';
export type { Finding, Location, Severity } from './model/finding.ts';

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
