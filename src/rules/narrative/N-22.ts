import { formatHundredths } from '../../model/amount.ts';
import type { Disclosure, Row, Table } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import { amountsIn, sentenceLocation, textParagraphs, type AmountMention } from './claims.ts';

interface TableFigure {
  readonly table: Table;
  readonly row: Row;
  readonly cell: Row['cells'][number];
}

/** Every non-zero amount printed in the tables, by value (hundredths of the document unit). */
function tableFigures(doc: Disclosure): Map<number, TableFigure> {
  const out = new Map<number, TableFigure>();
  for (const table of doc.tables)
    for (const row of table.rows)
      for (const cell of row.cells)
        if (cell.amount !== null && cell.amount !== 0 && !out.has(cell.amount))
          out.set(cell.amount, { table, row, cell });
  return out;
}

/** Enough significant digits that a match is no coincidence ("1.00" or "12" are too common). */
function distinctive(hundredths: number): boolean {
  return Math.abs(hundredths) >= 1000 && String(Math.abs(hundredths)).replace(/0+$/, '').length >= 3;
}

/**
 * A rate printed without its % sign: "增长13.95。", "占基本支出的48.58，", "完成年初预算的96"; the number is followed
 * by punctuation or the end of the text, never by a unit.
 */
const BARE_RATE =
  /(增长|下降|降低|上升|提高|占[^，。；、\d%％]{0,14}?的?|完成(?:年初|全年)?预算(?:数)?的)\s*(\d+(?:\.\d+)?)(?=\s*(?:[，。；,;）)]|$))/g;

export default defineRule({
  meta: {
    id: 'N-22',
    title: '金额单位与百分号无误',
    group: 'narrative',
    severity: 'error',
    formula:
      '表格单位为万元时，说明中的“××元”若不折算就与表中某数相同（或“××万元”须除以 10000 才与表中某数相同），即单位写错；比率后缺少“%”',
    rationale:
      '把万元写成元（或把按元填写的数字标成万元）使金额相差一万倍；“增长13.95。”缺少百分号，读者无法判断是金额还是比率。',
    references: ['rules.md N-22', 'GOV R001'],
    messages: {
      yuanForWan: '“{{section}}” 写“{{quoted}}”，而 {{table}} 为 {{value}}万元：单位应为万元',
      wanForYuan:
        '“{{section}}” 写“{{quoted}}”，按元折算为 {{converted}}万元才与 {{table}} 相同：数字按元填写却标为万元',
      noPercent: '“{{section}}” “{{text}}”缺少百分号（%）',
    },
  },
  check(doc, ctx) {
    const paragraphs = textParagraphs(doc);
    const figures = doc.meta.unit === '万元' ? tableFigures(doc) : new Map<number, TableFigure>();
    const where = (f: TableFigure): string =>
      `${f.table.number ? `${f.table.number}表` : f.table.title} ${f.row.label || f.row.code || ''}·${f.cell.column}`;
    for (const p of paragraphs) {
      const mentions: AmountMention[] = figures.size > 0 ? amountsIn(p.text) : [];
      for (const a of mentions) {
        if (!distinctive(a.value)) continue;
        if (a.unit === '元') {
          const f = figures.get(a.value);
          // 元 is right when the number converts to a table figure (or to nothing we know)
          if (!f || figures.has(Math.round(a.value / 10000))) continue;
          ctx.report({
            messageId: 'yuanForWan',
            data: {
              section: p.section.heading,
              quoted: a.raw,
              table: where(f),
              value: formatHundredths(f.cell.amount ?? 0),
            },
            expected: { text: `${a.raw.replace(/元$/, '')}万元` },
            actual: { text: a.raw },
            locations: [sentenceLocation(p, a.start), ctx.cellAt(f.table, f.row, f.cell)],
          });
        } else if (a.decimals === 0 || a.value % 10000 === 0) {
          // a whole number of 元 labelled 万元: ÷10,000 (rounded to the table's 0.01) gives a table figure
          const converted = Math.round(a.value / 10000);
          if (figures.has(a.value)) continue;
          const f = figures.get(converted);
          if (!f || !distinctive(converted)) continue;
          ctx.report({
            messageId: 'wanForYuan',
            data: {
              section: p.section.heading,
              quoted: a.raw,
              converted: formatHundredths(converted),
              table: where(f),
            },
            expected: { amount: converted },
            actual: { amount: a.value },
            locations: [sentenceLocation(p, a.start), ctx.cellAt(f.table, f.row, f.cell)],
          });
        }
      }
      for (const m of p.text.matchAll(BARE_RATE)) {
        const num = m[2] ?? '';
        ctx.report({
          messageId: 'noPercent',
          severity: 'warning',
          data: { section: p.section.heading, text: m[0] },
          expected: { text: `${m[0]}%` },
          actual: { text: m[0] },
          locations: [sentenceLocation(p, m.index + m[0].length - num.length)],
        });
      }
    }
  },
});
