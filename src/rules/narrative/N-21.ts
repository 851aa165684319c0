import { defineRule } from '../define-rule.ts';
import {
  amountsIn,
  narrativeSections,
  paragraphsOf,
  reportSections,
  sentenceLocation,
  type AmountMention,
  type SectionKey,
  type Sentence,
} from './claims.ts';
import { compareQuoted } from './compare.ts';
import { threePublicRef } from './three-public.ts';

type Concept = 'basic' | 'project' | 'personnel' | 'public' | 'threePublic' | 'operating';
/** 全口径 (all funds), 财政拨款, 一般公共预算财政拨款; null = not said (a report's bare "基本支出"). */
type Scope = 'all' | 'fiscal' | 'general' | 'fund' | null;

/** Matched against the whole label once scope and subject words are removed (see bareLabel). */
const CONCEPTS: readonly [Concept, string, RegExp][] = [
  ['basic', '基本支出', /^基本支出(决算)?数?$/],
  ['project', '项目支出', /^项目支出(决算)?数?$/],
  ['personnel', '人员经费', /^人员经费(支出)?$/],
  ['public', '公用经费', /^(日常)?公用经费(支出)?$/],
  ['threePublic', '“三公”经费', /^[“"]?三公[”"]?经费(支出)?(决算)?数?$/],
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
const CONCEPT_NAMES = Object.fromEntries(CONCEPTS.map(([c, n]) => [c, n])) as Record<Concept, string>;

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
const SINGLE_SCOPE: ReadonlySet<Concept> = new Set(['threePublic', 'operating']);

interface Mention {
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

function mentionsIn(p: Sentence, sectionScope: Scope, department: string): Mention[] {
  const out: Mention[] = [];
  for (const a of amountsIn(p.text)) {
    if (a.unit !== '万元' || NOT_ACTUAL.test(a.label) || inBudgetContext(p.text, a.start)) continue;
    // "比上年决算数…", "上年为…" right before the figure
    if (/(上年|去年|上一年)[^，。；]{0,8}$/.test(p.text.slice(Math.max(0, a.start - 12), a.start))) continue;
    const bare = bareLabel(a.label, department);
    let concept = CONCEPTS.find(([, , re]) => re.test(bare))?.[0] ?? null;
    if (!concept) {
      const ref = threePublicRef(p.text, a);
      // “三公”经费支出决算为… (the quotes cut the label short: "经费支出", "支出决算")
      if (ref?.item === 'total' && ref.block === 'actual' && /^(经费)?(支出)?(决算)?数?$/.test(bare))
        concept = 'threePublic';
    }
    if (!concept) continue;
    if (/政府性基金|国有资本/.test(a.label)) continue;
    const scope: Scope = SINGLE_SCOPE.has(concept)
      ? 'fiscal'
      : /一般公共预算/.test(a.label)
        ? 'general'
        : /财政拨款/.test(a.label)
          ? 'fiscal'
          : sectionScope;
    if (scope === 'fund') continue;
    out.push({ concept, scope, amount: a, paragraph: p });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'N-21',
    title: '同一数字在各处引用一致',
    group: 'narrative',
    severity: 'error',
    formula:
      '同一口径的基本支出、项目支出、人员经费、公用经费、“三公”经费、机关运行经费，在情况说明各部分和绩效评价报告中的数字相同',
    rationale:
      '同一个数在【支出】【基本】【三公】和附件报告中各写一次，任何一处不同都说明有一处抄错；口径不同（全口径与财政拨款）且写明的除外。',
    references: ['rules.md N-21'],
    messages: {
      differs: '{{concept}}在“{{section}}”写 {{quoted}}，在“{{otherSection}}”写 {{other}}{{scope}}',
    },
  },
  check(doc, ctx) {
    const mentions: Mention[] = [];
    const dept = doc.meta.department;
    for (const [key, section] of narrativeSections(doc))
      for (const p of paragraphsOf(section))
        mentions.push(...mentionsIn(p, SECTION_SCOPE[key] ?? null, dept));
    for (const section of reportSections(doc))
      for (const p of paragraphsOf(section)) mentions.push(...mentionsIn(p, null, dept));
    const reported = new Set<Mention>();
    for (const m of mentions) {
      if (reported.has(m)) continue;
      // the first earlier mention, in another section, of the same concept and a scope that can be compared
      const comparable = mentions.filter(
        (o) =>
          o !== m &&
          o.concept === m.concept &&
          o.paragraph.section !== m.paragraph.section &&
          (o.scope === m.scope || (m.scope === null) !== (o.scope === null)),
      );
      const earlier = comparable.filter((o) => mentions.indexOf(o) < mentions.indexOf(m));
      if (earlier.length === 0) continue;
      // a mention with no stated scope agrees when it matches any scope's figure
      const agrees = (o: Mention): boolean =>
        compareQuoted(m.amount, o.amount.value) !== 'different' ||
        compareQuoted(o.amount, m.amount.value) !== 'different';
      if (m.scope === null ? earlier.some(agrees) : earlier.filter((o) => o.scope === m.scope).every(agrees))
        continue;
      if (m.scope === null && comparable.some(agrees)) continue;
      const ref = earlier.find((o) => !agrees(o));
      if (!ref) continue;
      reported.add(m);
      ctx.report({
        messageId: 'differs',
        data: {
          concept: CONCEPT_NAMES[m.concept],
          section: m.paragraph.section.heading,
          quoted: m.amount.raw,
          otherSection: ref.paragraph.section.heading,
          other: ref.amount.raw,
          scope: m.scope === null || ref.scope === null ? '（本处未写明口径，与各口径的数字都不同）' : '',
        },
        expected: { amount: ref.amount.value },
        actual: { amount: m.amount.value },
        locations: [
          sentenceLocation(m.paragraph, m.amount.start),
          sentenceLocation(ref.paragraph, ref.amount.start),
        ],
      });
    }
  },
});
