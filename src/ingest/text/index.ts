/**
 * The text reader: a plain-text disclosure (UTF-8 or GB18030, tab-separated or space-aligned tables) → `Disclosure`.
 */
import type {
  Disclosure,
  DocumentKind,
  Meta,
  MoneyUnit,
  Part,
  PerfEvaluation,
  SourceRef,
  Table,
  TableKind,
  TermDefinition,
  Warning,
} from '../../model/document.ts';
import { InputError } from '../errors.ts';
import { decodeText } from './decode.ts';
import { toSourceLines, type SourceLine } from './lines.ts';
import { buildPart, buildTerms, buildToc, PART_RE } from './narrative.ts';
import { buildPerf } from './perf.ts';
import { buildTable, lineRef } from './tables.ts';
import {
  chineseNumeral,
  isNumberLine,
  matchBudgetHeaderFields,
  matchBudgetTitle,
  matchPerfTitle,
  matchTableTitle,
  tableNumberIn,
} from './titles.ts';

export interface ParseOptions {
  /** Refuse inputs larger than this many bytes (default 50 MiB). */
  readonly maxBytes?: number;
}

type Boundary =
  | {
      type: 'part';
      line: SourceLine;
      /** An unnumbered part heading found through the 目录 (a Shanghai budget): its title and 目录 number. */
      heading?: { title: string; number: number | null };
    }
  | {
      type: 'table';
      line: SourceLine;
      kind: TableKind;
      title: string;
      number: string | null;
      /** Header fields printed on the title line itself (budget tables). */
      header: string | null;
    }
  | { type: 'perf'; line: SourceLine; kind: 'overall' | 'project'; title: string };

const TOC_RE = /^目\s*录$/;

/** A table title of the document's family: 决算 titles, or budget titles in a 部门预算/单位预算. */
function tableTitleOf(
  text: string,
  budget: boolean,
): { kind: TableKind; title: string; number: string | null; header: string | null } | null {
  if (budget) return matchBudgetTitle(text);
  const t = matchTableTitle(text);
  return t ? { ...t, header: null } : null;
}

/** Leader dots of a 目录 entry (several entries may share a line, so anywhere in it). */
const LEADERS = /…{2,}|·{3,}|\.{4,}|．{3,}/;

function findToc(lines: readonly SourceLine[], budget: boolean): { start: number; end: number } | null {
  const start = lines.findIndex((l) => TOC_RE.test(l.text));
  if (start < 0) return null;
  // The 目录 ends where its first part heading appears again, or at the first table title.
  let firstPart: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.text === '') continue;
    const m = PART_RE.exec(l.compact);
    if (m) {
      if (firstPart === null) firstPart = m[1] ?? null;
      else if (m[1] === firstPart) return { start, end: i };
    }
    if (tableTitleOf(l.text, budget) && !/^[一二三四五六七八九十]/.test(l.text)) return { start, end: i };
    // A budget 目录 (Shanghai) has no 第N部分 headings: it ends at the first sentence, and at the unnumbered
    // heading just above it ("XX局主要职能").
    if (
      budget &&
      i > start + 1 &&
      !LEADERS.test(l.compact) &&
      (/[。；]/.test(l.text) || l.compact.length > 60)
    ) {
      const prev = lines[i - 1];
      const heading = prev && prev.text !== '' && !/^[一二三四五六七八九十\d]+\s*[、.．]/.test(prev.text);
      return { start, end: heading ? i - 1 : i };
    }
    if (i - start > 120) return { start, end: i };
  }
  return { start, end: lines.length };
}

const BUDGET_WORD = /部门预算|单位预算|预算公开|预算表|预算编制说明|预算情况说明|年度预算|级预算/;

/**
 * Is this a 部门预算 / 单位预算? Decided from the cover (its first lines), then from the table titles, the 目录 and
 * the headings: a cover saying 决算 is a 决算; otherwise budget wording on the cover, or more budget table titles
 * than 决算 ones. Never from the file name.
 */
/** The first few non-blank lines, up to the 目录: the cover. */
function coverText(lines: readonly SourceLine[]): string {
  const head = lines.filter((l) => l.text !== '').slice(0, 6);
  const toc = head.findIndex((l) => TOC_RE.test(l.text));
  return (toc >= 0 ? head.slice(0, toc) : head).map((l) => l.compact).join('');
}

function looksLikeBudget(lines: readonly SourceLine[]): boolean {
  const cover = coverText(lines);
  if (/决算/.test(cover)) return false;
  if (BUDGET_WORD.test(cover)) return true;
  let budget = 0;
  let final = 0;
  for (const l of lines) {
    if (l.text === '' || l.compact.length > 60) continue;
    const entry = l.text.replace(/^[一二三四五六七八九十\d]+\s*[、.．]\s*/, '');
    if (matchTableTitle(entry) || /决算表$/.test(l.compact)) final++;
    else if (
      matchBudgetTitle(entry) ||
      /^(?:第.部分)?.{0,30}(?:部门|单位)预算(?:表|编制说明)$/.test(l.compact)
    )
      budget++;
  }
  return budget > final;
}

/** 单位预算 rather than 部门预算: said on the cover, or by most budget table titles ("2026年预算单位…"). */
function isUnitBudget(lines: readonly SourceLine[], tables: readonly Table[]): boolean {
  const cover = coverText(lines);
  if (/单位预算/.test(cover) && !/部门预算/.test(cover)) return true;
  if (/部门预算|预算主管部门/.test(cover)) return false;
  const unit = tables.filter((t) => /^\d{4}年度?(?:预算)?单位/.test(titleKeyOf(t.title))).length;
  const dept = tables.filter((t) => /^\d{4}年度?部门/.test(titleKeyOf(t.title))).length;
  return unit > dept;
}

const titleKeyOf = (t: string): string => t.replace(/\s+/g, '');

/** "预算主管部门：XX局" / "预算单位：XX" / "部门：XX" on a budget cover. */
function coverDepartment(lines: readonly SourceLine[], stop: number): string {
  for (const l of lines.slice(0, Math.min(stop, 12))) {
    const m = /^(?:预算主管部门|预算单位|主管部门|部门名称|单位名称|部门|单位)[:：](.+)$/.exec(l.compact);
    const name = m?.[1]?.replace(/(?:金额)?单位[:：].*$/, '');
    if (name) return name;
  }
  return '';
}

function boundaryAt(line: SourceLine, budget: boolean): Boundary | null {
  if (line.text === '' || line.hasTabs) return null;
  if (PART_RE.test(line.compact)) return { type: 'part', line };
  const perf = matchPerfTitle(line.text);
  if (perf) return { type: 'perf', line, kind: perf, title: line.text };
  const t = tableTitleOf(line.text, budget);
  if (t) return { type: 'table', line, ...t };
  return null;
}

/** A top-level 目录 entry once its leader dots and page number are cut off: "一、部门主要职能". */
const TOC_ENTRY = /^([一二三四五六七八九十]{1,3})[、.．](.+)$/;

/**
 * The part headings of a budget that has no 第N部分 (Shanghai): each top-level 目录 entry ("一、部门主要职能") is
 * found again in the body as a short unpunctuated line ending with it, the 部门/单位 in front left out
 * ("XX街道办事处（部门）主要职能", "2024年部门预算编制说明"). Entries naming a table (…表) are not parts: tables
 * are found by their own titles.
 */
function budgetPartHeads(
  lines: readonly SourceLine[],
  toc: { start: number; end: number },
): Map<number, { title: string; number: number | null }> {
  const heads = new Map<number, { title: string; number: number | null }>();
  const body = lines.slice(toc.end);
  if (body.some((l) => PART_RE.test(l.compact))) return heads;
  // Entries are cut at their leader dots (several may share a printed line), page numbers dropped.
  const entries = lines
    .slice(toc.start + 1, toc.end)
    .flatMap((l) => l.compact.split(new RegExp(LEADERS.source, 'g')))
    .map((piece) => TOC_ENTRY.exec(piece.replace(/^\d+|\d+$/g, '')))
    .filter((m) => m !== null);
  let from = toc.end;
  for (const m of entries) {
    const entry = m[2] ?? '';
    const key = entry.replace(/^(?:本?部门|本?单位)/, '');
    if (key.length < 4 || /表$/.test(entry)) continue;
    for (let i = from; i < lines.length; i++) {
      const l = lines[i];
      if (!l || l.text === '' || l.hasTabs || l.compact.length > 60 || /[。；，,：:]/.test(l.compact))
        continue;
      // A numbered line ("七、绩效目标") is a section of some part, not a part heading.
      if (!l.compact.endsWith(key) || /^(?:[一二三四五六七八九十\d]+[、.．]|[（(])/.test(l.compact)) continue;
      if (tableTitleOf(l.text, true)) continue;
      heads.set(i, { title: l.text, number: chineseNumeral(m[1] ?? '') });
      from = i + 1;
      break;
    }
  }
  return heads;
}

/** "一、2018年度XX院收支预算总表" directly above a table grid or its "单位：万元" line is a table title. */
function numberedBudgetTitle(lines: readonly SourceLine[], index: number): Boundary | null {
  const line = lines[index];
  if (!line || line.hasTabs || !/^[一二三四五六七八九十]{1,3}\s*、/.test(line.text)) return null;
  const t = matchBudgetTitle(line.text, { numbered: true });
  if (!t) return null;
  const next = lines.slice(index + 1, index + 4).find((l) => l.text !== '');
  if (!next || !(next.hasTabs || matchBudgetHeaderFields(next.text))) return null;
  return { type: 'table', line, ...t };
}

function titleOf(lines: readonly SourceLine[], stop: number): { title: string; at: SourceRef | null } {
  const picked: SourceLine[] = [];
  for (let i = 0; i < stop && picked.length < 6; i++) {
    const l = lines[i];
    if (!l || l.text === '') continue;
    if (/^附件\s*\d*\s*[:：]?$/.test(l.compact)) continue;
    // "预算主管部门：XX局" / "预算单位：XX" under a budget cover title names the department; it is not the title.
    if (/^(?:预算主管部门|预算单位)[:：]/.test(l.compact)) break;
    if (l.compact.length > 60 || /[。；]$/.test(l.text)) break;
    if (/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/.test(l.compact))
      break;
    picked.push(l);
  }
  const first = picked[0];
  return { title: picked.map((l) => l.compact).join(''), at: first ? lineRef(first) : null };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [v, c] of counts) {
    if (c > n) {
      best = v;
      n = c;
    }
  }
  return best;
}

const DEPT_SUFFIX =
  /(?:部门|单位)?(?:整体支出)?绩效(?:自评|评价)(?:报告|表)$|(?:部门|单位)(?:决算|预算)(?:公开)?$|决算$/;

function departmentFromTitle(title: string): string {
  return title
    .replace(/\d{4}\s*年度?/, '')
    .replace(DEPT_SUFFIX, '')
    .replace(/^附件\d*[:：]?/, '')
    .trim();
}

/**
 * "2018年度青禾县人民法院预算公开2018年2月24日" → "青禾县人民法院". A tables-only file has no cover (its first
 * line is "公开01表" or a table title), so a title naming a table or no 预算 names no department.
 */
function budgetDepartmentFromTitle(title: string): string {
  if (!/预算/.test(title) || /表/.test(title)) return '';
  const name = title
    .replace(/\d{4}年\d{1,2}月\d{1,2}日$/, '')
    .replace(/\d{4}\s*年度?/, '')
    .replace(/(?:区级|市级|省级)?(?:部门|单位)?预算(?:公开|情况说明)?$/, '')
    .trim();
  return /预算|决算/.test(name) ? '' : name;
}

function documentKind(title: string, tables: readonly Table[], budget: boolean): DocumentKind {
  if (budget) return 'budget';
  if (/单位决算/.test(title)) return 'unit-final-accounts';
  if (/部门决算|决算/.test(title)) return 'final-accounts';
  if (/绩效(?:自评|评价)报告/.test(title) && tables.length === 0) return 'perf-self-eval-report';
  if (/预算/.test(title) && tables.length === 0) return 'budget';
  if (tables.length > 0) return 'final-accounts';
  return 'unknown';
}

function tableOrder(tables: readonly Table[], tocTexts: readonly string[]): 'old' | 'new' | null {
  for (const t of tables) {
    if (t.kind === 'three-public' && t.number === '07') return 'old';
    if (t.kind === 'three-public' && t.number === '09') return 'new';
    if (t.kind === 'government-fund' && t.number === '08') return 'old';
    if (t.kind === 'government-fund' && t.number === '07') return 'new';
    if (t.kind === 'state-capital' && t.number === '09') return 'old';
    if (t.kind === 'state-capital' && t.number === '08') return 'new';
  }
  const tocKinds = tocTexts.map(
    (t): TableKind | null => matchTableTitle(t.replace(/^[一二三四五六七八九十]+、/, ''))?.kind ?? null,
  );
  const tp = tocKinds.indexOf('three-public');
  const gf = tocKinds.indexOf('government-fund');
  if (tp >= 0 && gf >= 0) return tp < gf ? 'old' : 'new';
  const order = tables.map((t) => t.kind);
  const a = order.indexOf('three-public');
  const b = order.indexOf('government-fund');
  if (a >= 0 && b >= 0) return a < b ? 'old' : 'new';
  return null;
}

const UNITS: readonly MoneyUnit[] = ['万元', '元', '亿元'];

export function parseTextDisclosure(bytes: Uint8Array, file: string, options: ParseOptions = {}): Disclosure {
  const maxBytes = options.maxBytes ?? 50 * 1024 * 1024;
  if (bytes.length > maxBytes) {
    throw new InputError(
      file,
      `文件过大（${Math.ceil(bytes.length / 1048576)} MiB，上限 ${Math.floor(maxBytes / 1048576)} MiB）`,
    );
  }
  const { text, encoding } = decodeText(bytes, file);
  return parseDecodedText(text, file, encoding);
}

/**
 * Parse decoded text. The other readers (PDF, DOCX, XLSX, HTML) lay their pages out as lines — table rows as
 * tab-separated cells — and come through here too (see ../layout.ts).
 */
export function parseDecodedText(text: string, file: string, encoding: string): Disclosure {
  const lines = toSourceLines(text);
  const warnings: Warning[] = [];
  const budget = looksLikeBudget(lines);
  const toc = findToc(lines, budget);
  const inToc = (i: number): boolean => toc !== null && i >= toc.start && i < toc.end;

  // 1. Boundaries: part headings, table titles, 自评表 titles (outside the 目录).
  const bounds: { index: number; b: Boundary }[] = [];
  const budgetHeads = budget && toc ? budgetPartHeads(lines, toc) : new Map<number, never>();
  lines.forEach((line, index) => {
    if (inToc(index)) return;
    const heading = budgetHeads.get(index);
    if (heading) {
      bounds.push({ index, b: { type: 'part', line, heading } });
      return;
    }
    const b = boundaryAt(line, budget) ?? (budget ? numberedBudgetTitle(lines, index) : null);
    if (b) bounds.push({ index, b });
  });

  // 2. Blocks between boundaries.
  const tables: Table[] = [];
  const perfEvaluations: PerfEvaluation[] = [];
  const flow: { line: SourceLine; partIndex: number }[] = [];
  const partHeads: { line: SourceLine; title: string; number: number | null }[] = [];
  const firstBoundary = bounds[0]?.index ?? lines.length;
  const headEnd = toc ? Math.min(toc.start, firstBoundary) : firstBoundary;
  for (let i = 0; i < headEnd; i++) {
    const l = lines[i];
    if (l) flow.push({ line: l, partIndex: -1 });
  }
  bounds.forEach(({ index, b }, k) => {
    const next = bounds[k + 1]?.index ?? lines.length;
    const body = lines.slice(index + 1, next).filter((_, j) => !inToc(index + 1 + j));
    if (b.type === 'part') {
      const m = PART_RE.exec(b.line.compact);
      let title = b.heading?.title ?? (m?.[2] ?? '').trim();
      let rest = body;
      if (!title) {
        const firstIdx = body.findIndex((l) => l.text !== '');
        const first = body[firstIdx];
        if (
          first &&
          first.compact.length <= 50 &&
          !/[。；]/.test(first.text) &&
          !/^[一二三四五六七八九十]+、/.test(first.text)
        ) {
          title = first.text;
          rest = body.slice(firstIdx + 1);
        }
      }
      partHeads.push({ line: b.line, title, number: b.heading?.number ?? chineseNumeral(m?.[1] ?? '') });
      for (const l of rest) flow.push({ line: l, partIndex: partHeads.length - 1 });
      return;
    }
    const partIndex = partHeads.length - 1;
    if (b.type === 'table') {
      // A "公开NN表" line just above the title belongs to this table.
      const { table, leftover } = buildTable({
        kind: b.kind,
        title: b.title,
        titleLine: b.line,
        number: b.number,
        lines: body,
        titleHeader: b.header,
      });
      if (table.number === null) {
        const prevLine = lines
          .slice(Math.max(0, index - 3), index)
          .reverse()
          .find((l) => l.text !== '');
        if (prevLine && isNumberLine(prevLine.text)) {
          tables.push({ ...table, number: tableNumberIn(prevLine.text), numberAt: lineRef(prevLine) });
        } else tables.push(table);
      } else tables.push(table);
      for (const l of leftover) flow.push({ line: l, partIndex });
      return;
    }
    const { perf, leftover } = buildPerf({ kind: b.kind, title: b.title, titleLine: b.line, lines: body });
    perfEvaluations.push(perf);
    for (const l of leftover) flow.push({ line: l, partIndex });
  });

  // 3. Parts and sections from the remaining flow.
  const parts: Part[] = [];
  let terms: TermDefinition[] = [];
  const looseLines = flow.filter((f) => f.partIndex < 0).map((f) => f.line);
  partHeads.forEach((head, pi) => {
    const body = flow.filter((f) => f.partIndex === pi).map((f) => f.line);
    const part = buildPart(head.line, head.title, body, head.number);
    parts.push(part);
    if (part.kind === 'glossary') terms = terms.concat(buildTerms(body));
  });
  if (partHeads.length === 0) {
    // A document without 第N部分 headings (e.g. a stand-alone 自评报告): one part holding every section.
    const body = looseLines.filter((l) => l.no > (toc?.end ?? 0));
    const firstSection = body.findIndex((l) => /^[一二三四五六七八九十]{1,3}、/.test(l.text));
    if (firstSection >= 0) {
      const head = body[firstSection];
      if (head) {
        const part = buildPart(head, '', body.slice(firstSection), null);
        parts.push({ ...part, heading: '', kind: 'other' });
      }
    }
  }

  // 4. Meta.
  const stop = toc?.start ?? firstBoundary;
  const headTitle = titleOf(lines, Math.min(stop, 40));
  let title = headTitle.title;
  // Without a title block the first line stands as the title, unless it is a table's title (a workbook of the
  // tables opens with 收入支出决算总表): that names a table, not the document or its department.
  const firstLine = lines.find((l) => l.text !== '');
  if (!title && partHeads.length === 0 && firstLine && !matchTableTitle(firstLine.text))
    title = firstLine.compact;
  let kind = documentKind(title, tables, budget);
  if (kind === 'budget' && isUnitBudget(lines, tables)) kind = 'unit-budget';
  const deptFromTables = mostCommon(tables.map((t) => t.department ?? '').filter((d) => d !== ''));
  const overview = parts.find((p) => p.kind === 'overview');
  const deptFromOverview = overview
    ? overview.heading
        .replace(/^第.部分\s*/, '')
        .replace(/\s+/g, '')
        .replace(/(单位|部门)?概况$/, '')
    : '';
  const isBudget = kind === 'budget' || kind === 'unit-budget';
  const department =
    (isBudget
      ? coverDepartment(lines, stop) || budgetDepartmentFromTitle(title)
      : departmentFromTitle(title)) ||
    deptFromTables ||
    deptFromOverview ||
    '';
  const yearMatch = /(\d{4})\s*年/.exec(title);
  const yearCandidates = [...text.matchAll(/(20\d{2})\s*年度/g)].map((m) => m[1] ?? '');
  // Budget tables are titled "2019年政府采购预算表" / "2025年部门收入预算总表" (年, not 年度).
  if (isBudget && yearCandidates.length === 0)
    for (const t of tables) {
      const y = /(20\d{2})\s*年/.exec(t.title)?.[1];
      if (y) yearCandidates.push(y);
    }
  const year = yearMatch?.[1]
    ? Number(yearMatch[1])
    : yearCandidates.length
      ? Number(mostCommon(yearCandidates))
      : null;
  const unitText = mostCommon(tables.map((t) => t.unit ?? '').filter((u) => u !== ''));
  const unit =
    UNITS.find((u) => u === unitText) ??
    (unitText === null && tables.length === 0 && /万元/.test(text) ? '万元' : null);
  if (unitText !== null && !UNITS.includes(unitText as MoneyUnit)) {
    warnings.push({ code: 'unit-unknown', message: `未识别的金额单位“${unitText}”`, at: null });
  }
  const meta: Meta = {
    department,
    year,
    entityKind:
      kind === 'unit-final-accounts' || kind === 'unit-budget'
        ? 'unit'
        : kind === 'final-accounts' || kind === 'budget'
          ? 'department'
          : null,
    kind,
    unit,
    tableOrder: tableOrder(tables, toc ? lines.slice(toc.start, toc.end).map((l) => l.text) : []),
    title,
    titleAt: headTitle.at,
  };

  // 5. What was not recognised.
  for (const t of tables) {
    const unknown = t.columns.filter((c) => c.key === null && c.label !== '');
    if (unknown.length > 0) {
      warnings.push({
        code: 'column-unrecognised',
        message: `${t.number ?? ''}表“${t.title}”有未识别的列：${unknown.map((c) => c.label).join('、')}`,
        at: t.titleAt,
      });
    }
    if (t.rows.length === 0 && t.emptyStatement === null) {
      warnings.push({
        code: 'table-no-rows',
        message: `${t.number ?? ''}表“${t.title}”没有数据行，也没有空表说明`,
        at: t.titleAt,
      });
    }
  }
  lines.forEach((l, i) => {
    if (inToc(i) || l.hasTabs || !isNumberLine(l.text)) return;
    const owned = tables.some((t) => t.numberAt?.line === l.no);
    if (!owned)
      warnings.push({
        code: 'table-title-unrecognised',
        message: `“${l.text}”之前没有可识别的表名`,
        at: lineRef(l),
      });
  });
  if (tables.length === 0 && parts.length === 0 && perfEvaluations.length === 0) {
    throw new InputError(
      file,
      '未识别出决算公开内容（没有决算表、预算表、章节或绩效自评表；不是部门决算、部门/单位预算或绩效自评文件），暂不支持',
    );
  }
  if (kind === 'unknown' && tables.length === 0 && perfEvaluations.length === 0) {
    throw new InputError(
      file,
      '未识别出决算公开内容（封面、目录和表名都没有说明是部门决算、部门/单位预算还是绩效自评，也没有可识别的公开表格），暂不支持',
    );
  }

  return {
    source: { file, format: 'text', encoding, lineCount: lines.length, lines: lines.map((l) => l.raw) },
    meta,
    toc: toc ? buildToc(lines.slice(toc.start, toc.end)) : [],
    tables,
    parts,
    terms,
    perfEvaluations,
    warnings,
  };
}
