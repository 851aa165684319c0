/** Table blocks → `Table` models, for each logical kind (two-sided 01/04, 06 column groups, 三公, by-function). */
import { parseNumber } from '../../model/amount.ts';
import {
  isBudgetTableKind,
  type BudgetTableKind,
  type Cell,
  type Column,
  type Row,
  type Side,
  type SourceRef,
  type Table,
  type TableKind,
  type TableNote,
} from '../../model/document.ts';
import { classCodeForLabel } from '../../catalog/index.ts';
import { columnMeaning, type ColumnMeaning } from './columns.ts';
import { buildGrid, type Grid, type GridRow } from './grid.ts';
import { compactCell, type SourceLine, type Token } from './lines.ts';
import {
  isNumberLine,
  matchBudgetHeaderFields,
  matchHeaderLine,
  tableNumberIn,
  type HeaderLine,
} from './titles.ts';

export interface TableBlock {
  readonly kind: TableKind | null;
  readonly title: string;
  readonly titleLine: SourceLine;
  readonly number: string | null;
  /** Lines after the title up to (not including) the next block. */
  readonly lines: readonly SourceLine[];
  /** Header fields printed on the title line itself ("收支预算总表部门：XX  单位：万元"), budget tables only. */
  readonly titleHeader?: string | null;
}

export interface BuiltTable {
  readonly table: Table;
  /** Lines of the block that are neither header, grid nor note (e.g. trailing prose). */
  readonly leftover: readonly SourceLine[];
}

const NOTE_START = /^(注|说明|备注|附注)\s*[:：]|^注\s*\d|^注[一二三]/;
const EMPTY_STATEMENT = /无数据|本表为空|空表|没有.{0,40}(收入|支出|数据)|无.{0,20}(收入|支出)|不涉及/;

export function lineRef(line: SourceLine): SourceRef {
  const len = Array.from(line.raw).length;
  return len > 0 ? { line: line.no, column: 1, endColumn: len } : { line: line.no };
}

export function tokenRef(line: SourceLine, t: Token): SourceRef {
  if (t.end < t.start) return { line: line.no, column: Math.max(1, t.start) };
  return { line: line.no, column: t.start, endColumn: t.end };
}

function makeCell(line: SourceLine, t: Token, column: string, key: string | null): Cell {
  const p = parseNumber(t.text);
  return {
    column,
    key,
    raw: t.text,
    kind: p.kind,
    amount: p.hundredths,
    decimals: p.decimals,
    at: tokenRef(line, t),
  };
}

interface Classified {
  readonly numberLine: SourceLine | null;
  readonly department: { line: SourceLine; value: string } | null;
  readonly unit: { line: SourceLine; value: string } | null;
  readonly grid: SourceLine[];
  readonly notes: SourceLine[][];
  readonly leftover: SourceLine[];
}

/** Header fields of a line: one per line for 决算 tables (as before); several per line for budget tables. */
function headerFields(line: SourceLine, budget: boolean): HeaderLine[] | null {
  if (budget)
    return matchBudgetHeaderFields(line.hasTabs ? line.cells.map((c) => c.text).join('  ') : line.text);
  if (line.hasTabs) return null;
  const h = matchHeaderLine(line.text);
  return h ? [h] : null;
}

/** A line of words (a heading or a sentence, not a wrapped cell) after tab-separated rows. */
function isProseAfterGrid(line: SourceLine, grid: readonly SourceLine[]): boolean {
  if (line.hasTabs || NOTE_START.test(line.text) || !grid.some((g) => g.hasTabs)) return false;
  return (line.compact.length >= 6 || /[。；]/.test(line.text)) && parseNumber(line.compact).kind === 'text';
}

function classify(lines: readonly SourceLine[], budget = false): Classified {
  let numberLine: SourceLine | null = null;
  let department: Classified['department'] = null;
  let unit: Classified['unit'] = null;
  const grid: SourceLine[] = [];
  const notes: SourceLine[][] = [];
  const leftover: SourceLine[] = [];
  let inNotes = false;
  let prose = false;
  for (const line of lines) {
    if (line.text === '') {
      continue;
    }
    if (prose) {
      leftover.push(line);
      continue;
    }
    if (isNumberLine(line.text)) {
      // In a budget, "公开02表" after the rows is the next table's number (Jiangsu prints it above the title).
      if (!budget || grid.length === 0) numberLine ??= line;
      continue;
    }
    const fields = inNotes ? null : headerFields(line, budget);
    if (fields) {
      for (const header of fields) {
        if (header.field === 'unit') unit ??= { line, value: header.value };
        else department ??= { line, value: header.value };
      }
      continue;
    }
    // A budget table ends at the first prose line after its rows (Shanghai prints no part headings).
    if (budget && !inNotes && isProseAfterGrid(line, grid)) {
      leftover.push(line);
      prose = true;
      continue;
    }
    if (NOTE_START.test(line.text) && !line.hasTabs) {
      inNotes = true;
      notes.push([line]);
      continue;
    }
    if (inNotes) {
      const current = notes[notes.length - 1];
      if (current && !line.hasTabs && line.cells.length <= 1) {
        current.push(line);
        continue;
      }
      leftover.push(line);
      continue;
    }
    grid.push(line);
  }
  return { numberLine, department, unit, grid, notes, leftover };
}

function noteOf(lines: readonly SourceLine[]): TableNote {
  const text = lines.map((l) => l.text).join('\n');
  const first = lines[0];
  const lastLine = lines[lines.length - 1];
  return {
    kind:
      /故本表|本表无|无数据|空表/.test(text) || (/^说明/.test(text) && EMPTY_STATEMENT.test(text))
        ? 'statement'
        : 'footnote',
    text,
    at: first ? lineRef(first) : {},
    endLine: lastLine?.no ?? first?.no ?? 1,
  };
}

/** Split notes into separate entries: each "注：" block, and a "说明：" inside it, become their own notes. */
function buildNotes(groups: readonly SourceLine[][]): TableNote[] {
  return groups.map((g) => noteOf(g));
}

function columnLabel(path: readonly string[]): string {
  return path.join('·');
}

export function buildTable(block: TableBlock): BuiltTable {
  const budget = isBudgetTableKind(block.kind);
  let c = classify(block.lines, budget);
  const glued = budget && block.titleHeader ? matchBudgetHeaderFields(block.titleHeader) : null;
  for (const h of glued ?? []) {
    if (h.field === 'unit') c = { ...c, unit: c.unit ?? { line: block.titleLine, value: h.value } };
    else c = { ...c, department: c.department ?? { line: block.titleLine, value: h.value } };
  }
  const grid = buildGrid(c.grid);
  const notes = buildNotes(c.notes);
  const number = block.number ?? (c.numberLine ? tableNumberIn(c.numberLine.text) : null);
  const numberAt = c.numberLine ? lineRef(c.numberLine) : block.number ? lineRef(block.titleLine) : null;
  const kind = block.kind;
  const built = isBudgetTableKind(kind) ? budgetTable(kind, grid) : finalTable(kind, grid);
  const statement = notes.find((n) => n.kind === 'statement') ?? null;
  const allLines = [block.titleLine, ...block.lines];
  const endLine =
    [...allLines].reverse().find((l) => l.text !== '' && !c.leftover.includes(l))?.no ?? block.titleLine.no;
  return {
    table: {
      number,
      numberAt,
      kind,
      title: block.title,
      titleAt: lineRef(block.titleLine),
      department: c.department ? c.department.value : null,
      departmentAt: c.department ? lineRef(c.department.line) : null,
      unit: c.unit ? c.unit.value : null,
      unitAt: c.unit ? lineRef(c.unit.line) : null,
      columns: built.columns,
      rows: built.rows,
      notes,
      emptyStatement: statement,
      headerLines: [
        ...grid.headerLines,
        ...(grid.columnNoLine ? [grid.columnNoLine] : []),
        ...grid.repeatedHeaderLines,
      ]
        .map((l) => l.no)
        .sort((a, b) => a - b),
      startLine: block.titleLine.no,
      endLine,
    },
    leftover: c.leftover,
  };
}

/** The nine 决算 tables (and unknown kinds). */
function finalTable(kind: TableKind | null, grid: Grid): { columns: Column[]; rows: Row[] } {
  switch (kind) {
    case 'income-expenditure-summary':
    case 'fiscal-summary':
      return twoSided(kind, grid);
    case 'general-budget-basic-expenditure':
      return basicExpenditure(kind, grid);
    case 'three-public':
      return singleBlock(kind, grid);
    default:
      return byFunction(kind, grid);
  }
}

function gridColumns(
  kind: TableKind | null,
  grid: Grid,
  sideOf: (c: number) => Side | null,
  groupOf: (c: number) => number | null,
): { columns: Column[]; meanings: ColumnMeaning[] } {
  const meanings = grid.columns.map((col, i) => columnMeaning(kind, col.path, sideOf(i)));
  const columns = grid.columns.map((col, i) => ({
    label: columnLabel(col.path),
    key: meanings[i]?.key ?? null,
    columnNo: col.columnNo ? compactCell(col.columnNo.text) : null,
    columnNoAt:
      col.columnNo && col.columnNoLine !== null
        ? { line: col.columnNoLine, column: col.columnNo.start, endColumn: col.columnNo.end }
        : null,
    side: sideOf(i),
    group: groupOf(i),
  }));
  return { columns, meanings };
}

const CODE_WITH_NAME = /^(\d{3}(?:\d{2}){0,2})\s*([^\d\s].*)?$/;

/** Tables by 功能分类 (02, 03, 05, 基金, 国资) and unknown kinds. */
function byFunction(kind: TableKind | null, grid: Grid): { columns: Column[]; rows: Row[] } {
  const { columns, meanings } = gridColumns(
    kind,
    grid,
    () => null,
    () => null,
  );
  const codeCols = meanings.flatMap((m, i) => (m.role.startsWith('code') ? [i] : []));
  let labelCol = meanings.findIndex((m) => m.role === 'label');
  if (labelCol < 0 && codeCols.length === 0) labelCol = 0;
  const amountCols = meanings.flatMap((m, i) =>
    m.role === 'amount' && i !== labelCol && !codeCols.includes(i) ? [i] : [],
  );
  const rows: Row[] = [];
  for (const gr of grid.rows) {
    const row = functionalRow(gr, codeCols, labelCol, amountCols, columns);
    if (!row) continue;
    const prev = rows[rows.length - 1];
    if (prev && isLabelContinuation(row) && prev.cells.length > 0) {
      rows[rows.length - 1] = { ...prev, label: prev.label + row.label };
      continue;
    }
    rows.push(row);
  }
  return { columns, rows };
}

function isLabelContinuation(row: Row): boolean {
  return (
    row.code === null &&
    row.lineNo === null &&
    row.label !== '' &&
    row.cells.every((c) => c.kind === 'blank') &&
    !/^(合计|总计|小计)/.test(row.label)
  );
}

function functionalRow(
  gr: GridRow,
  codeCols: readonly number[],
  labelCol: number,
  amountCols: readonly number[],
  columns: readonly Column[],
): Row | null {
  const line = gr.line;
  let code: string | null = null;
  let codeAt: SourceRef | null = null;
  let label = '';
  const codeTokens = codeCols
    .map((i) => gr.cells[i])
    .filter((t): t is Token => t !== undefined && t.text !== '');
  if (codeCols.length > 1) {
    const parts = codeTokens.map((t) => compactCell(t.text));
    if (parts.length > 0 && parts.every((p) => /^\d+$/.test(p))) {
      code = parts.join('');
      const first = codeTokens[0];
      const lastTok = codeTokens[codeTokens.length - 1];
      if (first && lastTok) codeAt = { line: line.no, column: first.start, endColumn: lastTok.end };
    } else if (parts.length > 0) {
      label = parts.join('');
    }
  } else if (codeTokens[0]) {
    const t = codeTokens[0];
    const text = compactCell(t.text);
    const m = CODE_WITH_NAME.exec(t.text.trim());
    if (m?.[1]) {
      code = m[1];
      codeAt = { line: line.no, column: t.start, endColumn: t.start + m[1].length - 1 };
      if (m[2]) label = compactCell(m[2]);
    } else {
      label = text;
    }
  }
  const labelTok = labelCol >= 0 ? gr.cells[labelCol] : undefined;
  if (labelTok && labelTok.text !== '')
    label = label ? label + compactCell(labelTok.text) : compactCell(labelTok.text);
  const cells = amountCols.map((i) => {
    const col = columns[i];
    const tok = gr.cells[i] ?? { text: '', start: 1, end: 0 };
    return makeCell(line, tok, col?.label ?? '', col?.key ?? null);
  });
  if (code === null && label === '' && cells.every((x) => x.kind === 'blank')) return null;
  return {
    code,
    codeAt,
    classCode: null,
    label,
    lineNo: null,
    lineNoAt: null,
    side: null,
    group: null,
    cells,
    at: lineRef(line),
  };
}

/** 01 / 04: income side and expenditure side in one printed row. */
function twoSided(kind: TableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  const width = grid.columns.length;
  const groupSide = grid.columns.map((col): Side | null =>
    col.path.some((p) => /^收入$/.test(p))
      ? 'income'
      : col.path.some((p) => /^支出$/.test(p))
        ? 'expenditure'
        : null,
  );
  // Without a 收入/支出 group row, the second 项目 column starts the expenditure side.
  const labelIdx = grid.columns.flatMap((col, i) =>
    /^项目$/.test(col.path[col.path.length - 1] ?? '') ? [i] : [],
  );
  const split =
    groupSide.indexOf('expenditure') >= 0
      ? groupSide.indexOf('expenditure')
      : (labelIdx[1] ?? Math.ceil(width / 2));
  const sideOf = (c: number): Side => groupSide[c] ?? (c < split ? 'income' : 'expenditure');
  const { columns, meanings } = gridColumns(kind, grid, sideOf, () => null);
  const rows: Row[] = [];
  for (const side of ['income', 'expenditure'] as const) {
    const idx = Array.from({ length: width }, (_, i) => i).filter((i) => sideOf(i) === side);
    let labelCol = idx.find((i) => meanings[i]?.role === 'label') ?? idx[0] ?? -1;
    const lineNoCol = idx.find((i) => meanings[i]?.role === 'lineNo') ?? -1;
    if (labelCol === lineNoCol) labelCol = -1;
    const amountCols = idx.filter((i) => i !== labelCol && i !== lineNoCol);
    for (const gr of grid.rows) {
      const line = gr.line;
      const labelTok = labelCol >= 0 ? gr.cells[labelCol] : undefined;
      const noTok = lineNoCol >= 0 ? gr.cells[lineNoCol] : undefined;
      const label = labelTok ? compactCell(labelTok.text) : '';
      const lineNo = noTok && noTok.text !== '' ? compactCell(noTok.text) : null;
      const cells = amountCols.map((i) => {
        const col = columns[i];
        return makeCell(
          line,
          gr.cells[i] ?? { text: '', start: 1, end: 0 },
          col?.label ?? '',
          col?.key ?? null,
        );
      });
      if (label === '' && lineNo === null && cells.every((x) => x.kind === 'blank')) continue;
      rows.push({
        code: null,
        codeAt: null,
        classCode: side === 'expenditure' && label ? classCodeForLabel(label) : null,
        label,
        lineNo,
        lineNoAt: noTok && lineNo !== null ? tokenRef(line, noTok) : null,
        side,
        group: null,
        cells,
        at: lineRef(line),
      });
    }
  }
  return { columns, rows };
}

/** The footer value may sit under any column of its group; it is always the group's 决算数. */
function footerColumn(label: string | undefined): string {
  const group = label?.split('·')[0] ?? '';
  return /经费$/.test(group) ? `${group}·决算数` : '决算数';
}

const FOOTER_LABEL = /^(人员经费合计|公用经费合计|人员经费|公用经费|合计)$/;

/** 06: side-by-side groups of 编码 | 名称 | 决算数, and the 人员经费合计 / 公用经费合计 footer. */
function basicExpenditure(kind: TableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  // A group starts at its 编码 column, or at its 类 column when the code is printed as 类 | 款.
  const starts = grid.columns.flatMap((col, i) =>
    /编码|代码|^类$/.test(col.path[col.path.length - 1] ?? '') ? [i] : [],
  );
  if (starts.length === 0) starts.push(0);
  const groupOf = (c: number): number => {
    let g = 0;
    starts.forEach((s, i) => {
      if (c >= s) g = i + 1;
    });
    return Math.max(1, g);
  };
  const { columns, meanings } = gridColumns(kind, grid, () => null, groupOf);
  const rows: Row[] = [];
  const footers: Row[] = [];
  for (const gr of grid.rows) {
    const line = gr.line;
    const texts = gr.cells.map((t) => compactCell(t.text));
    const footerIdx = texts.flatMap((t, i) => (FOOTER_LABEL.test(t) && !/^\d/.test(t) ? [i] : []));
    if (footerIdx.length > 0 && !texts.some((t) => /^\d{3}(\d{2})?$/.test(t))) {
      footerIdx.forEach((fi, k) => {
        const stop = footerIdx[k + 1] ?? gr.cells.length;
        let valueIdx = -1;
        for (let j = fi + 1; j < stop; j++) {
          if ((texts[j] ?? '') !== '') {
            valueIdx = j;
            break;
          }
        }
        const labelTok = gr.cells[fi];
        if (!labelTok) return;
        const col = valueIdx >= 0 ? columns[valueIdx] : undefined;
        const tok =
          valueIdx >= 0
            ? (gr.cells[valueIdx] ?? labelTok)
            : { text: '', start: labelTok.end + 1, end: labelTok.end };
        footers.push({
          code: null,
          codeAt: null,
          classCode: null,
          label: compactCell(labelTok.text),
          lineNo: null,
          lineNoAt: null,
          side: null,
          group: 0,
          cells: [makeCell(line, tok, footerColumn(col?.label), 'amount')],
          at: tokenRef(line, labelTok),
        });
      });
      continue;
    }
    starts.forEach((start, g) => {
      const end = starts[g + 1] ?? gr.cells.length;
      const idx = Array.from({ length: end - start }, (_, k) => start + k);
      const classCol = idx.find((i) => meanings[i]?.role === 'code-class');
      const sectionCol = idx.find((i) => meanings[i]?.role === 'code-section');
      const codeCol = classCol ?? idx.find((i) => meanings[i]?.role === 'code') ?? start;
      const labelCol = idx.find((i) => meanings[i]?.role === 'label') ?? start + 1;
      const amountCols = idx.filter((i) => i !== codeCol && i !== labelCol && i !== sectionCol);
      const codeTok = gr.cells[codeCol];
      const labelTok = gr.cells[labelCol];
      const sectionText = sectionCol !== undefined ? compactCell(gr.cells[sectionCol]?.text ?? '') : '';
      let code = codeTok ? compactCell(codeTok.text) + sectionText : '';
      let label = labelTok ? compactCell(labelTok.text) : '';
      const m = /^(\d{3}(?:\d{2})?)(\D.*)?$/.exec(code);
      if (m?.[1] && m[2] && !label) {
        code = m[1];
        label = m[2];
      }
      const cells = amountCols.map((i) => {
        const col = columns[i];
        return makeCell(
          line,
          gr.cells[i] ?? { text: '', start: 1, end: 0 },
          col?.label ?? '',
          col?.key ?? null,
        );
      });
      if (!code && !label && cells.every((x) => x.kind === 'blank')) return;
      const isCode = /^\d{3}(\d{2})?$/.test(code);
      const codeLen = m?.[1]?.length ?? code.length;
      rows.push({
        code: isCode ? code : null,
        codeAt:
          isCode && codeTok
            ? { line: line.no, column: codeTok.start, endColumn: codeTok.start + codeLen - 1 }
            : null,
        classCode: null,
        label: isCode ? label : code + label,
        lineNo: null,
        lineNoAt: null,
        side: null,
        group: g + 1,
        cells,
        at: lineRef(line),
      });
    });
  }
  // Rows of one group continue down the page: keep them in group order, then the footers.
  rows.sort((a, b) => (a.group ?? 0) - (b.group ?? 0) || (a.at.line ?? 0) - (b.at.line ?? 0));
  return { columns, rows: [...rows, ...footers] };
}

/** 三公: one data row of 12 cells mapped through the header. */
function singleBlock(kind: TableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  const { columns } = gridColumns(
    kind,
    grid,
    () => null,
    () => null,
  );
  const rows: Row[] = [];
  for (const gr of grid.rows) {
    const line = gr.line;
    const cells = columns.map((col, i) =>
      makeCell(line, gr.cells[i] ?? { text: '', start: 1, end: 0 }, col.label, col.key),
    );
    // A first cell that is a label (e.g. "合计" or a unit name) rather than a number stays the row label.
    const first = cells[0];
    let label = '';
    if (first?.kind === 'text') {
      label = compactCell(first.raw);
      cells.shift();
    }
    if (label === '' && cells.every((x) => x.kind === 'blank')) continue;
    rows.push({
      code: null,
      codeAt: null,
      classCode: null,
      label,
      lineNo: null,
      lineNoAt: null,
      side: null,
      group: null,
      cells,
      at: lineRef(line),
    });
  }
  return { columns, rows };
}

// ---- 部门预算 / 单位预算 tables ----

/** Budget tables: two-sided 收支总表, single-row 三公, everything else by 功能/经济分类 rows or labelled rows. */
function budgetTable(kind: BudgetTableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  switch (kind) {
    case 'budget-income-expenditure-summary':
    case 'budget-fiscal-summary':
      return budgetTwoSided(kind, grid);
    case 'budget-three-public':
      return singleBlock(kind, grid);
    default:
      return budgetRows(kind, grid);
  }
}

/** A column whose printed cells are all words (no amounts): a label column whatever its header says. */
function isWordColumn(grid: Grid, c: number): boolean {
  let words = 0;
  for (const gr of grid.rows) {
    const t = compactCell(gr.cells[c]?.text ?? '');
    if (t === '') continue;
    if (parseNumber(t).kind !== 'text') return false;
    words++;
  }
  return words > 0;
}

/**
 * Rows of a budget table: code columns (类|款|项 or one 编码 column), label columns (by header or because they hold
 * only words, e.g. Jiangsu "一般公共预算资金 | 小计"), the rest amounts. A sub-label under a blank first label
 * carries the label above ("一般公共预算资金·公共财政拨款(补助)资金").
 */
function budgetRows(kind: BudgetTableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  const built = gridColumns(
    kind,
    grid,
    () => null,
    () => null,
  );
  const meanings = built.meanings;
  const codeCols = meanings.flatMap((m, i) => (m.role.startsWith('code') ? [i] : []));
  const labelCols = meanings.flatMap((m, i) =>
    !codeCols.includes(i) &&
    (m.role === 'label' || (m.role === 'amount' && m.key === null && isWordColumn(grid, i)))
      ? [i]
      : [],
  );
  const columns = built.columns.map((c, i) => (labelCols.includes(i) ? { ...c, key: 'label' } : c));
  const labelCol = labelCols[0] ?? -1;
  const extraLabels = labelCols.slice(1);
  const amountCols = meanings.flatMap((m, i) =>
    m.role !== 'lineNo' && !codeCols.includes(i) && !labelCols.includes(i) ? [i] : [],
  );
  const rows: Row[] = [];
  let parent = '';
  for (const gr of grid.rows) {
    const row = functionalRow(gr, codeCols, labelCol, amountCols, columns);
    if (!row) continue;
    const first = labelCol >= 0 ? compactCell(gr.cells[labelCol]?.text ?? '') : '';
    const extra = extraLabels.map((i) => compactCell(gr.cells[i]?.text ?? '')).filter((t) => t !== '');
    if (first !== '') parent = first;
    let label = row.label;
    if (extra.length > 0) {
      const head = label !== '' ? label : row.code === null ? parent : '';
      label = [head, ...extra].filter((t) => t !== '').join('·');
    }
    if (label === '' && row.code === null && row.cells.every((x) => x.kind === 'blank')) continue;
    rows.push({ ...row, label });
  }
  return { columns, rows };
}

const BUDGET_LABEL_HEAD =
  /^(项目|项目名称|科目名称|名称|收入项目|支出项目)$|科目名称$|^功能科目|^支出功能分类/;
const GLUED_AMOUNT = /^(-?\d{1,3}(?:,\d{3})*\.\d{1,2}|-?\d+\.\d{1,2})\s*([^\d\s,.，。].*)$/;

/**
 * A figure the PDF layout glued to the label of the next block ("371,514,655.00 一、一般公共服务支出" with the 收入
 * 预算数 cell empty) goes back to the empty cell on its left.
 */
function unglue(gr: GridRow, starts: readonly number[]): GridRow {
  let cells: Token[] | null = null;
  for (const s of starts) {
    if (s === 0) continue;
    const tok = (cells ?? gr.cells)[s];
    const left = (cells ?? gr.cells)[s - 1];
    const m = tok ? GLUED_AMOUNT.exec(tok.text) : null;
    if (!tok || !m?.[1] || !m[2] || (left && left.text !== '')) continue;
    cells ??= [...gr.cells];
    const numEnd = tok.start + Array.from(m[1]).length - 1;
    cells[s - 1] = { text: m[1], start: tok.start, end: numEnd };
    cells[s] = { text: m[2], start: tok.end - Array.from(m[2]).length + 1, end: tok.end };
  }
  return cells ? { ...gr, cells } : gr;
}

/**
 * 收支总表 / 财政拨款收支总表 of a budget: blocks of label + amounts side by side — 收入 | 支出, or Jiangsu's 收入 |
 * 支出·功能分类 | 支出·支出用途 (the second 支出 block is group 2). A block starts at a 项目/科目名称 column.
 */
function budgetTwoSided(kind: BudgetTableKind, grid: Grid): { columns: Column[]; rows: Row[] } {
  const width = grid.columns.length;
  let starts = grid.columns.flatMap((col, i) =>
    BUDGET_LABEL_HEAD.test((col.path[col.path.length - 1] ?? '').replace(/[（(].*?[）)]/g, '')) ? [i] : [],
  );
  if (starts[0] !== 0) starts = [0, ...starts];
  const blockOf = (c: number): number => starts.filter((s) => s <= c).length - 1;
  const blockSide = starts.map((s, b): Side => {
    const path = grid.columns[s]?.path.join('·') ?? '';
    if (/收入/.test(path) && !/支出/.test(path)) return 'income';
    if (/支出/.test(path)) return 'expenditure';
    return b === 0 ? 'income' : 'expenditure';
  });
  const sideOf = (c: number): Side => blockSide[blockOf(c)] ?? 'expenditure';
  const expBlocks = starts.flatMap((_, b) => (blockSide[b] === 'expenditure' ? [b] : []));
  const groupOf = (c: number): number | null => {
    const b = blockOf(c);
    return expBlocks.length > 1 && expBlocks.includes(b) ? expBlocks.indexOf(b) + 1 : null;
  };
  const { columns } = gridColumns(kind, grid, sideOf, groupOf);
  const gridRows = grid.rows.map((gr) => unglue(gr, starts));
  const rows: Row[] = [];
  const amountColsOf = (b: number): number[] => {
    const start = starts[b] ?? 0;
    const end = starts[b + 1] ?? width;
    return Array.from({ length: end - start - 1 }, (_, k) => start + 1 + k);
  };
  const cellsOf = (gr: GridRow, from: readonly number[], to: readonly number[]): Cell[] =>
    to.map((i, k) => {
      const col = columns[i];
      return makeCell(
        gr.line,
        gr.cells[from[k] ?? -1] ?? { text: '', start: 1, end: 0 },
        col?.label ?? '',
        col?.key ?? null,
      );
    });
  /** Index in `rows` of each block's row of each grid line. */
  const rowOfLine = new Map<string, number>();
  starts.forEach((start, b) => {
    const side = blockSide[b] ?? 'expenditure';
    const amountCols = amountColsOf(b);
    gridRows.forEach((gr, g) => {
      const line = gr.line;
      const labelTok = gr.cells[start];
      const label = labelTok ? compactCell(labelTok.text) : '';
      const cells = cellsOf(gr, amountCols, amountCols);
      if (label === '' && cells.every((x) => x.kind === 'blank')) return;
      // A total printed once across two expenditure groups (Jiangsu: "支出合计" under 功能分类, its amount under
      // 支出用途, in one merged cell): the amount belongs to the labelled row of the group before.
      const before = rowOfLine.get(`${String(g)}:${String(b - 1)}`);
      const prev = before === undefined ? undefined : rows[before];
      if (label === '' && prev && prev.side === side && prev.cells.every((x) => x.kind === 'blank')) {
        const prevCols = amountColsOf(b - 1);
        rows[before as number] = { ...prev, cells: cellsOf(gr, amountCols, prevCols) };
        return;
      }
      rowOfLine.set(`${String(g)}:${String(b)}`, rows.length);
      rows.push({
        code: null,
        codeAt: null,
        classCode: side === 'expenditure' && label ? classCodeForLabel(label) : null,
        label,
        lineNo: null,
        lineNoAt: null,
        side,
        group: groupOf(start),
        cells,
        at: lineRef(line),
      });
    });
  });
  return { columns, rows };
}
