import type { AnyRule } from '../define-rule.ts';
import N01 from './N-01.ts';
import N02 from './N-02.ts';
import N03 from './N-03.ts';
import N04 from './N-04.ts';
import N05 from './N-05.ts';
import N06 from './N-06.ts';
import N07 from './N-07.ts';
import N08 from './N-08.ts';
import N09 from './N-09.ts';
import N10 from './N-10.ts';
import N11 from './N-11.ts';
import N12 from './N-12.ts';
import N13 from './N-13.ts';
import N14 from './N-14.ts';
import N15 from './N-15.ts';
import N16 from './N-16.ts';
import N17 from './N-17.ts';
import N18 from './N-18.ts';
import N19 from './N-19.ts';
import N20 from './N-20.ts';
import N21 from './N-21.ts';
import N22 from './N-22.ts';
import N23 from './N-23.ts';
import N24 from './N-24.ts';

export const narrativeRules: readonly AnyRule[] = [
  N01,
  N02,
  N03,
  N04,
  N05,
  N06,
  N07,
  N08,
  N09,
  N10,
  N11,
  N12,
  N13,
  N14,
  N15,
  N16,
  N17,
  N18,
  N19,
  N20,
  N21,
  N22,
  N23,
  N24,
];
