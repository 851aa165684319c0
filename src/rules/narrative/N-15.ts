import { codesByName, normalizeSubjectName } from '../../catalog/index.ts';
import { formatHundredths } from '../../model/amount.ts';
import type { Row, Table } from '../../model/document.ts';
import { cellByKey, tableOfKind, valueOf } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { amountsIn, narrativeSections, paragraphsOf, sentenceLocation, type Sentence } from './claims.ts';
import { compareQuoted } from './compare.ts';

type Group = 'personnel' | 'public';

/** 人员经费 lines are 301 and 303; 公用经费 lines are 302, 307, 310 and 399 (rules.md N-15). */
const GROUP_CODES: Record<Group, RegExp> = { personnel: /^30[13]/, public: /^(302|307|310|399)/ };
const GROUP_NAMES: Record<Group, string> = { personnel: '人员经费', public: '公用经费' };

interface ListItem {
  readonly name: string;
  readonly amount: ReturnType<typeof amountsIn>[number] | null;
  /** Offset of the item in the paragraph. */
  readonly start: number;
}

interface ItemList {
  readonly group: Group;
  readonly paragraph: Sentence;
  readonly items: readonly ListItem[];
  /** The list ends with "等": the preparer says it names only the main items. */
  readonly partial: boolean;
}

/** "人员经费X万元，占…，主要包括：基本工资a万元、津贴补贴…；公用经费…主要包括…": the lists with their group. */
function itemLists(p: Sentence): ItemList[] {
  const out: ItemList[] = [];
  for (const m of p.text.matchAll(/主要包括[：:]?/g)) {
    const head = p.text.slice(
      Math.max(0, p.text.lastIndexOf('；', m.index), p.text.lastIndexOf('。', m.index)),
      m.index,
    );
    const group: Group | null = /公用经费/.test(head) ? 'public' : /人员经费/.test(head) ? 'personnel' : null;
    if (!group) continue;
    const from = m.index + m[0].length;
    const stop = p.text.slice(from).search(/[；;。]/);
    let body = p.text.slice(from, stop < 0 ? p.text.length : from + stop);
    const partial = /等\s*$/.test(body);
    body = body.replace(/等\s*$/, '');
    const items: ListItem[] = [];
    let offset = from;
    for (const piece of body.split(/([、，,]|以及)/)) {
      const start = offset;
      offset += piece.length;
      if (/^([、，,]|以及)$/.test(piece)) continue;
      const amount = amountsIn(piece)[0] ?? null;
      const name = (amount ? piece.slice(0, amount.start) : piece)
        .replace(/(支出|共计|合计)?(为|共)?$/, '')
        .trim();
      if (name === '') continue;
      items.push({
        name,
        amount: amount ? { ...amount, start: amount.start + start, end: amount.end + start } : null,
        start,
      });
    }
    if (items.length > 0) out.push({ group, paragraph: p, items, partial });
  }
  return out;
}

function key(name: string): string {
  return normalizeSubjectName(name).replace(/(费用|缴费|费|支出)$/, '');
}

/** The 06 line an item names: same name, a shortened or truncated name, or the catalog's code for the name. */
function lineOf(t06: Table, name: string, year: number | null): Row | undefined {
  const rows = t06.rows.filter((r) => r.code !== null);
  const k = key(name);
  const exact = rows.find((r) => key(r.label) === k);
  if (exact) return exact;
  const prefix = rows.find((r) => {
    const rk = key(r.label);
    return Math.min(rk.length, k.length) >= 4 && (rk.startsWith(k) || k.startsWith(rk));
  });
  if (prefix) return prefix;
  const codes = codesByName('economic', name, { year }).map((e) => e.code);
  return rows.find((r) => r.code !== null && codes.includes(r.code));
}

/** A non-zero line of the group whose name starts like the item's (4 characters or more in common). */
function similarLine(t06: Table, name: string, group: Group, value: (r: Row) => number): Row | undefined {
  const k = key(name);
  return t06.rows.find((r) => {
    if (r.code === null || r.code.length !== 5 || !GROUP_CODES[group].test(r.code) || value(r) === 0)
      return false;
    const rk = key(r.label);
    let n = 0;
    while (n < rk.length && n < k.length && rk[n] === k[n]) n++;
    return n >= 4;
  });
}

export default defineRule({
  meta: {
    id: 'N-15',
    title: '基本支出“主要包括”所列项目与06表一致',
    group: 'narrative',
    severity: 'warning',
    formula:
      '人员经费所列各项 ∈ 06表 301、303 中的非零行；公用经费所列各项 ∈ 302、307、310、399 中的非零行；写出金额的项 = 06表该行',
    rationale:
      '“主要包括”应列出实际发生的经济分类款项（不涉及的不列）；列出为 0 或不存在的项目，或金额与 06 表不同，说明照抄模板或数字有误。',
    references: ['rules.md N-15', 'narrative.md §2.6'],
    messages: {
      amount: '“{{section}}” {{group}}所列 {{item}} {{quoted}} 与 06表 {{line}} {{value}} 不一致',
      zeroLine: '“{{section}}” {{group}}列出“{{item}}”，而 06表 {{line}} 为 0（不涉及的不列）',
      absent: '“{{section}}” {{group}}列出“{{item}}”，06表没有这一项',
      misnamed: '“{{section}}” {{group}}列出“{{item}}”，06表没有这一项；名称应为 06表 {{line}}',
      wrongGroup: '“{{section}}” {{group}}列出“{{item}}”，而 06表 {{line}} 属于{{other}}',
      notNamed: '“{{section}}” {{group}}没有列出 06表 中不为 0 的 {{lines}}',
    },
  },
  check(doc, ctx) {
    const section = narrativeSections(doc).get('basic');
    const t06 = tableOfKind(doc, 'general-budget-basic-expenditure');
    if (!section || !t06) return;
    const value = (r: Row): number => valueOf(cellByKey(r, 'amount')) ?? 0;
    for (const p of paragraphsOf(section)) {
      for (const list of itemLists(p)) {
        const named = new Set<Row>();
        const data = { section: section.heading, group: GROUP_NAMES[list.group] };
        for (const item of list.items) {
          const at = sentenceLocation(p, item.amount?.start ?? item.start);
          const row = lineOf(t06, item.name, doc.meta.year);
          if (!row?.code) {
            // a misspelt name of a line that has money ("公务员医疗保险缴费" for 30111 公务员医疗补助缴费)
            const like = similarLine(t06, item.name, list.group, value);
            if (like) named.add(like);
            ctx.report({
              messageId: like ? 'misnamed' : 'absent',
              data: { ...data, item: item.name, line: like ? `${like.code ?? ''} ${like.label}` : '' },
              locations: like ? [at, ctx.rowAt(t06, like)] : [at],
            });
            continue;
          }
          named.add(row);
          const line = `${row.code} ${row.label}`;
          const cell = cellByKey(row, 'amount');
          const rowAt = cell ? ctx.cellAt(t06, row, cell) : ctx.rowAt(t06, row);
          if (!GROUP_CODES[list.group].test(row.code)) {
            const other = list.group === 'personnel' ? '公用经费' : '人员经费';
            ctx.report({
              messageId: 'wrongGroup',
              data: { ...data, item: item.name, line, other },
              locations: [at, rowAt],
            });
            continue;
          }
          const v = value(row);
          if (item.amount && compareQuoted(item.amount, v) !== 'same') {
            ctx.report({
              messageId: 'amount',
              severity: 'error',
              data: { ...data, item: item.name, quoted: item.amount.raw, line, value: formatHundredths(v) },
              expected: { amount: v },
              actual: { amount: item.amount.value },
              locations: [at, rowAt],
            });
          } else if (v === 0 && !(item.amount && item.amount.value === 0)) {
            ctx.report({
              messageId: 'zeroLine',
              data: { ...data, item: item.name, line },
              locations: [at, rowAt],
            });
          }
        }
        if (list.partial) continue;
        // 5-digit lines of the group with money that the list leaves out (款 totals are not items)
        const missing = t06.rows.filter(
          (r) =>
            r.code !== null &&
            r.code.length === 5 &&
            GROUP_CODES[list.group].test(r.code) &&
            value(r) !== 0 &&
            !named.has(r) &&
            ![...named].some((n) => n.code !== null && n.code.length === 3 && r.code?.startsWith(n.code)),
        );
        if (missing.length === 0) continue;
        ctx.report({
          messageId: 'notNamed',
          severity: 'note',
          data: { ...data, lines: missing.map((r) => `${r.code ?? ''} ${r.label}`).join('、') },
          locations: [sentenceLocation(p, list.items[0]?.start ?? 0), ctx.rowAt(t06, missing[0] as Row)],
        });
      }
    }
  },
});
