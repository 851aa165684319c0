/**
 * `npm run bench`: parse time per text disclosure over the bundled examples and ../shared/seeds (when present).
 * Prints parse and parse+check time per document (median, p95), throughput and peak RSS. Not a test: nothing
 * here fails a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';

const ROOT = join(import.meta.dirname, '..');
const dirs = [
  join(ROOT, 'examples'),
  join(ROOT, 'test', 'fixtures', 'text'),
  join(ROOT, '..', 'shared', 'seeds'),
];
const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt') && f !== 'README.md')
      .map((f) => join(d, f)),
  );
const inputs = files.map((f) => ({ file: f, bytes: readFileSync(f) }));

const ROUNDS = 30;
for (let i = 0; i < 5; i++) for (const x of inputs) parseTextDisclosure(x.bytes, x.file); // warm-up

const times: number[] = [];
const both: number[] = [];
let peakRss = process.memoryUsage().rss;
for (let round = 0; round < ROUNDS; round++) {
  for (const x of inputs) {
    const t0 = performance.now();
    const doc = parseTextDisclosure(x.bytes, x.file);
    const t1 = performance.now();
    runRules(doc, allRules);
    const t2 = performance.now();
    times.push(t1 - t0);
    both.push(t2 - t0);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
}
times.sort((a, b) => a - b);
both.sort((a, b) => a - b);
const quantile = (xs: readonly number[], q: number): number =>
  xs[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const pick = (q: number): number => quantile(times, q);
const totalBytes = inputs.reduce((n, x) => n + x.bytes.length, 0);
const totalMs = times.reduce((a, b) => a + b, 0);
console.log(`inputs: ${inputs.length} text documents, ${(totalBytes / 1024).toFixed(0)} KiB`);
console.log(`text parse: ${pick(0.5).toFixed(2)} ms/doc (median), p95 ${pick(0.95).toFixed(2)} ms`);
console.log(
  `text parse+check: ${quantile(both, 0.5).toFixed(2)} ms/doc (median), p95 ${quantile(both, 0.95).toFixed(2)} ms, ${allRules.length} rules (goal ≤ 50 ms)`,
);
console.log(`throughput: ${((totalBytes * ROUNDS) / 1024 / 1024 / (totalMs / 1000)).toFixed(1)} MiB/s`);
console.log(`peak RSS: ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
