import type { AnyRule } from '../define-rule.ts';
import P01 from './P-01.ts';
import P02 from './P-02.ts';
import P03 from './P-03.ts';
import P04 from './P-04.ts';
import P05 from './P-05.ts';
import P06 from './P-06.ts';
import P07 from './P-07.ts';
import P08 from './P-08.ts';
import P09 from './P-09.ts';
import P10 from './P-10.ts';
import P11 from './P-11.ts';
import P12 from './P-12.ts';
import P21 from './P-21.ts';

export const performanceRules: readonly AnyRule[] = [
  P01,
  P02,
  P03,
  P04,
  P05,
  P06,
  P07,
  P08,
  P09,
  P10,
  P11,
  P12,
  P21,
];
