/**
 * Dependency direction (STYLE.md §3): ingest → model ← rules ← report; generate reads through ingest and audits with
 * rules; cli on top; nothing imports cli.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => join(SRC, f));

/** Top-level module of a source file: model, catalog, ingest, rules, report, cli, perf, or the file itself. */
function moduleOf(file: string): string {
  const rel = relative(SRC, file);
  return rel.includes('/') ? (rel.split('/')[0] ?? rel) : rel.replace(/\.ts$/, '');
}

const ALLOWED: Record<string, readonly string[]> = {
  catalog: [],
  model: ['catalog'],
  ingest: ['model', 'catalog'],
  perf: ['model', 'catalog'],
  rules: ['model', 'catalog', 'perf', 'version'],
  report: ['model', 'rules', 'version'],
  version: [],
  generate: ['model', 'catalog', 'ingest', 'rules', 'perf'],
  // read.ts (files → model) and audit.ts (model → findings): the API the CLI uses without the generators
  read: ['model', 'catalog', 'ingest'],
  audit: ['model', 'rules'],
  index: ['model', 'catalog', 'ingest', 'rules', 'report', 'perf', 'generate', 'read', 'audit'],
  cli: [
    'index',
    'read',
    'audit',
    'model',
    'catalog',
    'ingest',
    'rules',
    'report',
    'version',
    'perf',
    'generate',
  ],
};

describe('architecture', () => {
  it.each(files.map((f) => [relative(SRC, f), f]))('%s imports only what its layer may', (_name, file) => {
    const from = moduleOf(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/from\s+'(\.[^']+)'/g)) {
      if ((m[1] ?? '').endsWith('package.json')) continue;
      const target = moduleOf(resolve(dirname(file), m[1] ?? ''));
      if (target === from) continue;
      expect(ALLOWED[from] ?? [], `${relative(SRC, file)} → ${m[1] ?? ''}`).toContain(target);
    }
  });
});
