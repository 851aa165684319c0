import { defineRule } from '../define-rule.ts';
import { formatHundredths } from '../../model/amount.ts';
import type { Disclosure } from '../../model/document.ts';
import { tableOfKind } from '../../model/query.ts';
import { describe, operand, type Operand } from '../helpers.ts';
import { findLine, GRAND_TOTAL } from '../summary-rows.ts';
import {
  amountsIn,
  changesIn,
  narrativeSections,
  paragraphsOf,
  sentenceLocation,
  subsection,
  type ChangeMention,
  type SectionKey,
} from '../narrative/claims.ts';
import { threePublicRef } from '../narrative/three-public.ts';
import { totalFigure } from '../narrative/table-figures.ts';

/** The published figure of last year that a change statement's base refers to. */
type PriorFigure = { kind: 'table'; op: Operand } | { kind: 'text'; value: number; where: string };

function priorFor(key: SectionKey, prev: Disclosure, text: string, c: ChangeMention): PriorFigure | null {
  const base = c.base;
  if (!base) return null;
  switch (key) {
    case 'overall': {
      const t = tableOfKind(prev, 'income-expenditure-summary');
      if (!t || !/(收入支出|收、?支|收入|支出)总计$/.test(base.label) || /财政拨款/.test(base.label))
        return null;
      const side = /^支出总计$/.test(base.label) ? 'expenditure' : 'income';
      const op = operand(t, findLine(t, side, GRAND_TOTAL), 'amount');
      return op ? { kind: 'table', op } : null;
    }
    case 'fiscal': {
      const t = tableOfKind(prev, 'fiscal-summary');
      const op = t ? operand(t, findLine(t, 'income', GRAND_TOTAL), 'amount') : null;
      return op && /总计$/.test(base.label) ? { kind: 'table', op } : null;
    }
    case 'general': {
      const op = totalFigure(tableOfKind(prev, 'general-budget-expenditure'), 'total');
      return op && /财政拨款支出$/.test(base.label) ? { kind: 'table', op } : null;
    }
    case 'threePublic': {
      const t = tableOfKind(prev, 'three-public');
      const ref = threePublicRef(text, base);
      if (!t || !ref || ref.block !== 'actual') return null;
      const op = operand(t, t.rows[0], ref.key);
      return op ? { kind: 'table', op } : null;
    }
    case 'operating': {
      const s = narrativeSections(prev).get('operating');
      const a = s
        ? paragraphsOf(s)
            .flatMap((p) => amountsIn(p.text))
            .find((x) => /机关运行经费(支出)?$/.test(x.label))
        : undefined;
      return a ? { kind: 'text', value: a.value, where: `上年情况说明“${s?.heading ?? ''}”` } : null;
    }
    default:
      return null;
  }
}

const KEYS: readonly SectionKey[] = ['overall', 'fiscal', 'general', 'threePublic', 'operating'];

export default defineRule({
  meta: {
    id: 'Y-03',
    title: '说明中的上年数与上年公开的数字一致',
    group: 'cross-year',
    severity: 'error',
    formula:
      '由“本年数 与上年相比 增加/减少 Δ”推得的上年数 = 上年公开文件中的同一数字（收支总计、财政拨款总计、一般公共预算财政拨款支出、“三公”经费各项、机关运行经费）',
    rationale: '同比变动是用上年公开数计算的；推得的上年数与上年公开数不一致，说明增减额或上年数有误。',
    references: ['rules.md Y-03'],
    messages: {
      prior:
        '“{{section}}” {{base}}万元 {{direction}} {{delta}}万元，推得上年为 {{derived}}万元，但上年公开的 {{published}}',
    },
  },
  check(doc, ctx) {
    const prev = ctx.previous;
    if (!prev) return;
    const sections = narrativeSections(doc);
    for (const key of KEYS) {
      const section = sections.get(key);
      if (!section) continue;
      const scope = key === 'general' ? (subsection(section, '一') ?? section) : section;
      for (const p of paragraphsOf(scope)) {
        for (const c of changesIn(p.text)) {
          if (!c.base || c.base.unit !== '万元' || c.delta.unit !== '万元') continue;
          const prior = priorFor(key, prev, p.text, c);
          if (!prior) continue;
          const derived = c.direction === 'up' ? c.base.value - c.delta.value : c.base.value + c.delta.value;
          const published = prior.kind === 'table' ? prior.op.value : prior.value;
          if (published === null || published === derived) continue;
          ctx.report({
            messageId: 'prior',
            data: {
              section: p.section.heading,
              base: `${c.base.label}${formatHundredths(c.base.value)}`,
              direction: c.direction === 'up' ? '增加' : '减少',
              delta: formatHundredths(c.delta.value),
              derived: formatHundredths(derived),
              published:
                prior.kind === 'table'
                  ? `${prev.meta.year ?? ''}年度 ${describe(prior.op, true)}`
                  : `${prior.where} 为 ${formatHundredths(prior.value)}`,
            },
            expected: { amount: published },
            actual: { amount: derived },
            locations: [sentenceLocation(p, c.delta.start)],
          });
        }
      }
    }
  },
});
