/** The shape of a rule: declarative meta plus a check over the document model (see STYLE.md §2.1). */
import type { Disclosure, DocumentKind } from '../model/document.ts';
import type { Severity } from '../model/finding.ts';
import type { RuleContext } from './context.ts';

export type RuleGroup =
  | 'within-table'
  | 'between-tables'
  | 'narrative'
  | 'completeness'
  | 'classification'
  | 'special'
  | 'performance'
  | 'cross-year';

export const GROUP_NAMES: Record<RuleGroup, string> = {
  'within-table': '表内勾稽',
  'between-tables': '表间勾稽',
  narrative: '表文一致',
  completeness: '完整性与格式',
  classification: '科目分类',
  special: '专项公开事项',
  performance: '绩效自评',
  'cross-year': '跨年度',
};

export interface RuleMeta<M extends Record<string, string>> {
  /** Stable id from rules.md; equals the file name. */
  readonly id: string;
  /** Chinese title. */
  readonly title: string;
  readonly group: RuleGroup;
  readonly severity: Severity;
  /** The identity or condition the rule checks, in Chinese notation. */
  readonly formula: string;
  /** Why it matters and where it comes from. */
  readonly rationale: string;
  readonly references: readonly string[];
  /** Message templates with {{placeholders}}; {{expected}} and {{actual}} come from the report itself. */
  readonly messages: M;
  /**
   * Document kinds the rule judges. Default: every kind but the budgets — the 决算 rules never run on a 部门预算 or
   * 单位预算 (see DEFAULT_APPLIES_TO).
   */
  readonly appliesTo?: readonly DocumentKind[];
}

/** Kinds a rule without `appliesTo` runs on: everything except 部门预算 / 单位预算. */
export const DEFAULT_APPLIES_TO: readonly DocumentKind[] = [
  'final-accounts',
  'unit-final-accounts',
  'perf-self-eval-report',
  'unknown',
];

/** Does this rule judge documents of this kind? */
export function appliesTo(rule: Rule, kind: DocumentKind): boolean {
  return (rule.meta.appliesTo ?? DEFAULT_APPLIES_TO).includes(kind);
}

export interface Rule<M extends Record<string, string> = Record<string, string>> {
  readonly meta: RuleMeta<M>;
  check(doc: Disclosure, ctx: RuleContext<Extract<keyof M, string>>): void;
}

/** Typed identity: `messageId` in `ctx.report` must be a key of `meta.messages`. */
export function defineRule<const M extends Record<string, string>>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** A rule of any message set, as stored in the registry. */
export type AnyRule = Rule;
