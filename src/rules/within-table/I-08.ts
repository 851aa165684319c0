import { defineRule } from '../define-rule.ts';
import { checkSum, operand, SUM_MESSAGE } from '../helpers.ts';
import type { Row, Table } from '../../model/document.ts';
import { amountKeys, codedRows, totalRow } from '../../model/query.ts';

const KINDS = [
  'income',
  'expenditure',
  'general-budget-expenditure',
  'government-fund',
  'state-capital',
] as const;

/** Direct children of a code among the printed rows (类 → 款, 款 → 项). */
function children(rows: readonly Row[], parent: string): Row[] {
  return rows.filter(
    (r) => r.code !== null && r.code.length === parent.length + 2 && r.code.startsWith(parent),
  );
}

export default defineRule({
  meta: {
    id: 'I-08',
    title: '功能分类科目层级合计：合计 = Σ类，类 = Σ款，款 = Σ项',
    group: 'within-table',
    severity: 'error',
    formula: '02/03/05/基金/国资表 每列：合计 = Σ 类；类 = Σ 其下款；款 = Σ 其下项',
    rationale: '按功能分类逐级汇总，上级科目等于其直接下级之和；只汇总直接下级，缺级由 K-03 报告。',
    references: ['rules.md I-08'],
    messages: { mismatch: SUM_MESSAGE },
  },
  check(doc, ctx) {
    for (const kind of KINDS) {
      const t: Table | undefined = doc.tables.find((x) => x.kind === kind);
      if (!t) continue;
      const rows = codedRows(t);
      const keys = amountKeys(t);
      const total = totalRow(t);
      const classes = rows.filter((r) => r.code?.length === 3);
      for (const key of keys) {
        const tot = operand(t, total, key);
        const parts = classes.map((r) => operand(t, r, key)).filter((o) => o !== null);
        if (tot && parts.length > 0) checkSum(ctx, 'mismatch', { total: tot, parts });
        for (const parent of rows.filter((r) => r.code !== null && r.code.length < 7)) {
          const kids = children(rows, parent.code ?? '');
          const p = operand(t, parent, key);
          const ops = kids.map((r) => operand(t, r, key)).filter((o) => o !== null);
          if (p && ops.length > 0) checkSum(ctx, 'mismatch', { total: p, parts: ops });
        }
      }
    }
  },
});
