import type { AnyRule } from '../define-rule.ts';
import Y01 from './Y-01.ts';
import Y02 from './Y-02.ts';
import Y03 from './Y-03.ts';
import Y04 from './Y-04.ts';
import Y05 from './Y-05.ts';
import Y06 from './Y-06.ts';

export const crossYearRules: readonly AnyRule[] = [Y01, Y02, Y03, Y04, Y05, Y06];
