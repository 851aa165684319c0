/**
 * A disclosure published as two files — the tables in one, the text in the other — is read as one document, and
 * places in the second file say which file they are in. Other files stay separate documents.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, parseFiles } from '../src/index.ts';

const BASE = join(import.meta.dirname, 'fixtures', 'clean', 'base-2021.txt');

/** A clean disclosure cut in two: cover, 目录, 概况 and the tables in one file; 情况说明 onwards in the other. */
function split(): { tables: string; text: string; tableCount: number } {
  const lines = readFileSync(BASE, 'utf8').split('\n');
  const at = lines.findIndex((l, i) => i > 40 && /^第三部分/.test(l));
  return { tables: lines.slice(0, at).join('\n'), text: lines.slice(at).join('\n'), tableCount: 9 };
}

describe('a disclosure split over two files', () => {
  it('reads the tables file and the text file as one document, in the order given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-split-'));
    const { tables, text, tableCount } = split();
    writeFileSync(join(dir, 'tables.txt'), tables);
    writeFileSync(join(dir, 'text.txt'), text);
    writeFileSync(
      join(dir, 'other.txt'),
      readFileSync(join(import.meta.dirname, 'fixtures', 'clean', 'base-2023.txt')),
    );
    const read = await parseFiles([join(dir, 'tables.txt'), join(dir, 'text.txt'), join(dir, 'other.txt')]);
    expect(read).toHaveLength(2);
    const [merged, other] = read;
    expect(merged?.files).toEqual([join(dir, 'tables.txt'), join(dir, 'text.txt')]);
    expect(merged?.doc?.tables).toHaveLength(tableCount);
    expect(merged?.doc?.parts.map((p) => p.kind)).toEqual(
      expect.arrayContaining(['overview', 'tables', 'narrative', 'glossary']),
    );
    expect(other?.files).toEqual([join(dir, 'other.txt')]);
    // Findings on the text part name the second file.
    const doc = merged?.doc;
    if (!doc) return;
    const narrativeLine = doc.parts.find((p) => p.kind === 'narrative')?.startLine ?? 0;
    expect(doc.source.origins?.[narrativeLine - 1]?.file).toBe(join(dir, 'text.txt'));
    const blocking = audit(doc).findings.filter((f) => f.severity !== 'note');
    expect(blocking.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
  }, 120_000);

  it('keeps two complete documents apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-split-'));
    const base = readFileSync(join(import.meta.dirname, 'fixtures', 'clean', 'base-2021.txt'));
    writeFileSync(join(dir, 'a.txt'), base);
    writeFileSync(join(dir, 'b.txt'), base);
    expect(await parseFiles([join(dir, 'a.txt'), join(dir, 'b.txt')])).toHaveLength(2);
  });
});
