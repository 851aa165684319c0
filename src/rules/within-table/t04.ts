/** The lines of the 04 财政拨款收入支出决算总表, by meaning. */
import type { Row, Table } from '../../model/document.ts';
import { rowsOfSide } from '../../model/query.ts';
import {
  EXPENDITURE_TOTAL,
  findLine,
  GRAND_TOTAL,
  INCOME_TOTAL,
  linesAbove,
  OPENING,
  CLOSING,
} from '../summary-rows.ts';

export type Fund = 'general' | 'govFund' | 'stateCapital';
export const FUNDS: readonly Fund[] = ['general', 'govFund', 'stateCapital'];

export function fundOf(label: string): Fund | null {
  if (/一般公共预算/.test(label)) return 'general';
  if (/政府性基金/.test(label)) return 'govFund';
  if (/国有资本经营/.test(label)) return 'stateCapital';
  return null;
}

export interface T04Lines {
  readonly incomeTotal: Row | undefined;
  readonly fundLines: readonly Row[];
  readonly opening: Row | undefined;
  readonly openingSubs: readonly Row[];
  readonly incomeGrand: Row | undefined;
  readonly spendTotal: Row | undefined;
  readonly classLines: readonly Row[];
  readonly closing: Row | undefined;
  readonly spendGrand: Row | undefined;
}

export function t04Lines(t: Table): T04Lines {
  const income = linesAbove(t, 'income', INCOME_TOTAL);
  const opening = findLine(t, 'income', OPENING);
  const incomeRows = rowsOfSide(t, 'income');
  const incomeGrand = findLine(t, 'income', GRAND_TOTAL);
  const openingSubs = opening
    ? incomeRows
        .slice(incomeRows.indexOf(opening) + 1, incomeGrand ? incomeRows.indexOf(incomeGrand) : undefined)
        .filter((r) => fundOf(r.label) !== null)
    : [];
  const spend = linesAbove(t, 'expenditure', EXPENDITURE_TOTAL);
  return {
    incomeTotal: income.total,
    fundLines: income.parts.filter((r) => fundOf(r.label) !== null),
    opening,
    openingSubs,
    incomeGrand,
    spendTotal: spend.total,
    classLines: spend.parts,
    closing: findLine(t, 'expenditure', CLOSING),
    spendGrand: findLine(t, 'expenditure', GRAND_TOTAL),
  };
}
