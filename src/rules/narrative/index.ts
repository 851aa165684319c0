import type { AnyRule } from '../define-rule.ts';
import N01 from './N-01.ts';
import N02 from './N-02.ts';
import N03 from './N-03.ts';
import N06 from './N-06.ts';
import N07 from './N-07.ts';
import N08 from './N-08.ts';

export const narrativeRules: readonly AnyRule[] = [N01, N02, N03, N06, N07, N08];
