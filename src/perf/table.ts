/**
 * A reading of one parsed 绩效自评表 for scoring and checking: the money block by role, the indicator rows that carry
 * points, the 一级 groups with their printed points ("产出指标（50分）"), and the 总分 row.
 */
import type { PerfEvaluation, PerfIndicatorRow, PerfMoneyRow, PerfValue } from '../model/document.ts';
import { parseIndicatorValue } from './indicator.ts';
import { fromHundredths, parseDecimal, type Rational } from './rational.ts';

export type MoneyRole = 'total' | 'fiscal' | 'carryOver' | 'other';

/** 合计 · 其中：当年财政拨款 · 上年结转资金 · 其他资金. */
export function moneyRole(label: string): MoneyRole | null {
  const t = label.replace(/\s+/g, '');
  if (/^合计$|^总计$|^资金总额$/.test(t)) return 'total';
  if (/当年财政拨款|财政拨款/.test(t)) return 'fiscal';
  if (/上年结转|结转资金/.test(t)) return 'carryOver';
  if (/其他资金/.test(t)) return 'other';
  return null;
}

export function moneyRow(p: PerfEvaluation, role: MoneyRole): PerfMoneyRow | undefined {
  return p.money.find((m) => moneyRole(m.label) === role);
}

/** A printed number as an exact rational; null unless the cell holds a number. */
export function numberOf(v: PerfValue | null | undefined): Rational | null {
  if (v?.kind !== 'number' || v.amount === null) return null;
  return fromHundredths(v.amount);
}

/** Blank, dash and 0 all count as zero (rules.md §0); text is null. */
export function valueOrZero(v: PerfValue | null | undefined): Rational | null {
  if (!v || v.kind === 'blank' || v.kind === 'dash') return fromHundredths(0);
  return numberOf(v);
}

export function isFilled(v: PerfValue | null | undefined): boolean {
  return !!v && v.kind !== 'blank';
}

/** Points printed in a 一级 label: "产出指标（50分）" → 50. */
export function declaredPoints(level1: string): Rational | null {
  const m = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(level1);
  return m?.[1] ? parseDecimal(m[1]) : null;
}

/** "产出指标（50分）" → "产出指标". */
export function level1Name(level1: string): string {
  return level1.replace(/[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]/, '').replace(/\s+/g, '');
}

const NA = /不适用|不涉及/;

/** An indicator the table marks as not applicable (its 指标值, 完成值, 得分 or 说明 says 不适用/不涉及). */
export function isNotApplicable(r: PerfIndicatorRow): boolean {
  return (
    parseIndicatorValue(r.target).kind === 'not-applicable' ||
    parseIndicatorValue(r.actual).kind === 'not-applicable' ||
    (r.score?.kind === 'text' && NA.test(r.score.raw)) ||
    (r.weight?.kind === 'text' && NA.test(r.weight.raw)) ||
    (r.indicator !== '' && NA.test(r.deviationReason) && !isFilled(r.score))
  );
}

/** A 三级 indicator row: it names an indicator or carries points (an empty 二级 placeholder row does not). */
export function isIndicator(r: PerfIndicatorRow): boolean {
  return r.indicator !== '' || r.target !== '' || r.actual !== '' || isFilled(r.weight) || isFilled(r.score);
}

export interface IndicatorGroup {
  /** The 一级 label as printed ("产出指标（50分）"). */
  readonly label: string;
  readonly name: string;
  readonly points: Rational | null;
  readonly rows: readonly PerfIndicatorRow[];
}

/**
 * A 二级 subtotal row: no indicator, target or actual of its own, but 分值/得分 while 三级 rows under the same 二级
 * carry their own 分值 (layouts that print both levels).
 */
function isSubtotal(r: PerfIndicatorRow, all: readonly PerfIndicatorRow[]): boolean {
  if (r.indicator !== '' || r.target !== '' || r.actual !== '') return false;
  if (!isFilled(r.weight) && !isFilled(r.score)) return false;
  return all.some(
    (o) =>
      o !== r && o.level1 === r.level1 && o.level2 === r.level2 && o.indicator !== '' && isFilled(o.weight),
  );
}

/** The indicator rows that are scored on their own (二级 subtotal rows left out). */
export function indicatorRows(p: PerfEvaluation): PerfIndicatorRow[] {
  return p.indicators.filter((r) => !isSubtotal(r, p.indicators));
}

/** Scored indicator rows grouped by their 一级 label, in order. */
export function indicatorGroups(p: PerfEvaluation): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  for (const r of indicatorRows(p)) {
    const last = groups[groups.length - 1];
    if (last?.label === r.level1) (last.rows as PerfIndicatorRow[]).push(r);
    else
      groups.push({
        label: r.level1,
        name: level1Name(r.level1),
        points: declaredPoints(r.level1),
        rows: [r],
      });
  }
  return groups;
}

/** "部门整体支出绩效自评表" or "项目支出绩效自评表（值班工作经费）", for messages. */
export function perfName(p: PerfEvaluation): string {
  if (p.kind === 'overall') return '部门整体支出绩效自评表';
  const project =
    Object.entries(p.header).find(([k]) => /专项名称|项目名称/.test(k.replace(/\s+/g, '')))?.[1] ?? '';
  return project ? `项目支出绩效自评表（${project}）` : '项目支出绩效自评表';
}

/** Short row name of an indicator for locations and messages: "数量指标·编写《石峰舆情》". */
export function indicatorName(r: PerfIndicatorRow): string {
  const name = r.indicator.length > 30 ? `${r.indicator.slice(0, 29)}…` : r.indicator;
  return [r.level2, name].filter((s) => s !== '').join('·');
}
