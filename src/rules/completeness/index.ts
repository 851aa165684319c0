import type { AnyRule } from '../define-rule.ts';

export const completenessRules: readonly AnyRule[] = [];
