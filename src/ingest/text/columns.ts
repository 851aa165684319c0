/** Logical keys of table columns, from the resolved header path and the table kind. */
import { isBudgetTableKind, type BudgetTableKind, type Side, type TableKind } from '../../model/document.ts';

export type ColumnRole = 'code' | 'code-class' | 'code-section' | 'code-item' | 'label' | 'lineNo' | 'amount';

export interface ColumnMeaning {
  readonly role: ColumnRole;
  readonly key: string | null;
}

const last = (path: readonly string[]): string => path[path.length - 1] ?? '';

function structural(path: readonly string[]): ColumnMeaning | null {
  const leaf = last(path).replace(/[（(].*?[）)]/g, '');
  if (/^类$/.test(leaf)) return { role: 'code-class', key: 'code.class' };
  if (/^款$/.test(leaf)) return { role: 'code-section', key: 'code.section' };
  if (/^项$/.test(leaf)) return { role: 'code-item', key: 'code.item' };
  if (/编码|代码|科目编号/.test(leaf)) return { role: 'code', key: 'code' };
  if (/^(科目名称|项目|项目名称|名称)$/.test(leaf)) return { role: 'label', key: 'label' };
  if (/^行次$/.test(leaf)) return { role: 'lineNo', key: 'lineNo' };
  return null;
}

const INCOME_KEYS: [RegExp, string][] = [
  [/本年收入合计|^合计$/, 'total'],
  [/^财政拨款收入$|^财政拨款$/, 'fiscal'],
  [/一般公共预算财政拨款/, 'fiscal.general'],
  [/政府性基金预算财政拨款/, 'fiscal.govFund'],
  [/国有资本经营预算财政拨款/, 'fiscal.stateCapital'],
  [/上级补助收入/, 'superiorSubsidy'],
  [/事业收入/, 'service'],
  [/经营收入/, 'business'],
  [/附属单位上缴收入/, 'affiliateRemittance'],
  [/其他收入/, 'other'],
];

const EXPENDITURE_KEYS: [RegExp, string][] = [
  [/本年支出合计|^合计$|^小计$/, 'total'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/上缴上级支出/, 'remittance'],
  [/经营支出/, 'business'],
  [/对附属单位补助支出/, 'affiliateSubsidy'],
];

const FUND_KEYS: [RegExp, string][] = [
  [/年初结转和结余/, 'opening'],
  [/^本年收入$/, 'income'],
  [/^(小计|合计)$/, 'total'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/年末结转和结余/, 'closing'],
];

const FISCAL_RIGHT_KEYS: [RegExp, string][] = [
  [/^(合计|小计)$/, 'total'],
  [/一般公共预算/, 'general'],
  [/政府性基金/, 'govFund'],
  [/国有资本经营/, 'stateCapital'],
];

function pick(table: readonly [RegExp, string][], leaf: string): string | null {
  for (const [re, key] of table) if (re.test(leaf)) return key;
  return null;
}

function threePublicKey(path: readonly string[]): string | null {
  const joined = path.join('·');
  const block = /预算/.test(joined) ? 'budget' : /决算/.test(joined) ? 'actual' : null;
  if (!block) return null;
  // Hunan prints 预算数/决算数 above the items, Shanghai below them: the item is the deepest other label.
  const items = path.filter((p) => !/^(预算数?|决算数?)$/.test(p));
  const leaf = items[items.length - 1] ?? '';
  const item =
    /购置及运行/.test(leaf) || /小计/.test(leaf)
      ? 'vehicle'
      : /公务用车.*购置费$/.test(leaf)
        ? 'vehiclePurchase'
        : /公务用车.*运行(维护)?费$/.test(leaf)
          ? 'vehicleOperation'
          : /出国/.test(leaf)
            ? 'overseas'
            : /接待/.test(leaf)
              ? 'reception'
              : /合计/.test(leaf)
                ? 'total'
                : null;
  return item === null ? null : `${block}.${item}`;
}

/** Meaning of a column: structural role (code/label/行次) or an amount with its logical key. */
export function columnMeaning(
  kind: TableKind | null,
  path: readonly string[],
  side: Side | null,
): ColumnMeaning {
  if (isBudgetTableKind(kind)) return budgetColumnMeaning(kind, path, side);
  const s = structural(path);
  if (s) return s;
  const leaf = last(path).replace(/[（(]万?元[）)]$/, '');
  let key: string | null = null;
  switch (kind) {
    case 'income':
      key = pick(INCOME_KEYS, leaf);
      break;
    case 'expenditure':
    case 'general-budget-expenditure':
      key = pick(EXPENDITURE_KEYS, leaf);
      break;
    case 'state-capital':
    case 'government-fund':
      key = pick(FUND_KEYS, leaf) ?? pick(EXPENDITURE_KEYS, leaf);
      break;
    case 'income-expenditure-summary':
      key = /决算数|金额|^合计$/.test(leaf) ? 'amount' : null;
      break;
    case 'fiscal-summary':
      key =
        side === 'income' ? (/金额|决算数|合计/.test(leaf) ? 'amount' : null) : pick(FISCAL_RIGHT_KEYS, leaf);
      break;
    case 'general-budget-basic-expenditure':
      key = /决算数|金额|合计/.test(leaf) ? 'amount' : null;
      break;
    case 'three-public':
      key = threePublicKey(path);
      break;
    case null:
      key = null;
      break;
  }
  return { role: 'amount', key };
}

// ---- 部门预算 / 单位预算 tables ----

const BUDGET_EXPENDITURE_KEYS: [RegExp, string][] = [
  [/^(合计|小计|总计)$|支出合计$/, 'total'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/预留机动经费/, 'reserve'],
  [/结转下年/, 'carryForward'],
  [/^(金额|预算数|预算金额)$/, 'amount'],
];

const BUDGET_INCOME_KEYS: [RegExp, string][] = [
  [/^(收入总计|总计)$/, 'total'],
  [/^(金额|预算数|预算金额)$/, 'amount'],
  ...INCOME_KEYS,
];

const BUDGET_BASIC_KEYS: [RegExp, string][] = [
  [/^(合计|小计)$/, 'total'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'operating'],
  [/^(金额|预算数|预算金额)$/, 'amount'],
];

/** Budget 三公 (and 机关运行经费 / 会议费 / 培训费) columns; Jiangsu's outer 合计 includes 会议费 and 培训费. */
function budgetThreePublicKey(path: readonly string[]): string | null {
  const joined = path.join('·');
  const leaf = last(path);
  if (/机关运行经费/.test(joined)) return 'operatingCost';
  if (/会议费/.test(leaf)) return 'meeting';
  if (/培训费/.test(leaf)) return 'training';
  if (/出国/.test(leaf)) return 'overseas';
  if (/接待/.test(leaf)) return 'reception';
  if (/公务用车/.test(joined)) {
    if (/购置及运行|小计/.test(leaf)) return 'vehicle';
    if (/购置费$/.test(leaf)) return 'vehiclePurchase';
    if (/运行(维护)?费$/.test(leaf)) return 'vehicleOperation';
  }
  if (/^(合计|小计)$|预算数$/.test(leaf)) return /三公/.test(joined) ? 'total' : 'grandTotal';
  return null;
}

/** Meaning of a budget table column: total/basic/project, per source of income, 人员/公用经费, or null. */
function budgetColumnMeaning(
  kind: BudgetTableKind,
  path: readonly string[],
  side: Side | null,
): ColumnMeaning {
  const s = structural(path);
  if (s) return s;
  const leaf = last(path)
    .replace(/[（(]万?元[）)]$/, '')
    .replace(/[（(].*?[）)]/g, '');
  if (
    kind !== 'budget-three-public' &&
    (/科目名称$|^功能科目$|^经济科目$|名称$/.test(leaf) || leaf === '项目')
  )
    return { role: 'label', key: 'label' };
  let key: string | null;
  switch (kind) {
    case 'budget-income-expenditure-summary':
      key =
        side === 'expenditure' && /人员经费/.test(leaf)
          ? 'basic.personnel'
          : side === 'expenditure' && /公用经费/.test(leaf)
            ? 'basic.operating'
            : side === 'expenditure'
              ? pick(BUDGET_EXPENDITURE_KEYS, leaf)
              : /预算数|金额|合计/.test(leaf)
                ? 'amount'
                : null;
      break;
    case 'budget-fiscal-summary':
      key =
        side === 'income'
          ? /预算数|金额|合计/.test(leaf)
            ? 'amount'
            : null
          : (pick(FISCAL_RIGHT_KEYS, leaf) ?? (/预算数|金额/.test(leaf) ? 'amount' : null));
      break;
    case 'budget-income':
      key = pick(BUDGET_INCOME_KEYS, leaf);
      break;
    case 'budget-expenditure':
    case 'budget-fiscal-expenditure':
    case 'budget-general-expenditure':
    case 'budget-government-fund':
    case 'budget-state-capital':
      key = pick(BUDGET_EXPENDITURE_KEYS, leaf);
      break;
    case 'budget-fiscal-basic-expenditure':
    case 'budget-general-basic-expenditure':
      key = pick(BUDGET_BASIC_KEYS, leaf);
      break;
    case 'budget-operating-cost':
      key = /机关运行经费|金额|预算数|^合计$/.test(leaf) ? 'amount' : null;
      break;
    case 'budget-procurement':
      key = /^(总计|合计|金额|预算数)$/.test(leaf) ? 'total' : null;
      break;
    case 'budget-three-public':
      key = budgetThreePublicKey(path);
      break;
  }
  return { role: 'amount', key };
}
