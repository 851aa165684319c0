/** Runs rules independently over one document; a crashing rule becomes a notification, never an abort. */
import type { Disclosure } from '../model/document.ts';
import type { Finding, RuleFailure, Severity } from '../model/finding.ts';
import {
  locationHelpers,
  originFields,
  renderMessage,
  valueArg,
  type ReportInput,
  type RuleContext,
  type Tolerances,
} from './context.ts';
import { collapseCascades, type CollapsedFinding } from './cascade.ts';
import { appliesTo, type AnyRule, type RuleGroup } from './define-rule.ts';
import { formatHundredths } from '../model/amount.ts';

/** The note for a 尾数差 (any rule's sum within the rounding tolerance), when rounding notes are asked for. */
const ROUNDING_GAP =
  '{{lhs}} 与 {{rhs}} 相差 {{gap}}，在尾数容差 {{tolerance}} 以内（尾数差：各数分别四舍五入所致，不是错误）';

export interface AuditConfig {
  /** Rule ids or groups to run only (empty = all). */
  readonly only?: readonly string[];
  /** Rule ids or groups to skip. */
  readonly disable?: readonly string[];
  /** Severity overrides by rule id. */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  readonly tolerances?: Partial<Tolerances>;
  /** Fold findings that follow from one wrong figure into the finding that blames it (default on). */
  readonly collapse?: boolean;
}

export interface AuditResult {
  readonly findings: CollapsedFinding[];
  readonly failures: RuleFailure[];
  readonly rulesRun: string[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, note: 2 };

function selected(rule: AnyRule, config: AuditConfig): boolean {
  const matches = (sel: string): boolean =>
    sel === rule.meta.id || sel === rule.meta.group || rule.meta.id.startsWith(`${sel}-`);
  if (config.only && config.only.length > 0 && !config.only.some(matches)) return false;
  if (config.disable?.some(matches)) return false;
  return config.severity?.[rule.meta.id] !== 'off';
}

export interface RunOptions {
  /** Last year's disclosure of the same department (enables the cross-year rules). */
  readonly previous?: Disclosure | null;
  /** The same department's document of the same year and the other kind (决算 ↔ 绩效自评报告). */
  readonly companion?: Disclosure | null;
}

export function runRules(
  doc: Disclosure,
  rules: readonly AnyRule[],
  config: AuditConfig = {},
  options: RunOptions = {},
): AuditResult {
  const findings: Finding[] = [];
  const failures: AuditResult['failures'] = [];
  const rulesRun: string[] = [];
  const tolerances: Tolerances = { roundingNotes: false, ...config.tolerances };
  const helpers = locationHelpers(doc);
  for (const rule of rules) {
    if (!selected(rule, config) || !appliesTo(rule, doc.meta.kind)) continue;
    rulesRun.push(rule.meta.id);
    const override = config.severity?.[rule.meta.id];
    const emit = (template: string, severity: Severity, input: ReportInput<string>): void => {
      const data = { ...input.data };
      const expected = valueArg(input.expected);
      const actual = valueArg(input.actual);
      if (expected !== undefined && data.expected === undefined) data.expected = expected;
      if (actual !== undefined && data.actual === undefined) data.actual = actual;
      findings.push({
        ruleId: rule.meta.id,
        messageId: input.messageId,
        severity,
        message: renderMessage(template, data),
        locations: [...input.locations],
        expected: input.expected ?? null,
        actual: input.actual ?? null,
        fix: input.fix ?? null,
      });
    };
    const ctx: RuleContext = {
      doc,
      previous: options.previous ?? null,
      companion: options.companion ?? null,
      tolerances,
      ...helpers,
      sameAmount: (a, b) => a === b,
      withinRounding: (total, sum, parts) => 2 * Math.abs(total - sum) <= parts + 1,
      roundingNote: (input) => {
        if (!tolerances.roundingNotes || input.total === input.sum) return;
        const gap = formatHundredths(Math.abs(input.total - input.sum));
        emit(ROUNDING_GAP, 'note', {
          messageId: 'roundingGap',
          data: { lhs: input.lhs, rhs: input.rhs, gap, tolerance: input.tolerance },
          expected: { amount: input.sum },
          actual: { amount: input.total },
          locations: input.locations,
        });
      },
      report: (input) => {
        const template = rule.meta.messages[input.messageId];
        if (template === undefined) throw new Error(`unknown messageId ${input.messageId}`);
        emit(
          template,
          override && override !== 'off' ? override : (input.severity ?? rule.meta.severity),
          input,
        );
      },
    };
    try {
      rule.check(doc, ctx);
    } catch (err) {
      failures.push({ ruleId: rule.meta.id, message: err instanceof Error ? err.message : String(err) });
    }
  }
  placeLocations(doc, findings);
  findings.sort(
    (a, b) =>
      (a.locations[0]?.line ?? Infinity) - (b.locations[0]?.line ?? Infinity) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { findings: config.collapse === false ? findings : collapseCascades(findings), failures, rulesRun };
}

/**
 * Where each location is in the original file: a cell's own page region or sheet!cell when the rule gave one,
 * otherwise the region of its line (PDF, DOCX, workbooks, HTML; plain text has line numbers only).
 */
function placeLocations(doc: Disclosure, findings: Finding[]): void {
  const origins = doc.source.origins;
  if (!origins) return;
  for (const f of findings) {
    f.locations = f.locations.map((l) => {
      const origin = l.line !== null ? origins[l.line - 1] : null;
      if (!origin) return l;
      const o = originFields(origin);
      return {
        ...l,
        page: l.page ?? o.page,
        file: l.file ?? o.file,
        bbox: l.bbox ?? o.bbox,
        cell: l.cell ?? o.cell,
        confidence: l.confidence ?? o.confidence,
      };
    });
  }
}

export function groupOf(rules: readonly AnyRule[], id: string): RuleGroup | undefined {
  return rules.find((r) => r.meta.id === id)?.meta.group;
}
