/** `check --format sarif`: SARIF 2.1.0 with rule metadata (tool.driver.rules) and logical locations for cells. */
import type { Finding } from '../model/finding.ts';
import type { AnyRule } from '../rules/define-rule.ts';
import type { CheckedDocument } from './types.ts';
import { ruleDocUrl, VERSION } from '../version.ts';

function logicalName(f: Finding['locations'][number]): string {
  return [f.table ? `${f.table}表` : f.part, f.row, f.column, f.section].filter(Boolean).join('/');
}

export function checkToSarif(docs: readonly CheckedDocument[], rules: readonly AnyRule[]): string {
  const used = rules;
  const index = new Map(used.map((r, i) => [r.meta.id, i]));
  const results = docs.flatMap((d) =>
    d.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: f.severity,
      message: { text: f.message },
      locations: f.locations.map((l) => ({
        physicalLocation: {
          artifactLocation: { uri: d.file },
          ...(l.line
            ? {
                region: {
                  startLine: l.line,
                  ...(l.column1 ? { startColumn: l.column1 } : {}),
                  ...(l.excerpt ? { snippet: { text: l.excerpt } } : {}),
                },
              }
            : {}),
        },
        logicalLocations: [
          { fullyQualifiedName: logicalName(l), kind: l.part === 'table' ? 'member' : 'module' },
        ],
      })),
      partialFingerprints: {
        'juesuanLocation/v1': `${f.ruleId}|${f.locations.map(logicalName).join('|')}`,
      },
      properties: {
        ...(f.expected ? { expected: f.expected } : {}),
        ...(f.actual ? { actual: f.actual } : {}),
        ...(f.related?.length ? { related: f.related } : {}),
      },
    })),
  );
  const failures = docs.flatMap((d) => d.failures.map((x) => ({ ...x, file: d.file })));
  const inputErrors = docs.filter((d) => d.error);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'juesuan',
            informationUri: 'https://www.npmjs.com/package/juesuan',
            semanticVersion: VERSION,
            rules: used.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace('-', ''),
              shortDescription: { text: r.meta.title },
              fullDescription: { text: `${r.meta.formula}。${r.meta.rationale}` },
              helpUri: ruleDocUrl(r.meta.id),
              defaultConfiguration: { level: r.meta.severity },
              properties: { group: r.meta.group },
            })),
          },
        },
        columnKind: 'unicodeCodePoints',
        artifacts: docs.map((d) => ({ location: { uri: d.file } })),
        invocations: [
          {
            executionSuccessful: failures.length === 0 && inputErrors.length === 0,
            toolExecutionNotifications: [
              ...failures.map((x) => ({
                level: 'error',
                message: { text: `规则 ${x.ruleId} 内部错误：${x.message}` },
                associatedRule: { id: x.ruleId },
                locations: [{ physicalLocation: { artifactLocation: { uri: x.file } } }],
              })),
              ...inputErrors.map((d) => ({
                level: 'error',
                message: { text: `${d.file}: ${d.error ?? ''}` },
                locations: [{ physicalLocation: { artifactLocation: { uri: d.file } } }],
              })),
            ],
          },
        ],
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
