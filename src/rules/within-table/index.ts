import type { AnyRule } from '../define-rule.ts';
import I01 from './I-01.ts';
import I02 from './I-02.ts';
import I03 from './I-03.ts';
import I04 from './I-04.ts';
import I05 from './I-05.ts';
import I06 from './I-06.ts';
import I07 from './I-07.ts';
import I08 from './I-08.ts';
import I09 from './I-09.ts';
import I10 from './I-10.ts';
import I11 from './I-11.ts';
import I12 from './I-12.ts';
import I13 from './I-13.ts';
import I14 from './I-14.ts';
import I15 from './I-15.ts';
import I16 from './I-16.ts';
import I17 from './I-17.ts';
import I18 from './I-18.ts';
import I19 from './I-19.ts';
import I20 from './I-20.ts';
import I21 from './I-21.ts';
import I22 from './I-22.ts';
import I23 from './I-23.ts';

export const withinTableRules: readonly AnyRule[] = [
  I01,
  I02,
  I03,
  I04,
  I05,
  I06,
  I07,
  I08,
  I09,
  I10,
  I11,
  I12,
  I13,
  I14,
  I15,
  I16,
  I17,
  I18,
  I19,
  I20,
  I21,
  I22,
  I23,
];
