import type { FinalTableKind } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { clip, isAccounts, KIND_TITLE, ORDER_NAME, tableLabel } from './shared.ts';

/** What a "本表反映…" note describes, most specific first. */
const SUBJECTS: readonly { readonly kind: FinalTableKind; readonly re: RegExp }[] = [
  {
    kind: 'fiscal-summary',
    re: /一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款|财政拨款.{0,6}总收支/,
  },
  { kind: 'income-expenditure-summary', re: /总收支/ },
  { kind: 'three-public', re: /三公/ },
  { kind: 'government-fund', re: /政府性基金/ },
  { kind: 'state-capital', re: /国有资本经营/ },
  { kind: 'general-budget-basic-expenditure', re: /基本支出/ },
  { kind: 'general-budget-expenditure', re: /一般公共预算(?:财政拨款)?(?:(?!基本)[^，。]){0,6}支出/ },
  { kind: 'income', re: /收入/ },
  { kind: 'expenditure', re: /支出/ },
];

export default defineRule({
  meta: {
    id: 'C-17',
    title: '表注齐全且与本表相符',
    group: 'completeness',
    severity: 'note',
    formula:
      '每张表有“注：本表反映…”表注，内容与本表相符；“三公”表注中决算数口径旧表序为“一般公共预算财政拨款”、新表序为“财政拨款”',
    rationale:
      '表注说明表格的口径；缺注或套用其他表的注，读者会误解数据范围。“三公”表的口径随表序从一般公共预算扩大到全部财政拨款。',
    references: ['rules.md C-17', 'tables.md §3'],
    messages: {
      missing: '{{table}} 没有“注：本表反映…”的表注',
      wrongSubject: '{{table}} 的表注“{{text}}”描述的是{{subject}}，与本表不符',
      threePublicScope: '{{table}} 的表注口径“{{text}}”与{{order}}不符：{{expected}}',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    for (const t of doc.tables) {
      if (t.kind === null) continue;
      const note = t.notes.find((n) => /本表反映/.test(n.text));
      if (!note) {
        ctx.report({ messageId: 'missing', data: { table: tableLabel(t) }, locations: [ctx.tableAt(t)] });
        continue;
      }
      const at = { ...ctx.tableAt(t), line: note.at.line ?? null, excerpt: clip(note.text) };
      const sentence = /本表反映[^。]*/.exec(note.text)?.[0] ?? note.text;
      const subject = SUBJECTS.find(({ re }) => re.test(sentence))?.kind ?? null;
      const own = SUBJECTS.find((x) => x.kind === t.kind)?.re.test(sentence) ?? false;
      if (subject !== null && subject !== t.kind && !own) {
        ctx.report({
          messageId: 'wrongSubject',
          data: { table: tableLabel(t), text: clip(sentence, 60), subject: KIND_TITLE[subject] },
          actual: { text: sentence },
          locations: [at],
        });
        continue;
      }
      const order = doc.meta.tableOrder;
      if (t.kind !== 'three-public' || order === null) continue;
      const scope = /决算数[^。；]*/.exec(note.text)?.[0] ?? '';
      if (scope === '') continue;
      const general = /一般公共预算财政拨款/.test(scope);
      if (order === 'old' && !general) {
        ctx.report({
          messageId: 'threePublicScope',
          data: {
            table: tableLabel(t),
            text: clip(scope, 60),
            order: ORDER_NAME[order],
            expected: '旧表序“三公”表为一般公共预算财政拨款口径',
          },
          actual: { text: scope },
          locations: [at],
        });
      } else if (order === 'new' && general) {
        ctx.report({
          messageId: 'threePublicScope',
          data: {
            table: tableLabel(t),
            text: clip(scope, 60),
            order: ORDER_NAME[order],
            expected: '新表序“三公”表为全部财政拨款口径',
          },
          actual: { text: scope },
          locations: [at],
        });
      }
    }
  },
});
