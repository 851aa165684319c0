import { isBudgetTableKind, type FinalTableKind, type Table } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import {
  blankLocation,
  clip,
  cnNumber,
  isAccounts,
  KIND_TITLE,
  NINE_KINDS,
  ORDER_NAME,
  ORDER_NUMBER,
  partKindOfTitle,
  tableKindOfTitle,
  tableLabel,
  tocText,
} from './shared.ts';

type Order = 'old' | 'new';

/** Adjacent pairs printed against the order's sequence. */
function violations(kinds: readonly FinalTableKind[], order: Order): number {
  let n = 0;
  for (let i = 1; i < kinds.length; i++) {
    const a = kinds[i - 1];
    const b = kinds[i];
    if (a && b && ORDER_NUMBER[order][a] > ORDER_NUMBER[order][b]) n++;
  }
  return n;
}

export default defineRule({
  meta: {
    id: 'C-03',
    title: '表序一致：表号、目录与表名对应',
    group: 'completeness',
    severity: 'error',
    formula:
      '九张表按旧表序（07三公、08基金、09国资）或新表序（07基金、08国资、09三公）之一排列；公开NN表编号、目录所列表号与表名一致',
    rationale:
      '两种表序并存，表号随表序而变（“三公”表旧表序为公开07表，新表序为公开09表）；表序混用或表号与表名不符，读者会按错误的表号引用数据。',
    references: ['rules.md C-03', 'tables.md §1'],
    messages: {
      mixedOrder: '表的排列既不符合旧表序也不符合新表序：{{sequence}}',
      numberMismatch: '{{table}} 的表号与表名不符：按本文件的{{order}}，{{kindTitle}}应为公开{{expected}}表',
      tocMismatch: '目录第{{tocNumber}}项“{{tocTitle}}”与正文不符：正文中该表为公开{{bodyNumber}}表',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const tables = [...doc.tables]
      .filter((t): t is Table & { kind: FinalTableKind } => t.kind !== null && !isBudgetTableKind(t.kind))
      .sort((a, b) => (a.titleAt.line ?? 0) - (b.titleAt.line ?? 0));
    if (tables.length === 0) return;
    const kinds = tables.map((t) => t.kind);
    const vOld = violations(kinds, 'old');
    const vNew = violations(kinds, 'new');
    const order: Order = vOld === vNew ? (doc.meta.tableOrder ?? 'old') : vOld < vNew ? 'old' : 'new';
    if (Math.min(vOld, vNew) > 0) {
      ctx.report({
        messageId: 'mixedOrder',
        data: {
          sequence: tables.map((t) => `${t.number ?? '?'} ${KIND_TITLE[t.kind]}`).join(' → '),
        },
        locations: tables.map((t) => ctx.tableAt(t)),
      });
    } else {
      for (const t of tables) {
        const expected = ORDER_NUMBER[order][t.kind];
        if (t.number === null || t.number === expected) continue;
        ctx.report({
          messageId: 'numberMismatch',
          data: { table: tableLabel(t), order: ORDER_NAME[order], kindTitle: KIND_TITLE[t.kind], expected },
          expected: { text: `公开${expected}表` },
          actual: { text: `公开${t.number}表` },
          locations: [{ ...ctx.tableAt(t), line: t.numberAt?.line ?? t.titleAt.line ?? null }],
        });
      }
    }
    // The 目录 entries of the tables part (only where the body number itself fits the order: otherwise the
    // disagreement is already reported above).
    if (Math.min(vOld, vNew) > 0) return;
    let inTables = false;
    for (const entry of doc.toc) {
      if (entry.level === 1) {
        inTables = partKindOfTitle(entry.text) === 'tables';
        continue;
      }
      if (!inTables) continue;
      const m = /^([一二三四五六七八九十\d]{1,3})\s*[、.．]\s*(.*)$/.exec(tocText(entry.text));
      if (!m?.[1] || !m[2]) continue;
      const n = cnNumber(m[1]);
      const kind = tableKindOfTitle(m[2]);
      if (n === null || kind === null || !NINE_KINDS.includes(kind)) continue;
      const body = doc.tables.find((t) => t.kind === kind);
      const tocNumber = String(n).padStart(2, '0');
      if (!body?.number || body.number === tocNumber || body.number !== ORDER_NUMBER[order][kind]) continue;
      ctx.report({
        messageId: 'tocMismatch',
        data: { tocNumber: m[1], tocTitle: clip(m[2], 60), bodyNumber: body.number },
        expected: { text: `公开${body.number}表` },
        actual: { text: `目录第${m[1]}项` },
        locations: [
          { ...blankLocation('meta'), line: entry.at.line ?? null, excerpt: clip(entry.text) },
          ctx.tableAt(body),
        ],
      });
    }
  },
});
