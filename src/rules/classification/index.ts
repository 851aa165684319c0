import type { AnyRule } from '../define-rule.ts';
import K01 from './K-01.ts';
import K02 from './K-02.ts';
import K03 from './K-03.ts';
import K04 from './K-04.ts';
import K05 from './K-05.ts';
import K06 from './K-06.ts';
import K07 from './K-07.ts';
import K08 from './K-08.ts';
import K09 from './K-09.ts';
import K10 from './K-10.ts';

export const classificationRules: readonly AnyRule[] = [K01, K02, K03, K04, K05, K06, K07, K08, K09, K10];
