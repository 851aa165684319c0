/** The shared corpus next to the project (../shared/corpus): absent on CI, where the tests that need it skip. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

/** Every PDF of the corpus, as paths relative to CORPUS, sorted; none when the corpus is absent. */
export function corpusPdfs(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort();
}
