import { formatHundredths } from '../../model/amount.ts';
import { defineRule } from '../define-rule.ts';
import {
  textParagraphs,
  amountsIn,
  sentenceLocation,
  sumWithinPrinted,
  type AmountMention,
  type Sentence,
} from './claims.ts';

/** Amounts that are not parts of a breakdown: changes, budgets, last year's figures. */
const NOT_A_PART = /(增加|减少|增长|下降|上升|降低|增|减)$|预算数?$|上年|去年/;

/** Breakdowns that list every part: the whole must equal their sum (not only exceed it). */
const EXHAUSTIVE: readonly { whole: RegExp; parts: readonly RegExp[] }[] = [
  { whole: /基本支出$/, parts: [/^人员经费$/, /^(日常)?公用经费$/] },
  {
    whole: /“?三公”?经费.*(支出|决算)?$/,
    parts: [/因公出国/, /公务用车购置(费)?及运行/, /公务接待/],
  },
];

interface Breakdown {
  readonly kind: '其中' | '主要包括' | '括注';
  readonly paragraph: Sentence;
  readonly marker: number;
  readonly whole: AmountMention;
  readonly parts: readonly AmountMention[];
}

/** The common ending of two labels ("收到各级项目资金" / "已投入使用各级项目资金" → "各级项目资金"). */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Balances (结转和结余) are not parts of an income or a spending figure. */
const BALANCE = /结转|结余/;

/**
 * Spans of "主要包括…"/"包括…"/"主要用于…" lists (to the next ；/。) and of parenthesised "（含…）" details: their amounts
 * break down the figure before them, not the whole of an enclosing "其中".
 */
function listSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[（(][^（）()]*[）)]/g)) out.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/(主要)?包括[：:]?|主要用于/g)) {
    const rest = text.slice(m.index);
    const end = rest.search(/[；;。]/);
    out.push([m.index, end < 0 ? text.length : m.index + end]);
  }
  return out;
}

function breakdownsOf(p: Sentence): Breakdown[] {
  const text = p.text;
  const amounts = amountsIn(text);
  const lists = listSpans(text);
  const out: Breakdown[] = [];
  const inList = (a: AmountMention, except?: [number, number]): boolean =>
    lists.some((s) => s !== except && a.start > s[0] && a.start < s[1]);
  const wholeBefore = (at: number): AmountMention | undefined => {
    const from = text.lastIndexOf('。', at) + 1;
    const own = lists.find((s) => s[0] === at);
    return [...amounts]
      .reverse()
      .find((a) => a.end <= at && a.start >= from && !NOT_A_PART.test(a.label) && !inList(a, own));
  };
  for (const m of text.matchAll(/其中[：:，,]?/g)) {
    const whole = wholeBefore(m.index);
    if (!whole) continue;
    const end = text.indexOf('。', m.index);
    const to = end < 0 ? text.length : end;
    // a nested 其中 starts a breakdown of its own
    const nested = text.slice(m.index + m[0].length, to).search(/其中/);
    const stop = nested < 0 ? to : m.index + m[0].length + nested;
    const parts = amounts.filter(
      (a) =>
        a.start > m.index &&
        a.start < stop &&
        a.unit === whole.unit &&
        !NOT_A_PART.test(a.label) &&
        !inList(a) &&
        BALANCE.test(a.label) === BALANCE.test(whole.label) &&
        // "收到项目资金X，其中…，已投入使用项目资金X": the same quantity again, not a part of it
        commonSuffix(a.label, whole.label) < 4,
    );
    if (parts.length > 0) out.push({ kind: '其中', paragraph: p, marker: m.index, whole, parts });
  }
  for (const span of lists) {
    const whole = wholeBefore(span[0]);
    if (!whole) continue;
    const parts = amounts.filter(
      (a) =>
        a.start > span[0] &&
        a.start < span[1] &&
        a.unit === whole.unit &&
        !NOT_A_PART.test(a.label) &&
        !inList(a, span),
    );
    const kind = /^[（(]/.test(text.slice(span[0])) ? '括注' : '主要包括';
    if (parts.length > 0) out.push({ kind, paragraph: p, marker: span[0], whole, parts });
  }
  return out;
}

/** A part's name without the list words before it ("主要包括办公费" → "办公费"). */
function partName(label: string): string {
  return label.replace(/^[（(]?(含|包括|主要包括|主要用于)[：:]?/, '');
}

function exhaustive(b: Breakdown): boolean {
  if (b.kind !== '其中') return false;
  return EXHAUSTIVE.some(
    (e) =>
      e.whole.test(b.whole.label) &&
      b.parts.length === e.parts.length &&
      e.parts.every((re) => b.parts.filter((x) => re.test(x.label)).length === 1),
  );
}

export default defineRule({
  meta: {
    id: 'N-19',
    title: '“其中”“主要包括”所列各项不超过总数',
    group: 'narrative',
    severity: 'error',
    formula:
      '总数 ≥ Σ“其中”（或“主要包括”）所列各项；所列为全部构成时（基本支出 = 人员经费 + 公用经费，“三公”经费 = 出国 + 公务用车 + 接待）总数 ≈ Σ 各项（尾数容差：各数末位半个单位之和）',
    rationale: '部分之和大于整体，或全部构成之和不等于整体，说明总数或某一项写错，与表格是否存在无关。',
    references: ['rules.md N-19'],
    messages: {
      exceeds: '“{{section}}” {{whole}} {{wholeRaw}}，{{kind}}所列 {{parts}} = {{sum}}万元，超过总数',
      notEqual:
        '“{{section}}” {{whole}} {{wholeRaw}} ≠ {{parts}} = {{sum}}万元（超出尾数容差 {{tolerance}}）',
    },
  },
  check(doc, ctx) {
    for (const p of textParagraphs(doc)) {
      for (const b of breakdownsOf(p)) {
        if (b.whole.unit !== '万元') continue;
        const check = sumWithinPrinted(b.whole, b.parts);
        const over = b.whole.value < check.sum && !check.ok;
        const full = exhaustive(b);
        const partsText = b.parts.map((x) => `${partName(x.label)}${formatHundredths(x.value)}`).join(' + ');
        const locations = [
          sentenceLocation(p, b.whole.start),
          ...b.parts.map((x) => sentenceLocation(p, x.start)),
        ];
        if (full && check.ok) {
          ctx.roundingNote({
            lhs: `“${p.section.heading}” ${b.whole.label} ${b.whole.raw}`,
            rhs: `${partsText} = ${formatHundredths(check.sum)}万元`,
            total: b.whole.value,
            sum: check.sum,
            tolerance: check.tolerance,
            locations,
          });
        }
        if (!over && (!full || check.ok)) continue;
        ctx.report({
          messageId: over ? 'exceeds' : 'notEqual',
          data: {
            section: p.section.heading,
            whole: b.whole.label,
            wholeRaw: b.whole.raw,
            kind: `“${b.kind}”`,
            parts: partsText,
            sum: formatHundredths(check.sum),
            tolerance: check.tolerance,
          },
          expected: { amount: check.sum },
          actual: { amount: b.whole.value },
          locations,
        });
      }
    }
  },
});
