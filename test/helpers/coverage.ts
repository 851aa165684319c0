/**
 * "Nothing silently dropped": every number printed inside a table or 自评表 region must be found in the model at
 * the same line and column range.
 */
import { parseNumber } from '../../src/model/amount.ts';
import type { Disclosure, SourceRef } from '../../src/model/document.ts';
import { toSourceLines } from '../../src/ingest/text/lines.ts';

export interface Uncovered {
  readonly line: number;
  readonly text: string;
  readonly region: string;
}

function overlaps(ref: SourceRef, line: number, start: number, end: number): boolean {
  if (ref.line !== line) return false;
  const a = ref.column ?? 1;
  const b = ref.endColumn ?? a;
  return a <= end && start <= b;
}

export function uncoveredNumbers(doc: Disclosure, text: string): Uncovered[] {
  const lines = toSourceLines(text);
  const out: Uncovered[] = [];
  for (const t of doc.tables) {
    const refs: SourceRef[] = [];
    for (const r of t.rows) {
      for (const c of r.cells) refs.push(c.at);
      if (r.codeAt) refs.push(r.codeAt);
      if (r.lineNoAt) refs.push(r.lineNoAt);
    }
    for (const c of t.columns) if (c.columnNoAt) refs.push(c.columnNoAt);
    const skip = new Set<number>();
    for (const ref of [t.titleAt, t.numberAt, t.departmentAt, t.unitAt]) if (ref?.line) skip.add(ref.line);
    for (const n of t.notes) for (let l = n.at.line ?? 0; l <= n.endLine; l++) skip.add(l);
    // Header rows repeated after a page break carry only 栏次 numbers, already read from the first header.
    for (const l of t.headerLines)
      if (l !== t.columns.find((c) => c.columnNoAt)?.columnNoAt?.line) skip.add(l);
    for (let no = t.startLine; no <= t.endLine; no++) {
      if (skip.has(no)) continue;
      const line = lines[no - 1];
      if (!line) continue;
      for (const tok of line.cells) {
        if (parseNumber(tok.text).kind !== 'number') continue;
        if (!refs.some((r) => overlaps(r, no, tok.start, tok.end))) {
          out.push({ line: no, text: tok.text, region: `${t.number ?? '??'}表` });
        }
      }
    }
  }
  for (const p of doc.perfEvaluations) {
    const refs: SourceRef[] = [];
    for (const m of p.money)
      for (const v of [m.initialBudget, m.adjustedBudget, m.executed, m.weight, m.rate, m.score])
        if (v) refs.push(v.at);
    for (const r of p.indicators) for (const v of [r.weight, r.score]) if (v) refs.push(v.at);
    if (p.total?.weight) refs.push(p.total.weight.at);
    if (p.total?.score) refs.push(p.total.score.at);
    const headerValues = new Set(Object.values(p.header));
    const skip = new Set<number>([p.startLine, ...p.notes.map((n) => n.at.line ?? 0)]);
    for (let no = p.startLine; no <= p.endLine; no++) {
      if (skip.has(no)) continue;
      const line = lines[no - 1];
      if (!line) continue;
      for (const tok of line.cells) {
        if (parseNumber(tok.text).kind !== 'number') continue;
        if (headerValues.has(tok.text.replace(/\s+/g, ''))) continue;
        if (!refs.some((r) => overlaps(r, no, tok.start, tok.end))) {
          out.push({ line: no, text: tok.text, region: p.title });
        }
      }
    }
  }
  return out;
}
