import type { TermDefinition } from '../../model/document.ts';
import { rowByLabel, tableOfKind, valueOf } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, detectTemplate, isAccounts } from './shared.ts';

/** The 11-section (national/Shanghai) template's 名词解释 leaves this out; it is needed there only when used. */
const SH11_CONDITIONAL = '使用非财政拨款结余';

/** Terms every 名词解释 defines (rules.md C-16), with the spellings accepted. */
const REQUIRED_TERMS: readonly { readonly term: string; readonly keys: readonly string[] }[] = [
  { term: '财政拨款收入', keys: ['财政拨款收入'] },
  { term: '事业收入', keys: ['事业收入'] },
  { term: '经营收入', keys: ['经营收入'] },
  { term: '其他收入', keys: ['其他收入'] },
  { term: '使用非财政拨款结余', keys: ['使用非财政拨款结余'] },
  { term: '年初结转和结余', keys: ['年初结转和结余'] },
  { term: '基本支出', keys: ['基本支出'] },
  { term: '项目支出', keys: ['项目支出'] },
  { term: '“三公”经费', keys: ['三公经费'] },
  { term: '机关运行经费', keys: ['机关运行经费'] },
];

/** Terms required once 01表 prints a non-zero figure on their line. */
const CONDITIONAL_TERMS: readonly { readonly term: string; readonly row: RegExp }[] = [
  { term: '上级补助收入', row: /上级补助收入$/ },
  { term: '附属单位上缴收入', row: /附属单位上缴收入$/ },
  { term: '结余分配', row: /^结余分配$/ },
  { term: '年末结转和结余', row: /^年末结转和结余$/ },
];

/** Superseded terms and their replacement in the tables. */
const OBSOLETE_TERMS: readonly { readonly old: string; readonly current: string }[] = [
  { old: '用事业基金弥补收支差额', current: '使用非财政拨款结余' },
];

function key(text: string): string {
  return text.replace(/[\s“”"‘’'（）()]/g, '');
}

export default defineRule({
  meta: {
    id: 'C-16',
    title: '名词解释覆盖表中使用的术语',
    group: 'completeness',
    severity: 'warning',
    formula:
      '名词解释至少解释财政拨款收入、事业收入、经营收入、其他收入、使用非财政拨款结余、年初结转和结余、基本支出、项目支出、“三公”经费、机关运行经费，以及01表有数的其他收支项目；已被替换的旧术语提示',
    rationale:
      '名词解释帮助公众读懂表格；缺少表中使用的术语，或仍用已停用的旧术语，都会造成误读。11节模板（中央/上海）的名词解释不含“使用非财政拨款结余”，只在01表该行有数时要求。',
    references: ['rules.md C-16', 'narrative.md §4'],
    messages: {
      missing: '名词解释未解释“{{term}}”{{why}}',
      obsolete: '名词解释仍解释旧术语“{{old}}”，01表已改用“{{current}}”',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const glossary = doc.parts.find((p) => p.kind === 'glossary');
    if (!glossary) return; // a missing part is C-01's
    const defined = (k: string): TermDefinition | undefined => doc.terms.find((t) => key(t.term).includes(k));
    const at = {
      ...blankLocation('narrative'),
      section: glossary.heading,
      line: glossary.at.line ?? null,
      excerpt: clip(glossary.heading),
    };
    const t01 = tableOfKind(doc, 'income-expenditure-summary');
    // An old term counts as obsolete when 01表 prints its replacement; it then stands in for the new term.
    const obsoleteHits = OBSOLETE_TERMS.map((o) => ({ ...o, def: defined(key(o.old)) })).filter(
      (o) => o.def && (!t01 || t01.rows.some((r) => key(r.label).startsWith(key(o.current)))),
    );
    const sh11 = detectTemplate(doc)?.template === 'SH11';
    const required = sh11 ? REQUIRED_TERMS.filter((t) => t.term !== SH11_CONDITIONAL) : REQUIRED_TERMS;
    const conditional = sh11
      ? [...CONDITIONAL_TERMS, { term: SH11_CONDITIONAL, row: /^使用非财政拨款结余/ }]
      : CONDITIONAL_TERMS;
    const missing = required
      .filter(
        ({ term, keys }) =>
          !keys.some((k) => defined(key(k))) &&
          !OBSOLETE_TERMS.some((o) => o.current === term && defined(key(o.old))),
      )
      .map((t) => t.term);
    if (missing.length > 0) {
      ctx.report({
        messageId: 'missing',
        data: { term: missing.join('”“'), why: '' },
        expected: { text: missing.join('、') },
        locations: [at],
      });
    }
    if (t01) {
      for (const { term, row } of conditional) {
        if (defined(key(term))) continue;
        const r = rowByLabel(t01, [row]);
        const v = valueOf(r?.cells.find((c) => c.key !== null));
        if (!r || !v) continue;
        ctx.report({
          messageId: 'missing',
          data: { term, why: `（${t01.number ?? '01'}表“${r.label}”有数）` },
          expected: { text: term },
          locations: [at, ctx.rowAt(t01, r)],
        });
      }
    }
    for (const { old, current, def } of obsoleteHits) {
      if (!def) continue;
      ctx.report({
        messageId: 'obsolete',
        severity: 'note',
        data: { old, current },
        expected: { text: current },
        actual: { text: old },
        locations: [{ ...at, line: def.at.line ?? at.line, excerpt: clip(`${def.term}：${def.definition}`) }],
      });
    }
  },
});
