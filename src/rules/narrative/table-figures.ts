/** Table figures the narrative repeats, looked up by the words that label them. */
import type { Disclosure, Table } from '../../model/document.ts';
import { tableOfKind, totalRow } from '../../model/query.ts';
import { operand, type Operand } from '../helpers.ts';
import { findLine, GRAND_TOTAL, INCOME_TOTAL, EXPENDITURE_TOTAL } from '../summary-rows.ts';

export interface Figure {
  readonly re: RegExp;
  readonly key: string;
}

/** 【收入】 sources → 02表 合计 columns. */
export const INCOME_SOURCES: readonly Figure[] = [
  { re: /^(本年)?收入合计$/, key: 'total' },
  { re: /财政拨款收入$/, key: 'fiscal' },
  { re: /上级补助收入$/, key: 'superiorSubsidy' },
  { re: /事业收入$/, key: 'service' },
  { re: /经营收入$/, key: 'business' },
  { re: /附属单位上缴收入$/, key: 'affiliateRemittance' },
  { re: /其他收入$/, key: 'other' },
];

/** 【支出】 parts → 03表 合计 columns. */
export const EXPENDITURE_PARTS: readonly Figure[] = [
  { re: /^(本年)?支出合计$/, key: 'total' },
  { re: /基本支出$/, key: 'basic' },
  { re: /项目支出$/, key: 'project' },
  { re: /上缴上级支出$/, key: 'remittance' },
  { re: /经营支出$/, key: 'business' },
  { re: /对附属单位补助支出$/, key: 'affiliateSubsidy' },
];

/** A 合计 cell of a by-function table; a 财政拨款收入 split by fund is summed into one virtual figure. */
export function totalFigure(t: Table | undefined, key: string): Operand | null {
  return operand(t, t ? totalRow(t) : undefined, key);
}

export function incomeTotal(doc: Disclosure): Operand | null {
  const t02 = tableOfKind(doc, 'income');
  const fromT02 = totalFigure(t02, 'total');
  if (fromT02) return fromT02;
  const t01 = tableOfKind(doc, 'income-expenditure-summary');
  return t01 ? operand(t01, findLine(t01, 'income', INCOME_TOTAL), 'amount') : null;
}

export function expenditureTotal(doc: Disclosure): Operand | null {
  const t03 = tableOfKind(doc, 'expenditure');
  const fromT03 = totalFigure(t03, 'total');
  if (fromT03) return fromT03;
  const t01 = tableOfKind(doc, 'income-expenditure-summary');
  return t01 ? operand(t01, findLine(t01, 'expenditure', EXPENDITURE_TOTAL), 'amount') : null;
}

export function fiscalGrandTotal(doc: Disclosure): Operand | null {
  const t04 = tableOfKind(doc, 'fiscal-summary');
  return t04 ? operand(t04, findLine(t04, 'income', GRAND_TOTAL), 'amount') : null;
}
