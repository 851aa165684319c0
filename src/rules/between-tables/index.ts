import type { AnyRule } from '../define-rule.ts';

export const betweenTablesRules: readonly AnyRule[] = [];
