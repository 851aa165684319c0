/** RuleTester: valid cases produce no finding of the rule; invalid cases produce exactly the listed findings. */
import { describe, expect, it } from 'vitest';
import { Finding, type Location } from '../src/model/finding.ts';
import type { AnyRule } from '../src/rules/define-rule.ts';
import { runRules } from '../src/rules/engine.ts';
import type { DocBuilder } from './builder.ts';

export interface ValidCase {
  readonly name: string;
  readonly doc: DocBuilder;
  /** Last year's disclosure, for the cross-year rules. */
  readonly previous?: DocBuilder;
  /** The same department's document of the same year and the other kind (决算 ↔ 绩效自评报告). */
  readonly companion?: DocBuilder;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly severity?: Finding['severity'];
  /** Partial match of the locations, in order (primary first). */
  readonly locations?: readonly Partial<Location>[];
  readonly message?: RegExp;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

/** When set (by scripts/build-docs.ts), cases are collected for the rule documentation instead of run. */
export const collected = new Map<string, { rule: AnyRule; cases: RuleCases }>();
export function collectOnly(on: boolean): void {
  (globalThis as { __juesuanCollect?: boolean }).__juesuanCollect = on;
}

export const ruleTester = {
  run(rule: AnyRule, cases: RuleCases): void {
    if ((globalThis as { __juesuanCollect?: boolean }).__juesuanCollect) {
      collected.set(rule.meta.id, { rule, cases });
      return;
    }
    describe(`${rule.meta.id} ${rule.meta.title}`, () => {
      it('has at least one valid and one invalid case', () => {
        expect(cases.valid.length).toBeGreaterThan(0);
        expect(cases.invalid.length).toBeGreaterThan(0);
      });
      for (const c of cases.valid) {
        it(`valid: ${c.name}`, () => {
          const { findings, failures } = runRules(
            c.doc.doc(),
            [rule],
            {},
            { previous: c.previous?.doc() ?? null, companion: c.companion?.doc() ?? null },
          );
          expect(failures).toEqual([]);
          expect(findings.map((f) => f.message)).toEqual([]);
        });
      }
      for (const c of cases.invalid) {
        it(`invalid: ${c.name}`, () => {
          const { findings, failures } = runRules(
            c.doc.doc(),
            [rule],
            {},
            { previous: c.previous?.doc() ?? null, companion: c.companion?.doc() ?? null },
          );
          expect(failures).toEqual([]);
          expect(
            findings.map((f) => f.messageId),
            findings.map((f) => f.message).join('\n'),
          ).toEqual(c.errors.map((e) => e.messageId));
          findings.forEach((f, i) => {
            const e = c.errors[i];
            expect(Finding.safeParse(f).success).toBe(true);
            expect(Object.keys(rule.meta.messages)).toContain(f.messageId);
            expect(f.message).not.toMatch(/\{\{/);
            if (e?.severity) expect(f.severity).toBe(e.severity);
            if (e?.message) expect(f.message).toMatch(e.message);
            e?.locations?.forEach((loc, j) => {
              expect(f.locations[j]).toMatchObject(loc);
            });
          });
        });
      }
    });
  },
};
