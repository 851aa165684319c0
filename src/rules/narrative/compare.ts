/** Comparing what the narrative states with the tables (rules.md §9.1, §9.3), with uniform messages. */
import { formatHundredths } from '../../model/amount.ts';
import { checkPercent, percentString, printed, type AmountInterval } from '../../model/ratio.ts';
import type { Location } from '../../model/finding.ts';
import type { RuleContext } from '../context.ts';
import { describe, type Operand } from '../helpers.ts';
import { sentenceLocation, type AmountMention, type PercentMention, type Sentence } from './claims.ts';

export type QuoteVerdict = 'same' | 'rounded' | 'different';

/** §9.1: "109" = "109.00"; "62" for 62.40 only matches after dropping a non-zero digit (rounded). */
export function compareQuoted(quoted: AmountMention, table: number): QuoteVerdict {
  if (quoted.value === table) return 'same';
  if (quoted.decimals < 2) {
    const step = quoted.decimals === 1 ? 10 : 100;
    const rounded = Math.round(table / step) * step;
    if (rounded === quoted.value) return 'rounded';
  }
  return 'different';
}

export const QUOTE_MESSAGES = {
  quote: '“{{section}}” {{label}} {{quoted}} 与 {{table}} 不一致',
  quoteRounded: '“{{section}}” {{label}} {{quoted}} 与 {{table}} 只在舍去非零尾数后一致',
  share:
    '“{{section}}” {{label}}占比 {{printed}} 与表数不符：{{num}} ÷ {{den}} = {{exact}}%（允许 {{range}}）',
} as const;

type QuoteIds = 'quote' | 'quoteRounded';

/** Check that a narrative amount repeats a table figure; report quote (error) or quoteRounded (warning). */
export function checkQuote<Id extends string>(
  ctx: RuleContext<Id | QuoteIds>,
  sentence: Sentence,
  quoted: AmountMention,
  op: Operand,
  label = quoted.label,
): boolean {
  if (op.value === null) return true;
  const verdict = compareQuoted(quoted, op.value);
  if (verdict === 'same') return true;
  ctx.report({
    messageId: verdict === 'rounded' ? 'quoteRounded' : 'quote',
    ...(verdict === 'rounded' ? { severity: 'warning' as const } : {}),
    data: { section: sentence.section.heading, label, quoted: quoted.raw, table: describe(op, true) },
    expected: { amount: op.value },
    actual: { amount: quoted.value },
    locations: [sentenceLocation(sentence, quoted.start), ctx.cellAt(op.table, op.row, op.cell)],
  });
  return false;
}

/**
 * Check a printed share num/den against the figures (intervals of their prints). `numAt`/`denAt` are the
 * table cells the figures come from (added to the locations).
 */
export function checkShare<Id extends string>(
  ctx: RuleContext<Id | 'share'>,
  sentence: Sentence,
  pct: PercentMention,
  label: string,
  num: { value: number; interval?: AmountInterval; at?: Location },
  den: { value: number; interval?: AmountInterval; at?: Location },
): boolean {
  const r = checkPercent(num.interval ?? printed(num.value), den.interval ?? printed(den.value), pct);
  if (r.verdict !== 'wrong') return true;
  ctx.report({
    messageId: 'share',
    data: {
      section: sentence.section.heading,
      label,
      printed: pct.raw,
      num: formatHundredths(num.value),
      den: formatHundredths(den.value),
      exact: percentString(num.value, den.value, 2) ?? '—',
      range: r.range,
    },
    expected: { percent: percentString(num.value, den.value, Math.max(2, pct.decimals)) ?? '' },
    actual: { percent: pct.raw.replace(/[%％]/, '') },
    locations: [
      sentenceLocation(sentence, pct.start),
      ...(num.at ? [num.at] : []),
      ...(den.at ? [den.at] : []),
    ],
  });
  return false;
}
