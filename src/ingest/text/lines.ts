/**
 * Source lines and their cells. Tab-separated lines split on tabs (empty cells kept); space-aligned lines split on
 * runs of two or more spaces (or a full-width space). Every cell keeps its code-point column range on the line.
 */

export interface Token {
  readonly text: string;
  /** 1-based code-point column of the first character (of the trimmed text). */
  readonly start: number;
  /** 1-based code-point column of the last character (inclusive); start - 1 for an empty cell. */
  readonly end: number;
}

export interface SourceLine {
  /** 1-based line number. */
  readonly no: number;
  readonly raw: string;
  /** Display text: markdown emphasis and list marks removed, trimmed. */
  readonly text: string;
  /** Text with all whitespace removed (for matching titles and headings). */
  readonly compact: string;
  readonly hasTabs: boolean;
  readonly cells: readonly Token[];
}

/** Remove markdown-style emphasis and list marks that text exports carry. */
export function cleanLineText(raw: string): string {
  return raw
    .replace(/\*\*/g, '')
    .replace(/^\s*(?:[-*+]|#{1,6})\s+/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
}

function splitTabs(chars: readonly string[]): Token[] {
  const out: Token[] = [];
  let cellStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\t') {
      out.push(trimToken(chars, cellStart, i));
      cellStart = i + 1;
    }
  }
  return out;
}

function trimToken(chars: readonly string[], from: number, to: number): Token {
  let a = from;
  let b = to;
  while (a < b && /\s/.test(chars[a] ?? '')) a++;
  while (b > a && /\s/.test(chars[b - 1] ?? '')) b--;
  const text = chars.slice(a, b).join('').replace(/\*\*/g, '');
  return { text, start: a + 1, end: b };
}

function splitSpaces(chars: readonly string[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    while (i < chars.length && /\s/.test(chars[i] ?? '')) i++;
    if (i >= chars.length) break;
    const from = i;
    while (i < chars.length) {
      const c = chars[i] ?? '';
      if (c === '\u3000') break;
      if (c === ' ' && (chars[i + 1] === ' ' || chars[i + 1] === '\u3000' || i + 1 >= chars.length)) break;
      i++;
    }
    out.push(trimToken(chars, from, i));
  }
  return out;
}

export function toSourceLines(text: string): SourceLine[] {
  const rawLines = text.split(/\r\n|\r|\n/);
  return rawLines.map((raw, index) => {
    const chars = Array.from(raw.replace(/\f/g, ''));
    const hasTabs = raw.includes('\t');
    const cells = hasTabs ? splitTabs(chars) : splitSpaces(chars);
    const cleaned = cleanLineText(raw);
    return { no: index + 1, raw, text: cleaned, compact: cleaned.replace(/\s+/g, ''), hasTabs, cells };
  });
}

/** Delete whitespace inside a header or label cell ("本年收入 合计" → "本年收入合计"). */
export function compactCell(text: string): string {
  return text.replace(/\s+/g, '');
}
