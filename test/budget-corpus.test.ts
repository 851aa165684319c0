/** Real 部门预算 / 单位预算 PDFs from ../shared/corpus/found (skipped when ../shared is absent). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, parseFile } from '../src/index.ts';

const FOUND = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'found');
const CASES = [
  {
    file: 'sh-putuo-commerce-2025-dept-budget.pdf',
    kind: 'budget',
    tables: 9,
    department: '上海市普陀区商务委员会',
  },
  {
    file: 'sh-putuo-justice-2026-unit-budget.pdf',
    kind: 'unit-budget',
    tables: 9,
    department: '上海市普陀区司法局',
  },
  {
    file: 'js-prov-cppcc-office-2019-dept-budget-tables.pdf',
    kind: 'budget',
    tables: 12,
    department: '江苏省政协办公厅',
  },
  {
    file: 'js-prov-high-court-2019-dept-budget.pdf',
    kind: 'budget',
    tables: 12,
    department: '江苏省高级人民法院',
  },
] as const;

describe.skipIf(!existsSync(FOUND))('corpus budgets (../shared/corpus/found)', () => {
  it.each(CASES)(
    '$file is a $kind with $tables budget tables and no 决算 findings',
    async ({ file, kind, tables, department }) => {
      const path = join(FOUND, file);
      if (!existsSync(path)) return;
      const doc = await parseFile(path);
      expect(doc.meta).toMatchObject({ kind, department });
      expect(doc.tables).toHaveLength(tables);
      expect(doc.tables.every((t) => t.kind?.startsWith('budget-'))).toBe(true);
      expect(audit(doc).findings).toEqual([]);
    },
    180_000,
  );

  it('reads the Shanghai 收支总表 figures, including the 收入 figure the layout glued to the next label', async () => {
    const path = join(FOUND, 'sh-putuo-commerce-2025-dept-budget.pdf');
    if (!existsSync(path)) return;
    const doc = await parseFile(path);
    const t = doc.tables.find((x) => x.kind === 'budget-income-expenditure-summary');
    const row = (label: string) => t?.rows.find((r) => r.label === label);
    expect(row('一、财政拨款收入')?.cells[0]?.amount).toBe(37151465500);
    expect(row('一、一般公共服务支出')?.cells[0]?.amount).toBe(2160173300);
    expect(row('支出总计')?.cells[0]?.amount).toBe(37151465500);
  }, 180_000);
});
