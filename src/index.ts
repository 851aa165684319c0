/** juesuan public API. */
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

export * from './read.ts';
export * from './audit.ts';
export { allRules, ruleById } from './rules/index.ts';
export { runRules, type AuditConfig, type AuditResult } from './rules/engine.ts';
export type { Finding, Location, Severity } from './model/finding.ts';
