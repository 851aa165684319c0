/**
 * Automatic paragraph numbering of a Word document (numbering.xml, and numbering attached to paragraph styles):
 * headings such as "一、收入支出决算总体情况说明" often carry their "一、" as a list number, not as text.
 */
import { attr, child, elements, type XmlElement } from '../xml.ts';

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly suffix: string;
}

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseCount(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i] ?? '';
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : (DIGITS[d] ?? '')) + unit;
  });
  return out;
}

function letters(n: number, upper: boolean): string {
  const base = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return base.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let k = n;
  for (const [v, s] of table) {
    while (k >= v) {
      out += s;
      k -= v;
    }
  }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographTraditional':
      return chineseCount(n);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
      return String(n)
        .split('')
        .map((d) => DIGITS[Number(d)] ?? d)
        .join('');
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const val = (el: XmlElement | undefined, name: string): string | undefined =>
  attr(el ? child(el, name) : undefined, 'w:val');

export class Numbering {
  private readonly levels = new Map<string, Map<number, Level>>(); // numId → levels
  private readonly overrides = new Map<string, Map<number, number>>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly styleNum = new Map<string, { numId: string; ilvl: number }>();

  constructor(numbering: XmlElement | null, styles: XmlElement | null) {
    if (numbering) {
      const abstract = new Map<string, Map<number, Level>>();
      for (const a of elements(numbering, 'w:abstractNum')) {
        const levels = new Map<number, Level>();
        for (const l of elements(a, 'w:lvl')) {
          levels.set(Number(attr(l, 'w:ilvl') ?? 0), {
            start: Number(val(l, 'w:start') ?? 1) || 1,
            format: val(l, 'w:numFmt') ?? 'decimal',
            text: val(l, 'w:lvlText') ?? '',
            suffix: val(l, 'w:suff') ?? 'tab',
          });
        }
        abstract.set(attr(a, 'w:abstractNumId') ?? '', levels);
      }
      for (const num of elements(numbering, 'w:num')) {
        const id = attr(num, 'w:numId') ?? '';
        const levels = abstract.get(val(num, 'w:abstractNumId') ?? '');
        if (levels) this.levels.set(id, levels);
        const starts = new Map<number, number>();
        for (const o of elements(num, 'w:lvlOverride')) {
          const s = val(o, 'w:startOverride');
          if (s !== undefined) starts.set(Number(attr(o, 'w:ilvl') ?? 0), Number(s));
        }
        this.overrides.set(id, starts);
      }
    }
    if (styles) {
      const byId = new Map<string, XmlElement>();
      for (const s of elements(styles, 'w:style')) byId.set(attr(s, 'w:styleId') ?? '', s);
      for (const [id] of byId) {
        let s = byId.get(id);
        for (let depth = 0; s && depth < 10; depth++) {
          const numPr = child(child(s, 'w:pPr') ?? s, 'w:numPr');
          const numId = val(numPr, 'w:numId');
          if (numPr && numId !== undefined) {
            this.styleNum.set(id, { numId, ilvl: Number(val(numPr, 'w:ilvl') ?? 0) });
            break;
          }
          s = byId.get(val(s, 'w:basedOn') ?? '');
        }
      }
    }
  }

  /** The number printed before a paragraph ("一、"), advancing the list's counters; "" when not numbered. */
  label(pPr: XmlElement | undefined): string {
    if (!pPr) return '';
    const numPr = child(pPr, 'w:numPr');
    let numId = val(numPr, 'w:numId');
    let ilvl = Number(val(numPr, 'w:ilvl') ?? NaN);
    const style = this.styleNum.get(val(pPr, 'w:pStyle') ?? '');
    if (numId === undefined && style) numId = style.numId;
    if (Number.isNaN(ilvl)) ilvl = style?.ilvl ?? 0;
    if (numId === undefined || numId === '0') return '';
    const levels = this.levels.get(numId);
    const level = levels?.get(ilvl);
    if (!levels || !level) return '';
    const counters: (number | undefined)[] = this.counters.get(numId) ?? [];
    const startOf = (l: number): number => this.overrides.get(numId)?.get(l) ?? levels.get(l)?.start ?? 1;
    for (let l = 0; l < ilvl; l++) counters[l] ??= startOf(l);
    const current = counters[ilvl];
    counters[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    counters.length = ilvl + 1;
    this.counters.set(numId, counters);
    if (level.format === 'bullet') return '';
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const l = Number(k) - 1;
      return formatNumber(counters[l] ?? startOf(l), levels.get(l)?.format ?? 'decimal');
    });
    return text === '' ? '' : text + (level.suffix === 'space' ? ' ' : '');
  }
}
