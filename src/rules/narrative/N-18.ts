import { defineRule } from '../define-rule.ts';
import type { TableKind } from '../../model/document.ts';
import { hasNoFigures, tableName, tableOfKind, totalRow } from '../../model/query.ts';
import { operand } from '../helpers.ts';
import { amountsIn, narrativeSections, paragraphsOf, sentenceLocation, type SectionKey } from './claims.ts';
import { checkQuote, QUOTE_MESSAGES } from './compare.ts';

const PAIRS: readonly { key: SectionKey; kind: TableKind; name: string }[] = [
  { key: 'fund', kind: 'government-fund', name: '政府性基金' },
  { key: 'stateCapital', kind: 'state-capital', name: '国有资本经营' },
];

const FIGURES: readonly [RegExp, string][] = [
  [/年初结转和结余$/, 'opening'],
  [/年末结转和结余$/, 'closing'],
  [/基本支出$/, 'basic'],
  [/项目支出$/, 'project'],
  [/收入$/, 'income'],
  [/支出$/, 'total'],
];

const NONE = /没有|无[^，。；]{0,12}(收入|支出|收支)|未发生|不涉及/;

export default defineRule({
  meta: {
    id: 'N-18',
    title: '政府性基金、国有资本经营情况说明与对应表一致',
    group: 'narrative',
    severity: 'error',
    formula:
      '【基金】/【国资】：表为空 ⇔ 说明“没有……收入和支出”（或所列数字均为 0）；表有数 ⇒ 说明中的金额 = 表合计',
    rationale: '这两段复述基金表、国资表；表有数据而说明称“没有”，或表为空而说明写出金额，都是矛盾。',
    references: ['rules.md N-18', 'narrative.md §2.8'],
    messages: {
      ...QUOTE_MESSAGES,
      saysNone: '“{{section}}” 称本年没有{{name}}收支，但{{table}}合计有数',
      statesAmount: '“{{section}}” 写出{{name}}金额 {{amount}}，但{{table}}为空表',
    },
  },
  check(doc, ctx) {
    const sections = narrativeSections(doc);
    for (const { key, kind, name } of PAIRS) {
      const section = sections.get(key);
      const t = tableOfKind(doc, kind);
      if (!section || !t) continue;
      const empty = hasNoFigures(t);
      // A table that declares itself empty but prints figures is X-18's finding; the narrative agrees with the
      // declaration.
      const declaredEmpty = t.emptyStatement !== null;
      for (const p of paragraphsOf(section)) {
        const amounts = amountsIn(p.text).filter((a) => a.unit === '万元');
        if (!empty && !declaredEmpty && NONE.test(p.text) && amounts.every((a) => a.value === 0)) {
          ctx.report({
            messageId: 'saysNone',
            data: { section: section.heading, name, table: tableName(t) },
            locations: [sentenceLocation(p, p.text.search(NONE)), ctx.tableAt(t)],
          });
          continue;
        }
        for (const a of amounts) {
          if (empty) {
            if (a.value !== 0) {
              ctx.report({
                messageId: 'statesAmount',
                data: { section: section.heading, name, amount: a.raw, table: tableName(t) },
                locations: [sentenceLocation(p, a.start), ctx.tableAt(t)],
              });
            }
            continue;
          }
          const fig = FIGURES.find(([re]) => re.test(a.label));
          if (!fig || /[（(]项[）)]/.test(a.label)) continue;
          const op = operand(t, totalRow(t), fig[1]);
          if (op) checkQuote(ctx, p, a, op);
        }
      }
    }
  },
});
