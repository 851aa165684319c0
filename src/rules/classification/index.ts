import type { AnyRule } from '../define-rule.ts';

export const classificationRules: readonly AnyRule[] = [];
