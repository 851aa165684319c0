/** The `parse --json` contract: model → plain JSON with amounts as decimals in the document unit. */
import { hundredthsToNumber } from '../model/amount.ts';
import type { Cell, Disclosure, PerfEvaluation, PerfValue, Section, SourceRef } from '../model/document.ts';

const amount = (c: { amount: number | null }): number | null =>
  c.amount === null ? null : hundredthsToNumber(c.amount);

function cellJson(c: Cell): Record<string, unknown> {
  const out: Record<string, unknown> = { column: c.column, value: amount(c) };
  if (c.key !== null) out.key = c.key;
  if (c.kind === 'dash' || c.kind === 'text') out.raw = c.raw;
  return out;
}

function perfValue(v: PerfValue | null): number | string | null {
  if (!v) return null;
  if (v.kind === 'number') return amount(v);
  return v.kind === 'blank' ? null : v.raw;
}

function line(at: SourceRef | null): number | null {
  return at?.line ?? null;
}

function sectionJson(s: Section, part: string): Record<string, unknown> {
  return {
    part,
    heading: s.heading,
    text: s.text,
    line: s.startLine,
    subsections: s.subsections.map((c) => ({ heading: c.heading, text: c.text, line: c.startLine })),
  };
}

function perfJson(p: PerfEvaluation): Record<string, unknown> {
  const rows: Record<string, unknown>[] = [
    ...p.money.map((m) => ({
      section: 'money',
      label: m.label,
      initialBudget: perfValue(m.initialBudget),
      adjustedBudget: perfValue(m.adjustedBudget),
      executed: perfValue(m.executed),
      weight: perfValue(m.weight),
      rate: perfValue(m.rate),
      score: perfValue(m.score),
      line: line(m.at),
    })),
    ...p.indicators.map((r) => ({
      section: 'indicator',
      level1: r.level1,
      level2: r.level2,
      indicator: r.indicator,
      target: r.target,
      actual: r.actual,
      weight: perfValue(r.weight),
      score: perfValue(r.score),
      deviationReason: r.deviationReason,
      line: line(r.at),
    })),
  ];
  if (p.total) {
    rows.push({
      section: 'total',
      weight: perfValue(p.total.weight),
      score: perfValue(p.total.score),
      grade: p.total.grade,
      line: line(p.total.at),
    });
  }
  return { kind: p.kind, title: p.title, header: p.header, objective: p.objective, rows, line: line(p.at) };
}

export function disclosureToJson(doc: Disclosure): Record<string, unknown> {
  const partName = (k: string): string => k;
  return {
    file: doc.source.file,
    meta: {
      department: doc.meta.department,
      year: doc.meta.year,
      kind: doc.meta.kind,
      unit: doc.meta.unit,
      tableOrder: doc.meta.tableOrder,
      entityKind: doc.meta.entityKind,
      title: doc.meta.title,
    },
    toc: doc.toc.map((t) => t.text),
    tables: doc.tables.map((t) => ({
      number: t.number,
      kind: t.kind,
      title: t.title,
      department: t.department,
      unit: t.unit,
      line: line(t.titleAt),
      rows: t.rows.map((r) => {
        const row: Record<string, unknown> = { code: r.code, label: r.label, cells: r.cells.map(cellJson) };
        if (r.side !== null) row.side = r.side;
        if (r.lineNo !== null) row.lineNo = r.lineNo;
        if (r.classCode !== null) row.classCode = r.classCode;
        if (r.group !== null) row.group = r.group;
        row.line = line(r.at);
        return row;
      }),
      notes: t.notes.map((n) => ({ kind: n.kind, text: n.text })),
      emptyStatement: t.emptyStatement?.text ?? null,
    })),
    parts: doc.parts.map((p) => ({ number: p.number, kind: p.kind, heading: p.heading, line: p.startLine })),
    sections: doc.parts.flatMap((p) => p.sections.map((s) => sectionJson(s, partName(p.kind)))),
    terms: doc.terms.map((t) => ({ term: t.term, definition: t.definition })),
    perfEvaluations: doc.perfEvaluations.map(perfJson),
    warnings: doc.warnings.map((w) => ({ code: w.code, message: w.message, line: line(w.at) })),
  };
}
