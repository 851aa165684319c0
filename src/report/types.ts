import type { Disclosure } from '../model/document.ts';
import type { Finding, RuleFailure } from '../model/finding.ts';

/** One audited file: its model (when it could be read), findings and rule failures, or the input error. */
export interface CheckedDocument {
  readonly file: string;
  readonly doc: Disclosure | null;
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
  readonly error?: string;
}
