import type { AnyRule } from '../define-rule.ts';
import I01 from './I-01.ts';

export const withinTableRules: readonly AnyRule[] = [I01];
