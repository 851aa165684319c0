import type { AnyRule } from '../define-rule.ts';
import C01 from './C-01.ts';
import C02 from './C-02.ts';
import C03 from './C-03.ts';
import C04 from './C-04.ts';
import C05 from './C-05.ts';
import C06 from './C-06.ts';
import C07 from './C-07.ts';
import C08 from './C-08.ts';
import C09 from './C-09.ts';
import C10 from './C-10.ts';
import C11 from './C-11.ts';
import C12 from './C-12.ts';
import C13 from './C-13.ts';
import C14 from './C-14.ts';
import C15 from './C-15.ts';
import C16 from './C-16.ts';
import C17 from './C-17.ts';
import C18 from './C-18.ts';
import C19 from './C-19.ts';
import C20 from './C-20.ts';
import C21 from './C-21.ts';

export const completenessRules: readonly AnyRule[] = [
  C01,
  C02,
  C03,
  C04,
  C05,
  C06,
  C07,
  C08,
  C09,
  C10,
  C11,
  C12,
  C13,
  C14,
  C15,
  C16,
  C17,
  C18,
  C19,
  C20,
  C21,
];
