import type { AnyRule } from '../define-rule.ts';
import S01 from './S-01.ts';
import S02 from './S-02.ts';
import S03 from './S-03.ts';
import S04 from './S-04.ts';
import S05 from './S-05.ts';
import S06 from './S-06.ts';
import S07 from './S-07.ts';
import S08 from './S-08.ts';
import S09 from './S-09.ts';
import S10 from './S-10.ts';
import S11 from './S-11.ts';
import S12 from './S-12.ts';
import S13 from './S-13.ts';
import S14 from './S-14.ts';

export const specialRules: readonly AnyRule[] = [
  S01,
  S02,
  S03,
  S04,
  S05,
  S06,
  S07,
  S08,
  S09,
  S10,
  S11,
  S12,
  S13,
  S14,
];
