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
import P13 from './P-13.ts';
import P14 from './P-14.ts';
import P15 from './P-15.ts';
import P16 from './P-16.ts';
import P17 from './P-17.ts';
import P18 from './P-18.ts';
import P19 from './P-19.ts';
import P20 from './P-20.ts';
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
  P13,
  P14,
  P15,
  P16,
  P17,
  P18,
  P19,
  P20,
  P21,
];
