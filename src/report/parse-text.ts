/** Human-readable `parse` output: recognised tables aligned for a terminal (CJK double width), then a summary. */
import stringWidth from 'string-width';
import type { Cell, Disclosure, Row, Table } from '../model/document.ts';

const KIND_NAMES: Record<string, string> = {
  'final-accounts': '部门决算',
  'unit-final-accounts': '单位决算',
  'perf-self-eval-report': '绩效自评报告',
  budget: '部门预算',
  'unit-budget': '单位预算',
  unknown: '未识别',
};

function pad(text: string, width: number, right = false): string {
  const gap = Math.max(0, width - stringWidth(text));
  return right ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

function cellText(c: Cell): string {
  if (c.kind === 'number') return c.raw.trim();
  if (c.kind === 'blank') return '';
  return c.raw;
}

function shorten(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return out + '…';
}

function renderRows(rows: readonly Row[], columns: readonly string[]): string {
  const header = ['编码/行次', '项目', ...columns];
  const body = rows.map((r) => [r.code ?? r.lineNo ?? '', shorten(r.label, 34), ...r.cells.map(cellText)]);
  const width = Math.max(header.length, ...body.map((b) => b.length));
  const widths = Array.from({ length: width }, (_, i) =>
    Math.min(
      36,
      Math.max(stringWidth(shorten(header[i] ?? '', 24)), ...body.map((b) => stringWidth(b[i] ?? ''))),
    ),
  );
  return [
    widths.map((w, i) => pad(shorten(header[i] ?? '', 24), w)).join('  '),
    ...body.map((b) => widths.map((w, i) => pad(b[i] ?? '', w, i >= 2)).join('  ')),
  ].join('\n');
}

export function renderTable(t: Table): string {
  if (t.rows.some((r) => r.side !== null)) {
    return (['income', 'expenditure'] as const)
      .map((side) => {
        const rows = t.rows.filter((r) => r.side === side);
        const cols = t.columns.filter((c) => c.side === side && c.key !== 'label' && c.key !== 'lineNo');
        return `  〔${side === 'income' ? '收入' : '支出'}〕\n${renderRows(
          rows,
          cols.map((c) => c.label),
        )}`;
      })
      .join('\n');
  }
  return renderRows(t.rows, t.rows[0]?.cells.map((c) => c.column) ?? []);
}

export function renderDisclosure(doc: Disclosure): string {
  const m = doc.meta;
  const out: string[] = [];
  out.push(`文件：${doc.source.file}`);
  out.push(
    `文档：${m.title || '（无标题）'}｜${KIND_NAMES[m.kind] ?? m.kind}｜部门：${m.department || '（空）'}｜年度：${m.year ?? '（未识别）'}｜单位：${m.unit ?? '（未识别）'}｜表序：${m.tableOrder === 'old' ? '旧' : m.tableOrder === 'new' ? '新' : '（未识别）'}`,
  );
  for (const t of doc.tables) {
    out.push('');
    out.push(
      `■ 公开${t.number ?? '??'}表 ${t.title}（第${t.startLine}行，${t.rows.length}行数据${t.emptyStatement ? '，空表说明' : ''}）`,
    );
    if (t.rows.length > 0) out.push(renderTable(t));
    if (t.emptyStatement) out.push(`  说明：${t.emptyStatement.text.replace(/^说明[:：]/, '')}`);
  }
  for (const p of doc.perfEvaluations) {
    out.push('');
    out.push(
      `■ ${p.title}（第${p.startLine}行）资金 ${p.money.length} 行，指标 ${p.indicators.length} 行，总分 ${p.total?.score?.raw ?? '—'}，等级 ${p.total?.grade ?? '—'}`,
    );
  }
  out.push('');
  const sectionCount = doc.parts.reduce((n, p) => n + p.sections.length, 0);
  out.push(
    `小结：${doc.tables.length} 张表，${doc.parts.length} 个部分，${sectionCount} 个章节，${doc.terms.length} 条名词解释，${doc.perfEvaluations.length} 张绩效自评表`,
  );
  for (const p of doc.parts) {
    out.push(`  ${p.heading || '（正文）'}：${p.sections.map((s) => s.heading).join('；') || '—'}`);
  }
  if (doc.warnings.length > 0) {
    out.push(`未能识别 ${doc.warnings.length} 处：`);
    for (const w of doc.warnings) out.push(`  - ${w.at?.line ? `第${w.at.line}行：` : ''}${w.message}`);
  } else {
    out.push('全部内容已识别。');
  }
  return out.join('\n');
}
