import type { Table } from '../../model/document.ts';
import { defineRule } from '../define-rule.ts';
import {
  blankLocation,
  clip,
  isAccounts,
  KIND_TITLE,
  NINE_KINDS,
  ORDER_NUMBER,
  tableLabel,
} from './shared.ts';

export default defineRule({
  meta: {
    id: 'C-02',
    title: '九张公开表齐全且各只出现一次',
    group: 'completeness',
    severity: 'error',
    formula:
      '收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、基本支出决算表、“三公”经费支出决算表、政府性基金表、国有资本经营表各一张，表名为已知表名',
    rationale:
      '部门决算公开须完整公开九张表；没有数据的表也要以空表公开（见 C-04）。缺表、重复表或表名无法识别，都说明公开内容不完整或表格错放。',
    references: ['rules.md C-02', '部门决算公开表样（公开01–09表）', 'GOV R014'],
    messages: {
      missing: '缺少{{title}}{{expectedNumber}}；部门决算应公开九张表，无数据的表也应以空表公开',
      duplicate: '{{title}}出现 {{count}} 次（{{where}}），每张表只应公开一次',
      unknownTitle: '第{{line}}行“{{number}}”所属的表名“{{title}}”不是已知的决算表名称，无法确定是哪张表',
      noTables: '文件中没有识别出任何部门决算公开表（应公开九张表）',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const tablesPart = doc.parts.find((p) => p.kind === 'tables');
    const partAt = {
      ...blankLocation('table'),
      line: tablesPart?.at.line ?? null,
      excerpt: tablesPart ? clip(tablesPart.heading) : null,
    };
    if (doc.tables.length === 0) {
      ctx.report({ messageId: 'noTables', locations: [partAt] });
      return;
    }
    const order = doc.meta.tableOrder;
    const unknown = doc.warnings.filter((w) => w.code === 'table-title-unrecognised' && w.at?.line);
    const unknownNumbers = new Set(
      unknown.map((w) =>
        /公开\s*(\d{1,2})\s*表/.exec(doc.source.lines[(w.at?.line ?? 1) - 1] ?? '')?.[1]?.padStart(2, '0'),
      ),
    );
    for (const kind of NINE_KINDS) {
      const found: Table[] = doc.tables.filter((t) => t.kind === kind);
      if (found.length === 0) {
        const number = order ? ORDER_NUMBER[order][kind] : null;
        // A table whose title is not recognised at this number is reported once, below.
        if (number !== null && unknownNumbers.has(number)) continue;
        ctx.report({
          messageId: 'missing',
          data: {
            title: KIND_TITLE[kind],
            expectedNumber: number ? `（按本文件表序应为公开${number}表）` : '',
          },
          expected: { text: KIND_TITLE[kind] },
          locations: [{ ...partAt, table: number }],
        });
      } else if (found.length > 1) {
        ctx.report({
          messageId: 'duplicate',
          data: {
            title: KIND_TITLE[kind],
            count: found.length,
            where: found.map((t) => `第${t.titleAt.line ?? '?'}行${tableLabel(t)}`).join('、'),
          },
          locations: found.map((t) => ctx.tableAt(t)),
        });
      }
    }
    for (const w of unknown) {
      const line = w.at?.line ?? 1;
      const number = (doc.source.lines[line - 1] ?? '').trim();
      let title = '';
      for (let i = line - 2; i >= Math.max(0, line - 6); i--) {
        const text = (doc.source.lines[i] ?? '').replace(/\*\*/g, '').trim();
        if (text !== '' && !/^(?:部门|单位|金额单位)\s*[:：]/.test(text)) {
          title = text;
          break;
        }
      }
      ctx.report({
        messageId: 'unknownTitle',
        data: { line, number, title: title || '（无表名）' },
        actual: { text: title },
        locations: [{ ...blankLocation('table'), line, excerpt: clip(`${title} ${number}`) }],
      });
    }
  },
});
