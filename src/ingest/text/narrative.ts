/** Narrative structure: parts (第一部分…), numbered sections and sub-sections, the 目录 and 名词解释. */
import type {
  Part,
  PartKind,
  Section,
  SourceRef,
  TermDefinition,
  TextSegment,
  TocEntry,
} from '../../model/document.ts';
import type { SourceLine } from './lines.ts';
import { chineseNumeral } from './titles.ts';

export const PART_RE = /^第([一二三四五六七八九十]+)部分\s*(.*)$/;
const L1_RE = /^([一二三四五六七八九十]{1,3})\s*[、.．]\s*(\S.*)$/;
const L2_RE = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]\s*(\S.*)?$/;
const LIST_RE =
  /^(?:\d{1,2}\s*(?:、|[.．](?!\d))|[（(]\s*\d{1,2}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/;
const TERMINAL = /[。！？；：:;!?）)”"]$/;

const CJK = '[\\u3400-\\u9fff\\uff08\\uff09\\uff0c\\uff1b\\u3001\\u300a\\u300b“”,]';
const CJK_GAP = new RegExp(`(?<=${CJK})\\s+(?=${CJK})`, 'g');

/** Remove spaces a line wrap left between Chinese characters ("网络安全 和信息化" → "网络安全和信息化"). */
export function closeCjkGaps(text: string): string {
  return text.replace(CJK_GAP, '');
}

export function partKindOf(title: string): PartKind {
  const t = title.replace(/\s+/g, '');
  if (/名词解释/.test(t)) return 'glossary';
  if (/附件|附表/.test(t)) return 'annex';
  if (/情况说明|决算说明|编制说明/.test(t)) return 'narrative';
  if (/决算表|预算表|公开表/.test(t)) return 'tables';
  if (/概况|基本情况|职能|机构设置/.test(t)) return 'overview';
  return 'other';
}

function textRef(line: SourceLine): SourceRef {
  const chars = Array.from(line.raw);
  const first =
    line.text.length > 0 ? line.raw.indexOf(line.text.slice(0, Math.min(4, line.text.length))) : -1;
  const start = first >= 0 ? Array.from(line.raw.slice(0, first)).length + 1 : 1;
  return { line: line.no, column: start, endColumn: Math.max(start, chars.length) };
}

/** Join lines into paragraphs; a line broken mid-sentence (no terminal punctuation) continues without a break. */
export function joinLines(lines: readonly SourceLine[]): { text: string; segments: TextSegment[] } {
  let text = '';
  const segments: TextSegment[] = [];
  let prev: SourceLine | null = null;
  for (const line of lines) {
    if (line.text === '') continue;
    if (prev) {
      const breakParagraph =
        TERMINAL.test(prev.text) ||
        LIST_RE.test(line.text) ||
        (LIST_RE.test(prev.text) && prev.text.length < 60);
      if (breakParagraph) text += '\n';
    }
    const piece = line.text.replace(/\t+/g, ' ');
    segments.push({ offset: text.length, length: piece.length, at: textRef(line) });
    text += piece;
    prev = line;
  }
  return { text, segments };
}

interface RawSection {
  number: string;
  heading: string;
  printed: string;
  level: number;
  line: SourceLine;
  inlineText: SourceLine | null;
  body: SourceLine[];
  children: RawSection[];
}

function headingOf(
  line: SourceLine,
  level: 1 | 2,
): { number: string; heading: string; printed: string; rest: string } | null {
  const re = level === 1 ? L1_RE : L2_RE;
  const m = re.exec(line.text);
  if (!m?.[1]) return null;
  const full = (m[2] ?? '').trim();
  // "（一）内设机构设置。我单位属于…" → heading "内设机构设置", text after the first 。
  const stop = full.search(/[。：:]/);
  if (level === 1 && full.length > 40 && stop < 0) return null;
  if (stop >= 0 && stop < full.length - 1) {
    const rest = full.slice(stop + 1);
    return {
      number: m[1],
      heading: full.slice(0, stop),
      printed: line.text.slice(0, line.text.length - rest.length - 1),
      rest,
    };
  }
  return {
    number: m[1],
    heading: full.replace(/[。：:]$/, ''),
    printed: line.text.replace(/[。：:]$/, ''),
    rest: '',
  };
}

/** Build sections of one part from its body lines. */
export function buildSections(
  lines: readonly SourceLine[],
  kind: PartKind,
): { preamble: SourceLine[]; sections: Section[] } {
  const preamble: SourceLine[] = [];
  const top: RawSection[] = [];
  let current1: RawSection | null = null;
  let current2: RawSection | null = null;
  let lastNumber = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    const h1 = kind === 'glossary' ? null : headingOf(line, 1);
    // Level-1 numbering only moves forward: a "一、" after "十三、" is a list inside the current section.
    const n1 = h1 ? (chineseNumeral(h1.number) ?? 0) : 0;
    if (h1 && n1 > lastNumber) {
      lastNumber = n1;
      current1 = { ...h1, level: 1, line, inlineText: null, body: [], children: [] };
      if (h1.rest) current1.body.push({ ...line, text: h1.rest });
      current2 = null;
      top.push(current1);
      continue;
    }
    const h2 = kind === 'glossary' ? null : headingOf(line, 2);
    if (h2 && current1) {
      current2 = { ...h2, level: 2, line, inlineText: null, body: [], children: [] };
      if (h2.rest) current2.body.push({ ...line, text: h2.rest });
      current1.children.push(current2);
      continue;
    }
    if (current2) current2.body.push(line);
    else if (current1) current1.body.push(line);
    else preamble.push(line);
  }
  return { preamble, sections: top.map(finish) };
}

function finish(raw: RawSection): Section {
  const children = raw.children.map(finish);
  const own = joinLines(raw.body);
  // A level-1 section's text includes its sub-sections (headings and bodies), in order.
  const allLines: SourceLine[] = [...raw.body];
  for (const child of raw.children) allLines.push({ ...child.line, text: child.printed }, ...child.body);
  allLines.sort((a, b) => a.no - b.no);
  const joined = raw.children.length > 0 ? joinLines(allLines) : own;
  const lastChild = children[children.length - 1];
  const lastBody = raw.body[raw.body.length - 1];
  const endLine = Math.max(raw.line.no, lastBody?.no ?? 0, lastChild?.endLine ?? 0);
  return {
    number: raw.number,
    heading: closeCjkGaps(raw.printed),
    level: raw.level,
    text: joined.text,
    segments: joined.segments,
    at: textRef(raw.line),
    startLine: raw.line.no,
    endLine,
    subsections: children,
  };
}

function partHeading(line: string, title: string): string {
  const prefix = /^第\s*[一二三四五六七八九十]+\s*部分/.exec(line)?.[0].replace(/\s+/g, '') ?? '';
  const rest = title || line.replace(/^第\s*[一二三四五六七八九十]+\s*部分/, '');
  return [prefix, closeCjkGaps(rest.trim())].filter((s) => s !== '').join(' ');
}

export function buildPart(
  heading: SourceLine,
  title: string,
  body: readonly SourceLine[],
  number: number | null,
): Part {
  const kind = partKindOf(title);
  const { preamble, sections } = buildSections(body, kind);
  const lastLine = body.filter((l) => l.text !== '').pop();
  return {
    number,
    kind,
    heading: partHeading(heading.text, title),
    at: textRef(heading),
    preamble: joinLines(preamble).text,
    sections,
    startLine: heading.no,
    endLine: lastLine?.no ?? heading.no,
  };
}

const TERM_RE =
  /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*([^：:。，,]{2,40}?)\s*[：:]\s*(\S.*)$/;

export function buildTerms(lines: readonly SourceLine[]): TermDefinition[] {
  const out: TermDefinition[] = [];
  for (const line of lines) {
    if (line.text === '') continue;
    const m = TERM_RE.exec(line.text);
    if (m?.[1] && m[2]) {
      out.push({ term: m[1].replace(/\s+/g, ''), definition: m[2].trim(), at: textRef(line) });
    } else {
      const prev = out[out.length - 1];
      if (prev) out[out.length - 1] = { ...prev, definition: prev.definition + line.text };
    }
  }
  return out;
}

export function buildToc(lines: readonly SourceLine[]): TocEntry[] {
  return lines
    .filter((l) => l.text !== '' && !/^目\s*录$/.test(l.text))
    .map((l) => ({ text: l.text, level: PART_RE.test(l.text) ? 1 : 2, at: textRef(l) }));
}
