/** `check --format text`: findings grouped by document part, coloured on a TTY, with a summary line. */
import type { Finding, Severity } from '../model/finding.ts';
import type { CheckedDocument } from './types.ts';
import { placeOf } from './where.ts';

const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', note: '提示' };
const COLOUR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', note: '\u001b[36m' };
const RESET = '\u001b[0m';
const PART_NAMES: Record<string, string> = {
  table: '决算表',
  narrative: '情况说明',
  meta: '封面与格式',
  perf: '绩效自评',
};

function where(f: Finding): string {
  const l = f.locations[0];
  if (!l) return '';
  const bits = [placeOf(l) || null, l.table ? `${l.table}表` : null, l.row, l.section].filter(Boolean);
  return bits.join(' ');
}

/** A 部门预算 / 单位预算 is read but not judged by the 决算 rules: say so, with the number of budget tables read. */
function budgetNotice(doc: CheckedDocument['doc']): string | null {
  if (!doc || (doc.meta.kind !== 'budget' && doc.meta.kind !== 'unit-budget')) return null;
  const name = doc.meta.kind === 'budget' ? '部门预算' : '单位预算';
  const n = doc.tables.filter((t) => t.kind?.startsWith('budget-')).length;
  return `  本文件是${name}，读取了 ${n} 张预算表；决算审核规则不适用于预算，未运行。`;
}

export function checkToText(docs: readonly CheckedDocument[], colour: boolean): string {
  const out: string[] = [];
  const paint = (s: Severity, text: string): string => (colour ? `${COLOUR[s]}${text}${RESET}` : text);
  const totals: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const d of docs) {
    out.push(d.file);
    if (d.error) {
      out.push(`  无法读取：${d.error}`);
      continue;
    }
    const notice = budgetNotice(d.doc);
    if (notice) out.push(notice);
    const byPart = new Map<string, Finding[]>();
    for (const f of d.findings) {
      const part = f.locations[0]?.part ?? 'meta';
      byPart.set(part, [...(byPart.get(part) ?? []), f]);
      totals[f.severity]++;
    }
    for (const [part, list] of byPart) {
      out.push(`  【${PART_NAMES[part] ?? part}】`);
      for (const f of list) {
        out.push(`    ${paint(f.severity, LABEL[f.severity])} ${f.ruleId} ${where(f)}`);
        out.push(`      ${f.message}`);
        for (const r of f.related ?? []) out.push(`      ↳ 同一数字还导致 ${r.ruleId}：${r.message}`);
      }
    }
    if (d.findings.length === 0) out.push('  未发现问题。');
    for (const fail of d.failures) out.push(`  规则 ${fail.ruleId} 内部错误，已跳过：${fail.message}`);
    out.push('');
  }
  const files = docs.length;
  out.push(
    `共 ${files} 个文件：${paint('error', `${totals.error} 个错误`)}，${paint('warning', `${totals.warning} 个警告`)}，${totals.note} 个提示`,
  );
  return out.join('\n');
}
