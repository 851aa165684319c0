/**
 * Reading the specific disclosure items (S rules): the counts of 【三公】(二), the 【资产】 vehicle and equipment
 * counts, the 【采购】 figures, and the 三公 table figures they are checked against.
 */
import type { Disclosure, Section } from '../../model/document.ts';
import type { Location } from '../../model/finding.ts';
import { tableOfKind } from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import { operand } from '../helpers.ts';
import {
  amountsIn,
  countsIn,
  paragraphsOf,
  percentsIn,
  sentenceLocation,
  type AmountMention,
  type PercentMention,
  type CountMention,
  type Sentence,
} from '../narrative/claims.ts';
import { threePublicRef } from '../narrative/three-public.ts';

export type ThreePublicItem = 'overseas' | 'reception' | 'vehicle' | 'vehiclePurchase' | 'vehicleOperation';

export const ITEM_NAMES: Record<ThreePublicItem, string> = {
  overseas: '因公出国（境）费',
  reception: '公务接待费',
  vehicle: '公务用车购置及运行（维护）费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行（维护）费',
};

const ITEM_PHRASES: readonly [ThreePublicItem, RegExp][] = [
  ['vehicle', /公务用车购置费?及运行(维护)?费?/g],
  ['vehiclePurchase', /公务用车购置费?/g],
  ['vehicleOperation', /公务用车运行(维护)?费?/g],
  ['overseas', /因公出国[（(]境[）)]/g],
  ['reception', /公务接待/g],
];

/** The 三公 item the text speaks of at an offset: the item phrase ending last before it, within its sentence. */
export function itemAt(text: string, offset: number): ThreePublicItem | null {
  const head = text.slice(0, offset);
  const window = head.slice(head.lastIndexOf('。') + 1);
  let best: { item: ThreePublicItem; end: number } | null = null;
  for (const [item, re] of ITEM_PHRASES) {
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { item, end };
    }
  }
  return best?.item ?? null;
}

export type CountKind = 'groups' | 'persons' | 'purchased' | 'fleet';

/** A section as a whole (its heading line), for findings about something it does not say. */
export function sectionLocation(section: Section): Location {
  return {
    ...sentenceLocation({ text: section.heading, offset: 0, section }),
    line: section.at.line ?? section.startLine,
  };
}

export interface ThreePublicCount {
  readonly item: 'overseas' | 'reception' | 'vehicle';
  readonly kind: CountKind;
  readonly count: CountMention;
  readonly paragraph: Sentence;
}

function kindOf(c: CountMention): CountKind | null {
  const around = `${c.label}${c.unit}${c.after}`;
  if (/外宾/.test(c.label)) return null; // SH 外宾 counts are a part of the 接待 counts, not the counts themselves
  if (c.unit === '辆') {
    if (/保有|共有|现有|实有/.test(c.label)) return 'fleet';
    if (/购置|更新|新购|购买|购入|新增/.test(c.label)) return 'purchased';
    // "开支财政拨款的公务用车3辆": the cars on the books, without a 保有 word
    if (/公务用车(共|合计)?$/.test(c.label)) return 'fleet';
    return null;
  }
  if (/^(个|批次|批)$/.test(c.unit) && /团组|批次|团|批/.test(around)) return 'groups';
  if (/^(人次|人|名)$/.test(c.unit) && !/编制|在职|退休|离休|实有/.test(c.label)) return 'persons';
  return null;
}

const COUNT_ITEM: Record<ThreePublicItem, 'overseas' | 'reception' | 'vehicle'> = {
  overseas: 'overseas',
  reception: 'reception',
  vehicle: 'vehicle',
  vehiclePurchase: 'vehicle',
  vehicleOperation: 'vehicle',
};

/**
 * Whether the clause before an offset speaks of another year than the report year: "上年…", "以前年度…", or a
 * year other than the report year ("主要原因是2020年安排1个团组出国"). Such figures are not this year's.
 */
export function aboutOtherYear(text: string, offset: number, year: number | null): boolean {
  const clause =
    text
      .slice(0, offset)
      .split(/[，,。；;]/)
      .pop() ?? '';
  if (/上年|上一年|去年|以前年度/.test(clause)) return true;
  const last = [...clause.matchAll(/(\d{4})\s*年/g)].at(-1)?.[1];
  return year !== null && last !== undefined && Number(last) !== year;
}

/**
 * Counts stated in 【三公】 of the report year (`year`; counts said of 上年 or another year are left out), each
 * assigned to its item (出国/接待/公务用车) and kind.
 */
export function threePublicCounts(section: Section, year: number | null): ThreePublicCount[] {
  const out: ThreePublicCount[] = [];
  for (const p of paragraphsOf(section)) {
    for (const c of countsIn(p.text)) {
      const kind = kindOf(c);
      if (!kind || aboutOtherYear(p.text, c.start, year)) continue;
      const item = kind === 'fleet' || kind === 'purchased' ? 'vehicle' : itemAt(p.text, c.start);
      if (!item) continue;
      const countItem = COUNT_ITEM[item];
      if ((kind === 'fleet' || kind === 'purchased') !== (countItem === 'vehicle')) continue;
      out.push({ item: countItem, kind, count: c, paragraph: p });
    }
  }
  return out;
}

/**
 * "未安排因公出国（境）", "未购置公务用车", "无公务接待", "本单位无公务用车": a stated zero for the counts of an item
 * (no 公务用车 at all: neither a fleet nor a purchase to count).
 */
const STATED_NONE: Record<'overseas' | 'reception' | 'purchased' | 'fleet', RegExp> = {
  overseas: /(未|没有|无)(安排|组织|派出|发生|开展)?(任何)?因公出国/,
  reception: /(未|没有|无)(发生|安排|开展)?(任何)?(公务|来访)?接待/,
  purchased: /(未|没有|无)(购置|更新|新购|购买|购入)(任何)?(公务用|公务)?车|(未|没有|无)公务用车购置/,
  fleet: /(未|没有|无)(配备|配置)?(任何)?(公务用车|公车)(?![购运维费支])/,
};

/** "本年度无“三公”经费财政拨款支出": none of the three items, so no counts to state. */
const NO_THREE_PUBLIC =
  /(未|没有|无)(发生|安排)?(任何)?[“"]?三公[”"]?经费(财政拨款)?(支出)?(?=[。；;，,]|$)/m;

export function statesNone(
  section: Section,
  what: 'overseas' | 'reception' | 'purchased' | 'fleet',
): boolean {
  return STATED_NONE[what].test(section.text) || NO_THREE_PUBLIC.test(section.text);
}

/** The paragraph of 【三公】(二) on an item ("2、公务接待费支出决算为…"), else the last one naming it. */
export function itemParagraph(
  section: Section,
  item: 'overseas' | 'reception' | 'vehicle',
): Sentence | undefined {
  const phrase =
    item === 'overseas' ? /因公出国[（(]境[）)]/ : item === 'reception' ? /公务接待/ : /公务用车/;
  const paragraphs = paragraphsOf(section);
  const numbered = paragraphs.find(
    (p) => /^\s*\d+\s*[、.．]/.test(p.text) && phrase.test(p.text.slice(0, 16)),
  );
  return numbered ?? [...paragraphs].reverse().find((p) => phrase.test(p.text));
}

export interface Figure {
  readonly value: number;
  /** Where it is printed (a table cell, or the narrative spot when the table is missing). */
  readonly at: Location | null;
  /** "09表 决算数·公务接待费" or the section heading. */
  readonly source: string;
}

const TABLE_KEY: Record<ThreePublicItem, string> = {
  overseas: 'actual.overseas',
  reception: 'actual.reception',
  vehicle: 'actual.vehicle',
  vehiclePurchase: 'actual.vehiclePurchase',
  vehicleOperation: 'actual.vehicleOperation',
};

/**
 * The 决算 of a 三公 item: from the 三公 table (an empty table means 0), else from the narrative (the first 决算
 * figure stated for the item in 【三公】). Null when neither says.
 */
export function threePublicActual(
  doc: Disclosure,
  ctx: RuleContext,
  section: Section,
  item: ThreePublicItem,
): Figure | null {
  const t = tableOfKind(doc, 'three-public');
  if (t) {
    const row = t.rows[0];
    const name = `${t.number ? `${t.number}表` : '“三公”经费表'} 决算数·${ITEM_NAMES[item]}`;
    if (!row) return { value: 0, at: ctx.tableAt(t), source: name };
    const op = operand(t, row, TABLE_KEY[item]);
    if (op?.value !== null && op?.value !== undefined)
      return { value: op.value, at: ctx.cellAt(t, op.row, op.cell), source: name };
    if (item === 'vehicle') {
      const a = operand(t, row, TABLE_KEY.vehiclePurchase);
      const b = operand(t, row, TABLE_KEY.vehicleOperation);
      if (a?.value != null && b?.value != null)
        return { value: a.value + b.value, at: ctx.cellAt(t, a.row, a.cell), source: name };
    }
    return null;
  }
  for (const p of paragraphsOf(section)) {
    for (const a of amountsIn(p.text)) {
      if (a.unit !== '万元' || /(增加|减少|增长|下降|上升|降低)$/.test(a.label)) continue;
      const ref = threePublicRef(p.text, a);
      if (ref?.block === 'actual' && ref.item === item)
        return { value: a.value, at: null, source: section.heading };
    }
  }
  return null;
}

// ---- 【采购】 ----

export type ProcurementKey =
  'total' | 'goods' | 'works' | 'services' | 'sme' | 'micro' | 'smeGoods' | 'smeWorks' | 'smeServices';

export const PROCUREMENT_NAMES: Record<ProcurementKey, string> = {
  total: '政府采购支出总额',
  goods: '货物支出',
  works: '工程支出',
  services: '服务支出',
  sme: '授予中小企业合同金额',
  micro: '授予小微企业合同金额',
  smeGoods: '货物采购授予中小企业合同金额',
  smeWorks: '工程采购授予中小企业合同金额',
  smeServices: '服务采购授予中小企业合同金额',
};

/** What a 【采购】 label names (also used for the words before "占"). */
export function procurementKey(label: string): ProcurementKey | null {
  const l = label.replace(/\s+/g, '').replace(/^(其中|以及|和|及)[：:]?/, '');
  const cat = /(货物|工程|服务)/.exec(l)?.[1];
  const catKey = (prefix: '' | 'sme'): ProcurementKey | null => {
    if (!cat) return null;
    const base = cat === '货物' ? 'goods' : cat === '工程' ? 'works' : 'services';
    return prefix === '' ? base : (`sme${base[0]?.toUpperCase() ?? ''}${base.slice(1)}` as ProcurementKey);
  };
  if (/预留/.test(l)) return null;
  if (/小微企业/.test(l)) return cat ? null : 'micro';
  if (/中小企业/.test(l)) return cat ? catKey('sme') : 'sme';
  if (/总额|^政府采购金额/.test(l)) return 'total';
  if (cat && /(货物|工程|服务)(采购)?(支出)?(金额)?$/.test(l)) return catKey('');
  return null;
}

export interface ProcurementFigure {
  readonly key: ProcurementKey;
  readonly amount: AmountMention;
  readonly paragraph: Sentence;
}

/** The first figure stated for each 【采购】 quantity. */
export function procurementFigures(section: Section): Map<ProcurementKey, ProcurementFigure> {
  const out = new Map<ProcurementKey, ProcurementFigure>();
  for (const p of paragraphsOf(section)) {
    for (const a of amountsIn(p.text)) {
      if (a.unit !== '万元') continue;
      const key = procurementKey(a.label);
      if (key && !out.has(key)) out.set(key, { key, amount: a, paragraph: p });
    }
  }
  return out;
}

// ---- 【资产】 ----

export interface VehicleCounts {
  readonly total: { count: CountMention; paragraph: Sentence } | null;
  readonly categories: { name: string; count: CountMention; paragraph: Sentence }[];
}

/** "共有车辆N辆，其中，主要领导干部用车a辆，…": the total and the listed categories. */
export function vehicleCounts(section: Section): VehicleCounts {
  let total: VehicleCounts['total'] = null;
  const categories: VehicleCounts['categories'] = [];
  for (const p of paragraphsOf(section)) {
    for (const c of countsIn(p.text)) {
      if (c.unit !== '辆') continue;
      const label = c.label.replace(/^(其中|以及|和|及)[：:，,]?/, '').trim();
      if (!total && /车辆(总数|合计|数)?$|共有$/.test(label)) {
        total = { count: c, paragraph: p };
        continue;
      }
      if (total && total.paragraph === p && /用车$/.test(label))
        categories.push({ name: label, count: c, paragraph: p });
    }
  }
  return { total, categories };
}

export interface ProcurementShare {
  readonly pct: PercentMention;
  readonly paragraph: Sentence;
  /** What the share is of, and its printed figure (null when not printed). */
  readonly num: { key: ProcurementKey | null; amount: AmountMention | null; value: number | null };
  /** The base the sentence names ("占政府采购支出总额的"), or the implied one for a bare "占". */
  readonly den: { key: ProcurementKey | null; amount: AmountMention | null; value: number | null };
}

const IMPLIED_BASE: Partial<Record<ProcurementKey, ProcurementKey>> = {
  sme: 'total',
  smeGoods: 'goods',
  smeWorks: 'works',
  smeServices: 'services',
};

/** The "占…的X%" shares of 【采购】 with their numerator and denominator figures. */
export function procurementShares(
  section: Section,
  figs: ReadonlyMap<ProcurementKey, ProcurementFigure>,
): ProcurementShare[] {
  const out: ProcurementShare[] = [];
  const valueOf = (key: ProcurementKey | null): number | null => {
    if (!key) return null;
    const f = figs.get(key);
    if (f) return f.amount.value;
    // awards of a category are part of the 中小企业 award: none when that is 0
    if (key !== 'sme' && /^(micro|sme)/.test(key) && figs.get('sme')?.amount.value === 0) return 0;
    return null;
  };
  for (const p of paragraphsOf(section)) {
    const amounts = amountsIn(p.text).filter((a) => a.unit === '万元');
    let prevEnd = 0;
    for (const pct of percentsIn(p.text)) {
      const head = p.text.slice(0, pct.start);
      const zhan = head.lastIndexOf('占');
      const boundary = Math.max(prevEnd, head.lastIndexOf('。') + 1, head.lastIndexOf('；') + 1);
      prevEnd = pct.end;
      if (zhan < boundary) continue;
      const amount = [...amounts].reverse().find((a) => a.start >= boundary && a.end <= zhan) ?? null;
      const numKey = amount
        ? procurementKey(amount.label)
        : procurementKey(p.text.slice(boundary, zhan).replace(/^[，,、\s]+/, ''));
      const denWords = p.text
        .slice(zhan + 1, pct.start)
        .replace(/的\s*$/, '')
        .trim();
      const denKey =
        denWords === '' ? (numKey ? (IMPLIED_BASE[numKey] ?? null) : null) : procurementKey(denWords);
      if (!numKey && !denKey) continue;
      out.push({
        pct,
        paragraph: p,
        num: { key: numKey, amount, value: amount ? amount.value : valueOf(numKey) },
        den: {
          key: denKey,
          amount: denKey ? (figs.get(denKey)?.amount ?? null) : null,
          value: valueOf(denKey),
        },
      });
    }
  }
  return out;
}
