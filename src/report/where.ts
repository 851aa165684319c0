/** Where a finding is, in the reader's terms: page (PDF), cell (workbooks, DOCX tables) or line (plain text). */
import type { Location } from '../model/finding.ts';

export function placeOf(l: Location): string {
  const bits: string[] = [];
  if (l.file) bits.push(`《${l.file.replace(/^.*[\\/]/, '')}》`);
  if (l.page) bits.push(`第${String(l.page)}页`);
  if (l.cell) bits.push(l.cell);
  if (bits.length === 0 && l.line) bits.push(`第${String(l.line)}行`);
  if (l.confidence !== null && l.confidence !== undefined) {
    bits.push(`（OCR 识别，置信度 ${String(Math.round(l.confidence))}）`);
  }
  return bits.join(' ');
}
