/** juesuan public API. */
import { readFile, stat } from 'node:fs/promises';
import type { Disclosure } from './model/document.ts';
import { InputError } from './ingest/errors.ts';
import { parseTextDisclosure, type ParseOptions } from './ingest/text/index.ts';
import { parsePdf } from './ingest/pdf/index.ts';

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

/** Read a file and parse it into the document model. Throws `InputError` for unreadable or unsupported input. */
export async function parseFile(file: string, options: ParseOptions = {}): Promise<Disclosure> {
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
  const head = bytes.subarray(0, 8);
  const magic = Buffer.from(head).toString('latin1');
  if (Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return parsePdf(bytes, file);
  if (magic.startsWith('PK\u0003\u0004'))
    throw new InputError(file, '暂不支持 DOCX/XLSX 文件（请先转换为文本）');
  if (head[0] === 0xd0 && head[1] === 0xcf)
    throw new InputError(file, '暂不支持 XLS/DOC 文件（请先转换为文本）');
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
): AuditResult {
  return runRules(doc, allRules, config, { previous });
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
