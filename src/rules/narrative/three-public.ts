/** Which 三公 item and block (预算/决算) a narrative amount speaks of. */
import type { AmountMention } from './claims.ts';

const ITEMS: readonly [string, RegExp][] = [
  ['vehicle', /公务用车购置(费)?及运行(维护)?费/g],
  ['vehiclePurchase', /公务用车购置费?/g],
  ['vehicleOperation', /公务用车运行(维护)?费/g],
  ['overseas', /因公出国[（(]境[）)]费?/g],
  ['reception', /公务接待费?/g],
  ['total', /[“"]?三公[”"]?经费/g],
];

export interface ThreePublicRef {
  readonly item: string;
  readonly block: 'budget' | 'actual';
  /** Column key of the 三公 table. */
  readonly key: string;
}

/** Item = the item phrase that ends last before the amount, within its clause group. */
export function threePublicRef(text: string, a: AmountMention): ThreePublicRef | null {
  // "国内公务接待支出4.56万元（含外宾接待支出1.20万元）": a part of an item, not a column of the 三公 table
  if (/外宾|外事/.test(a.label)) return null;
  const head = text.slice(0, a.start);
  const cut = Math.max(
    head.lastIndexOf('。'),
    head.lastIndexOf('；'),
    head.lastIndexOf('：'),
    head.lastIndexOf(':'),
  );
  const window = head.slice(cut + 1);
  let best: { item: string; end: number } | null = null;
  for (const [item, re] of ITEMS) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { item, end };
    }
  }
  if (!best) return null;
  const block = /预算(数)?$/.test(a.label) && !/决算/.test(a.label) ? 'budget' : 'actual';
  return { item: best.item, block, key: `${block}.${best.item}` };
}
