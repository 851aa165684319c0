import type { Disclosure } from '../model/document.ts';
import type { Finding, RuleFailure } from '../model/finding.ts';

/** A rendered PDF page (PNG) for the crops that show where a finding is. */
export interface PageImage {
  readonly page: number;
  /** The file the page is in, for a document read from two files; absent: its first file. */
  readonly file?: string;
  readonly png: Uint8Array;
  /** Page size in points: the unit of every bbox. */
  readonly width: number;
  readonly height: number;
}

/** One audited file: its model (when it could be read), findings and rule failures, or the input error. */
export interface CheckedDocument {
  readonly file: string;
  readonly doc: Disclosure | null;
  readonly findings: readonly Finding[];
  readonly failures: readonly RuleFailure[];
  readonly error?: string;
  /** Rendered pages of a PDF that findings point to (html report only). */
  readonly pages?: readonly PageImage[];
}
