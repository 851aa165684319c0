/** The rule registry: every rule, in catalog order. */
import { betweenTablesRules } from './between-tables/index.ts';
import { classificationRules } from './classification/index.ts';
import { completenessRules } from './completeness/index.ts';
import { crossYearRules } from './cross-year/index.ts';
import type { AnyRule } from './define-rule.ts';
import { narrativeRules } from './narrative/index.ts';
import { performanceRules } from './performance/index.ts';
import { specialRules } from './special/index.ts';
import { withinTableRules } from './within-table/index.ts';

export const allRules: readonly AnyRule[] = [
  ...withinTableRules,
  ...betweenTablesRules,
  ...narrativeRules,
  ...completenessRules,
  ...classificationRules,
  ...specialRules,
  ...performanceRules,
  ...crossYearRules,
];

export function ruleById(id: string): AnyRule | undefined {
  return allRules.find((r) => r.meta.id === id);
}
