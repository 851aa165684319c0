import { defineRule } from '../define-rule.ts';
import type { Row, Table, TableKind } from '../../model/document.ts';
import { cellByKey, tableName, valueOf } from '../../model/query.ts';
import { functionalRows, normName } from './shared.ts';

/** Tables with 基本支出 / 项目支出 columns, the 一般公共预算 table first. */
const KINDS: readonly TableKind[] = [
  'general-budget-expenditure',
  'expenditure',
  'government-fund',
  'state-capital',
];

const amount = (r: Row, key: string): number => valueOf(cellByKey(r, key)) ?? 0;

export default defineRule({
  meta: {
    id: 'K-10',
    title: '行政运行不列项目支出，一般行政管理事务不只列基本支出',
    group: 'classification',
    severity: 'note',
    formula: 'xx01 行政运行：项目支出 = 0；xx02 一般行政管理事务：项目支出 > 0 或基本支出 = 0',
    rationale:
      '按科目说明，“行政运行”反映行政单位的基本支出，“一般行政管理事务”反映未单独设置项级科目的项目支出；反过来列示通常是科目选用不当，但地方口径不一，只作提示。',
    references: ['rules.md K-10', 'classification.md §2 (administrative 项 pattern)'],
    messages: {
      runWithProject: '{{table}} {{code}} 行政运行 列有项目支出 {{project}}（行政运行通常只反映基本支出）',
      affairsBasicOnly:
        '{{table}} {{code}} 一般行政管理事务 只有基本支出 {{basic}}、没有项目支出（该科目通常反映项目支出）',
    },
  },
  check(doc, ctx) {
    const done = new Set<string>();
    for (const kind of KINDS) {
      for (const t of doc.tables.filter((x): x is Table => x.kind === kind)) {
        for (const row of functionalRows(t)) {
          const code = row.code ?? '';
          if (code.length !== 7 || done.has(code)) continue;
          const name = normName(row.label);
          const basic = amount(row, 'basic');
          const project = amount(row, 'project');
          if (code.endsWith('01') && name === '行政运行' && project !== 0) {
            done.add(code);
            const cell = cellByKey(row, 'project');
            ctx.report({
              messageId: 'runWithProject',
              data: { table: tableName(t), code, project: { amount: project } },
              locations: [cell ? ctx.cellAt(t, row, cell) : ctx.rowAt(t, row)],
            });
          } else if (code.endsWith('02') && name === '一般行政管理事务' && basic !== 0 && project === 0) {
            done.add(code);
            const cell = cellByKey(row, 'basic');
            ctx.report({
              messageId: 'affairsBasicOnly',
              data: { table: tableName(t), code, basic: { amount: basic } },
              locations: [cell ? ctx.cellAt(t, row, cell) : ctx.rowAt(t, row)],
            });
          }
        }
      }
    }
  },
});
