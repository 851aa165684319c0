import { defineRule } from '../define-rule.ts';
import { formatHundredths, parseNumber } from '../../model/amount.ts';
import type { Disclosure, Row, Table } from '../../model/document.ts';
import { cellByKey, tableName, tableOfKind, valueOf } from '../../model/query.ts';
import type { RuleContext } from '../context.ts';
import {
  compareName,
  entryInYear,
  functionalRows,
  functionalTables,
  isGeneralBudgetSection,
  namesAgree,
  narrativeAt,
  narrativePieces,
  normName,
  printedSubjects,
  resolveClassName,
  resolveSubjectPath,
  subjectItems,
  yearBasis,
  type NarrativePiece,
  type SubjectItem,
} from './shared.ts';

const MESSAGES = {
  tableMismatch:
    '{{table}} {{code}} 科目名称“{{name}}”与{{other}}同一编码的名称“{{otherName}}”不一致（同一编码各表名称应相同）',
  badClass:
    '情况说明“{{section}}”第{{n}}项 “{{text}}（类）”不是{{year}}支出功能分类的类名称{{hint}}{{caveat}}',
  badSection: '情况说明“{{section}}”第{{n}}项 “{{text}}（款）”不是类 {{parent}} 下的款名称{{caveat}}',
  badItem: '情况说明“{{section}}”第{{n}}项 “{{text}}（项）”不是款 {{parent}} 下的项名称{{caveat}}',
  formerName:
    '情况说明“{{section}}”{{where}}“{{text}}”为旧称，{{year}}该科目（{{code}}）名称为“{{expected}}”{{caveat}}',
  suffix:
    '情况说明“{{section}}”第{{n}}项 “{{text}}（{{level}}）”与科目名称“{{expected}}”只差“支出”二字（仅类名称可省略“支出”）',
  badClassList: '情况说明“{{section}}”所列“{{text}}”不是{{year}}支出功能分类的类名称{{hint}}{{caveat}}',
} as const;

type Ctx = RuleContext<keyof typeof MESSAGES>;

const LEVEL_WORD = { class: '类', section: '款', item: '项' } as const;

/** Same code, different names across the functional tables. */
function checkTables(doc: Disclosure, ctx: Ctx): void {
  const year = doc.meta.year;
  const byCode = new Map<string, { table: Table; row: Row }[]>();
  for (const t of functionalTables(doc)) {
    for (const row of functionalRows(t)) {
      if (row.code === null || row.label === '') continue;
      const list = byCode.get(row.code) ?? [];
      list.push({ table: t, row });
      byCode.set(row.code, list);
    }
  }
  for (const [code, places] of byCode) {
    if (new Set(places.map((p) => p.table)).size < 2) continue;
    const catalogName = entryInYear('functional', code, year)?.name;
    const reference =
      places.find((p) => catalogName !== undefined && compareName(p.row.label, catalogName) === 'same') ??
      places[0];
    if (!reference) continue;
    const reported = new Set<string>();
    for (const p of places) {
      if (namesAgree(p.row.label, reference.row.label)) continue;
      const key = `${tableName(p.table)}:${normName(p.row.label)}`;
      if (reported.has(key)) continue;
      reported.add(key);
      ctx.report({
        messageId: 'tableMismatch',
        data: {
          table: tableName(p.table),
          code,
          name: p.row.label,
          other: tableName(reference.table),
          otherName: reference.row.label,
        },
        expected: { text: reference.row.label },
        actual: { text: p.row.label },
        locations: [ctx.rowAt(p.table, p.row), ctx.rowAt(reference.table, reference.row)],
      });
    }
  }
}

/** 类/款/项 paths printed in the 情况说明. */
function checkPaths(doc: Disclosure, ctx: Ctx): void {
  const basis = yearBasis(doc);
  const printed = printedSubjects(doc);
  for (const piece of narrativePieces(doc)) {
    subjectItems(piece.section.text).forEach((item, i) => {
      checkPath(ctx, piece, item, item.number ?? String(i + 1));
    });
  }

  function checkPath(c: Ctx, piece: NarrativePiece, item: SubjectItem, n: string): void {
    const res = resolveSubjectPath(item.path, basis.year, printed);
    const loc = narrativeAt(piece.section, item.offset, item.length);
    const base = { section: piece.label, n, year: basis.label, caveat: basis.caveat };
    if (res.failedAt === 'class') {
      const implied = res.impliedClass;
      c.report({
        messageId: 'badClass',
        data: {
          ...base,
          text: item.path.classText,
          hint: implied ? `；其款“${item.path.sectionText}”属于类 ${implied.code} ${implied.name}` : '',
        },
        actual: { text: item.path.classText },
        ...(implied ? { expected: { text: implied.name } } : {}),
        locations: [loc],
        ...basis.override,
      });
    } else if (res.failedAt === 'section' && res.class) {
      c.report({
        messageId: 'badSection',
        data: { ...base, text: item.path.sectionText, parent: `${res.class.code} ${res.class.name}` },
        actual: { text: item.path.sectionText },
        locations: [loc],
        ...basis.override,
      });
    } else if (res.failedAt === 'item' && res.section) {
      c.report({
        messageId: 'badItem',
        data: { ...base, text: item.path.itemText, parent: `${res.section.code} ${res.section.name}` },
        actual: { text: item.path.itemText },
        locations: [loc],
        ...basis.override,
      });
    }
    for (const f of res.former) {
      c.report({
        messageId: 'formerName',
        data: {
          ...base,
          where: `第${n}项 `,
          text: f.printed,
          code: f.subject.code,
          expected: f.subject.name,
        },
        expected: { text: f.subject.name },
        actual: { text: f.printed },
        locations: [loc],
        ...basis.override,
      });
    }
    for (const level of res.suffixOnly) {
      const subject = level === 'section' ? res.section : res.item;
      const text = level === 'section' ? item.path.sectionText : item.path.itemText;
      if (!subject) continue;
      c.report({
        messageId: 'suffix',
        severity: 'note',
        data: { ...base, text, level: LEVEL_WORD[level], expected: subject.name },
        locations: [loc],
      });
    }
  }
}

const CLASS_CLAUSE = /([^：:，,；;。、\d\n]{2,30}?)\s*(\d[\d,]*(?:\.\d+)?)\s*万?元\s*[，,]?\s*占/g;
const LEAD = /^(?:其中|主要用于(?:以下方面)?|用于|包括|分别为|分别是)/;
/** Amounts in 【一般公共】(二) that are not 类 lines (totals, 基本/项目, 经费 groups). */
const NOT_A_CLASS =
  /财政拨款|合计|总计|年度|本年|上年|基本支出|项目支出|人员经费|公用经费|上缴上级|经营支出|附属单位|三公|年初预算|预算数/;

/** 类 names listed in 【一般公共】(二) "结构情况". */
function checkClassList(doc: Disclosure, ctx: Ctx): void {
  const basis = yearBasis(doc);
  const t05 = tableOfKind(doc, 'general-budget-expenditure');
  for (const piece of narrativePieces(doc)) {
    if (!piece.parent || !isGeneralBudgetSection(piece.parent.heading)) continue;
    if (!/结构/.test(piece.section.heading)) continue;
    const text = piece.section.text;
    for (const m of text.matchAll(CLASS_CLAUSE)) {
      const raw = m[1] ?? '';
      const name = raw.replace(LEAD, '').trim();
      if (name === '' || NOT_A_CLASS.test(name)) continue;
      // Only phrases that present themselves as a 类 ("…（类）…" or "…支出") are held to the 类 list.
      if (!/[（(]类[）)]/.test(name) && !/支出$/.test(normName(name))) continue;
      const offset = m.index + raw.indexOf(name);
      const loc = narrativeAt(piece.section, offset, name.length);
      const res = resolveClassName(name, basis.year);
      if (res?.how === 'same') continue;
      if (res?.how === 'former') {
        ctx.report({
          messageId: 'formerName',
          data: {
            section: piece.label,
            where: '所列',
            text: name,
            year: basis.label,
            code: res.subject.code,
            expected: res.subject.name,
            caveat: basis.caveat,
          },
          expected: { text: res.subject.name },
          actual: { text: name },
          locations: [loc],
          ...basis.override,
        });
        continue;
      }
      ctx.report({
        messageId: 'badClassList',
        data: {
          section: piece.label,
          text: name,
          year: basis.label,
          hint: amountHint(t05, m[2] ?? ''),
          caveat: basis.caveat,
        },
        actual: { text: name },
        locations: [loc],
        ...basis.override,
      });
    }
  }
}

/** "（05表中金额为 75.10 的类是 201 一般公共服务支出）" when exactly one 类 row carries the stated amount. */
function amountHint(t05: Table | undefined, printed: string): string {
  if (!t05) return '';
  const n = parseNumber(printed);
  if (n.kind !== 'number' || n.hundredths === null) return '';
  const hits = functionalRows(t05).filter(
    (r) => r.code?.length === 3 && valueOf(cellByKey(r, 'total')) === n.hundredths,
  );
  const hit = hits.length === 1 ? hits[0] : undefined;
  return hit
    ? `（${tableName(t05)}中金额为 ${formatHundredths(n.hundredths)} 的类是 ${hit.code ?? ''} ${hit.label}）`
    : '';
}

export default defineRule({
  meta: {
    id: 'K-04',
    title: '同一科目在各表和情况说明中名称一致',
    group: 'classification',
    severity: 'error',
    formula:
      '同一功能分类编码在 02/03/05/基金/国资表 名称相同（单元格截断除外）；情况说明【一般公共】(三)及【基金】【国资】的“X（类）Y（款）Z（项）”按科目表逐级解析（类名称 → 其下款 → 其下项）；(二)所列类名称属于当年类名称。类名称可加减“支出”“（类）”，其余改动均为错误',
    rationale:
      '同一科目在不同表格或说明中名称不同，读者无法确认说的是同一笔支出；情况说明逐项解释到项级科目时，类、款、项名称必须能在科目表中逐级找到（“行政运行”在几十个款下都有，只能按路径解析）。',
    references: ['rules.md K-04', 'rules.md N-10, N-12', 'classification.md §4'],
    messages: MESSAGES,
  },
  check(doc, ctx) {
    checkTables(doc, ctx);
    checkPaths(doc, ctx);
    checkClassList(doc, ctx);
  },
});
