import { defineRule } from '../define-rule.ts';
import { catalogEntries } from '../../catalog/index.ts';
import type { Row } from '../../model/document.ts';
import { rowsOfSide, tableName } from '../../model/query.ts';
import { compareName, entryInYear, normName, validityText, yearBasis, type NameMatch } from './shared.ts';

const SUMMARY = /合计|总计|结转|结余|结余分配|财政拨款$/;
const ORDINAL = /^[一二三四五六七八九十]+[、.．]/;

/** Expenditure-side rows of 01/04 that stand for a 类 (printed with an ordinal, matched to a 类, or "…支出"). */
function classLines(rows: readonly Row[]): Row[] {
  return rows.filter((r) => {
    const label = r.label.replace(/\s+/g, '');
    if (label === '' || SUMMARY.test(label)) return false;
    return r.classCode !== null || ORDINAL.test(label) || /支出$/.test(label);
  });
}

const RANK: Record<NameMatch, number> = { same: 0, former: 1, suffix: 2, truncated: 3, different: 4 };

export default defineRule({
  meta: {
    id: 'K-05',
    title: '总表支出方类名称属于当年类目录',
    group: 'classification',
    severity: 'error',
    formula:
      '01/04表 支出方每个类行的名称 ∈ 报告年度支出功能分类类名称；已更名的旧称（文化体育与传媒、医疗卫生与计划生育等）在更名年度以后 → 错误',
    rationale:
      '01、04表支出方只印类名称、不印编码，名称就是科目；用了已更名的旧称或不存在的类名，说明表样过期或被改动。未识别报告年度时降为提示。',
    references: ['rules.md K-05', 'classification.md §1', '财政部《政府收支分类科目》（当年版）'],
    messages: {
      notClass: '{{table}} 支出方“{{label}}”不是{{year}}支出功能分类的类名称{{caveat}}',
      former: '{{table}} 支出方“{{label}}”为旧称，{{year}}该类（{{code}}）名称为“{{expected}}”{{caveat}}',
      notInYear: '{{table}} 支出方“{{label}}”（{{code}}）不是{{year}}有效的类（该类{{validity}}）{{caveat}}',
      suffix: '{{table}} 支出方“{{label}}”与{{year}}类名称“{{expected}}”只差“支出”二字',
      truncated: '{{table}} 支出方“{{label}}”是类名称“{{expected}}”的截断（单元格宽度所限），宜打印全称',
    },
  },
  check(doc, ctx) {
    const basis = yearBasis(doc);
    const classes = catalogEntries('functional', null).filter((e) => e.level === 'class');
    for (const t of doc.tables) {
      if (t.kind !== 'income-expenditure-summary' && t.kind !== 'fiscal-summary') continue;
      for (const row of classLines(rowsOfSide(t, 'expenditure'))) {
        const label = normName(row.label);
        const base = { table: tableName(t), label, year: basis.label, caveat: basis.caveat };
        const loc = ctx.rowAt(t, row);
        // Best match among the 类 in force in the year.
        let best: { how: NameMatch; code: string; name: string } | null = null;
        for (const e of classes) {
          const y = entryInYear('functional', e.code, basis.year);
          if (y?.entry !== e) continue;
          const how = compareName(label, y.name, y.formerNames);
          if (!best || RANK[how] < RANK[best.how]) best = { how, code: e.code, name: y.name };
        }
        if (best?.how === 'same') continue;
        if (best && best.how !== 'different') {
          const data = { ...base, code: best.code, expected: best.name };
          ctx.report({
            messageId: best.how,
            data,
            expected: { text: best.name },
            actual: { text: label },
            locations: [loc],
            ...(best.how === 'former' ? basis.override : { severity: 'note' as const }),
          });
          continue;
        }
        const elsewhere = classes.find((e) =>
          [e.name, ...e.aliases].some(
            (n) => compareName(label, n) === 'same' || compareName(label, n) === 'suffix',
          ),
        );
        if (elsewhere) {
          ctx.report({
            messageId: 'notInYear',
            data: { ...base, code: elsewhere.code, validity: validityText('functional', elsewhere.code) },
            actual: { text: label },
            locations: [loc],
            ...basis.override,
          });
          continue;
        }
        ctx.report({
          messageId: 'notClass',
          data: base,
          actual: { text: label },
          locations: [loc],
          ...basis.override,
        });
      }
    }
  },
});
