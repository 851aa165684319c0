import type { AnyRule } from '../define-rule.ts';
import X01 from './X-01.ts';
import X02 from './X-02.ts';
import X03 from './X-03.ts';
import X04 from './X-04.ts';
import X05 from './X-05.ts';
import X06 from './X-06.ts';
import X07 from './X-07.ts';
import X08 from './X-08.ts';
import X09 from './X-09.ts';
import X10 from './X-10.ts';
import X11 from './X-11.ts';
import X12 from './X-12.ts';
import X13 from './X-13.ts';
import X14 from './X-14.ts';
import X15 from './X-15.ts';
import X16 from './X-16.ts';
import X17 from './X-17.ts';
import X18 from './X-18.ts';
import X19 from './X-19.ts';

export const betweenTablesRules: readonly AnyRule[] = [
  X01,
  X02,
  X03,
  X04,
  X05,
  X06,
  X07,
  X08,
  X09,
  X10,
  X11,
  X12,
  X13,
  X14,
  X15,
  X16,
  X17,
  X18,
  X19,
];
