/** The text reader never crashes or hangs: mutated and shuffled inputs give a model or an InputError. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { InputError } from '../src/ingest/errors.ts';
import { parseTextDisclosure } from '../src/ingest/text/index.ts';
import { Disclosure } from '../src/model/document.ts';

const base = readFileSync(join(import.meta.dirname, 'fixtures', 'text', 'unit-features.txt'));
const lines = base.toString('utf8').split('\n');
const SEED = { seed: 4242, numRuns: 150 };

function parseOrRefuse(bytes: Uint8Array): void {
  try {
    const doc = parseTextDisclosure(bytes, 'fuzz.txt');
    expect(Disclosure.safeParse(doc).success).toBe(true);
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
  }
}

test.prop(
  [fc.array(fc.tuple(fc.nat({ max: base.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 40 })],
  SEED,
)('byte mutations', (edits) => {
  const bytes = Uint8Array.from(base);
  for (const [at, value] of edits) bytes[at] = value;
  parseOrRefuse(bytes);
});

test.prop([fc.shuffledSubarray(lines)], SEED)('dropped and reordered lines', (picked) => {
  parseOrRefuse(Buffer.from(picked.join('\n')));
});

test.prop(
  [
    fc.array(fc.oneof(fc.constantFrom(...lines), fc.string({ unit: 'grapheme' }), fc.constant('\t\t\t')), {
      maxLength: 60,
    }),
  ],
  SEED,
)('lines mixed with arbitrary text', (picked) => {
  parseOrRefuse(Buffer.from(picked.join('\n')));
});
