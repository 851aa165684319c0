/**
 * Which quantity a narrative amount states (基本支出, 人员经费, “三公”经费 and its items, 机关运行经费 …) and in which
 * scope (全口径, 财政拨款, 一般公共预算财政拨款), so that quotes of one figure in several places can be compared (N-21,
 * Y-04).
 */
import type { Disclosure } from '../../model/document.ts';
import {
  amountsIn,
  narrativeSections,
  paragraphsOf,
  reportSections,
  type AmountMention,
  type SectionKey,
  type Sentence,
} from './claims.ts';
import { threePublicRef } from './three-public.ts';

export type Concept =
  | 'basic'
  | 'project'
  | 'personnel'
  | 'public'
  | 'threePublic'
  | 'overseas'
  | 'reception'
  | 'vehicle'
  | 'operating';
/** 全口径 (all funds), 财政拨款, 一般公共预算财政拨款; null = not said (a report's bare "基本支出"). */
export type Scope = 'all' | 'fiscal' | 'general' | 'fund' | null;

/** Matched against the whole label once scope and subject words are removed (see bareLabel). */
const CONCEPTS: readonly [Concept, string, RegExp][] = [
  ['basic', '基本支出', /^基本支出(决算)?数?$/],
  ['project', '项目支出', /^项目支出(决算)?数?$/],
  ['personnel', '人员经费', /^人员经费(支出)?$/],
  ['public', '公用经费', /^(日常)?公用经费(支出)?$/],
  ['threePublic', '“三公”经费', /^[“"]?三公[”"]?经费(支出)?(决算)?数?$/],
  ['overseas', '因公出国（境）费', /^因公出国[（(]境[）)]费?用?(支出)?(决算)?数?$/],
  ['reception', '公务接待费', /^公务接待费?(支出)?(决算)?数?$/],
  ['vehicle', '公务用车购置及运行维护费', /^公务用车购置费?及运行(维护)?费?(支出)?(决算)?数?$/],
  ['operating', '机关运行经费', /^机关运行经费(支出)?(决算)?数?$/],
];

/** A label without its scope and subject words: "2021年度本部门一般公共预算财政拨款基本支出" → "基本支出". */
function bareLabel(label: string, department: string): string {
  let l = label.replace(/\s+/g, '');
  if (department !== '') l = l.split(department).join('');
  return l.replace(
    /一般公共预算|财政拨款|本部门|本单位|本局|我部门|我单位|我局|全年|本年度?|年度|其中|共计|合计|总计|实际|的|[：:，,（）()]/g,
    '',
  );
}
export const CONCEPT_NAMES = Object.fromEntries(CONCEPTS.map(([c, n]) => [c, n])) as Record<Concept, string>;

/** The scope a section speaks in when a label names none. */
const SECTION_SCOPE: Partial<Record<SectionKey, Scope>> = {
  overall: 'all',
  income: 'all',
  expenditure: 'all',
  fiscal: 'fiscal',
  general: 'general',
  basic: 'general',
  threePublic: 'fiscal',
  operating: 'fiscal',
  fund: 'fund',
  stateCapital: 'fund',
};

/** 三公 and 机关运行经费 have one meaning whatever the section. */
const SINGLE_SCOPE: ReadonlySet<Concept> = new Set([
  'threePublic',
  'overseas',
  'reception',
  'vehicle',
  'operating',
]);

/** 三公 items as threePublicRef names them. */
const THREE_PUBLIC_ITEMS: Readonly<Record<string, Concept>> = {
  total: 'threePublic',
  overseas: 'overseas',
  reception: 'reception',
  vehicle: 'vehicle',
};

export interface Mention {
  readonly concept: Concept;
  readonly scope: Scope;
  readonly amount: AmountMention;
  readonly paragraph: Sentence;
}

const NOT_ACTUAL = /(增加|减少|增长|下降|上升|降低|增|减)$|预算|上年|去年|年初|结转|结余|累计|平均|人均/;

/** The text before an amount speaks of a budget: "预算" (not 一般公共预算) with no 决算/执行 word after it. */
function inBudgetContext(text: string, at: number): boolean {
  const head = text.slice(0, at).replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
  const budget = head.lastIndexOf('预算');
  return budget >= 0 && !/决算|执行|实际/.test(head.slice(budget));
}

/** The quantity an actual (not budget, not change, not last year's) amount of a paragraph states, if known. */
export function classifyAmount(
  p: Sentence,
  a: AmountMention,
  sectionScope: Scope,
  department: string,
): { concept: Concept; scope: Scope } | null {
  if (a.unit !== '万元' || NOT_ACTUAL.test(a.label) || inBudgetContext(p.text, a.start)) return null;
  // "比上年决算数…", "上年为…" right before the figure
  if (/(上年|去年|上一年)[^，。；]{0,8}$/.test(p.text.slice(Math.max(0, a.start - 12), a.start))) return null;
  const bare = bareLabel(a.label, department);
  let concept = CONCEPTS.find(([, , re]) => re.test(bare))?.[0] ?? null;
  if (!concept) {
    const ref = threePublicRef(p.text, a);
    // “三公”经费支出决算为… (the quotes cut the label short: "经费支出", "支出决算")
    const item = ref && ref.block === 'actual' ? THREE_PUBLIC_ITEMS[ref.item] : undefined;
    if (item && /^(经费)?(支出)?(决算)?数?$/.test(bare)) concept = item;
  }
  if (!concept || /政府性基金|国有资本/.test(a.label)) return null;
  // a 公务接待费 named in a 主要包括 list of 公用经费 is the 06 line (basic spending only), not the 三公 figure
  if (SINGLE_SCOPE.has(concept) && concept !== 'operating') {
    const clause = p.text.slice(0, a.start);
    if (/包括/.test(clause.slice(Math.max(clause.lastIndexOf('。'), clause.lastIndexOf('；')) + 1)))
      return null;
  }
  const scope: Scope = SINGLE_SCOPE.has(concept)
    ? 'fiscal'
    : /一般公共预算/.test(a.label)
      ? 'general'
      : /财政拨款/.test(a.label)
        ? 'fiscal'
        : sectionScope;
  return scope === 'fund' ? null : { concept, scope };
}

function mentionsIn(p: Sentence, sectionScope: Scope, department: string): Mention[] {
  const out: Mention[] = [];
  for (const a of amountsIn(p.text)) {
    const c = classifyAmount(p, a, sectionScope, department);
    if (c) out.push({ ...c, amount: a, paragraph: p });
  }
  return out;
}

/** Every paragraph of the 情况说明 and of the 绩效 report, with the scope its section speaks in. */
export function scopedParagraphs(doc: Disclosure): { paragraph: Sentence; scope: Scope }[] {
  const out: { paragraph: Sentence; scope: Scope }[] = [];
  for (const [key, section] of narrativeSections(doc))
    for (const p of paragraphsOf(section)) out.push({ paragraph: p, scope: SECTION_SCOPE[key] ?? null });
  for (const section of reportSections(doc))
    for (const p of paragraphsOf(section)) out.push({ paragraph: p, scope: null });
  return out;
}

/** Every classified figure of the 情况说明 and the 绩效 report, in reading order. */
export function conceptMentions(doc: Disclosure): Mention[] {
  return scopedParagraphs(doc).flatMap(({ paragraph, scope }) =>
    mentionsIn(paragraph, scope, doc.meta.department),
  );
}
