import { tableOfKind } from '../../model/query.ts';
import { defineRule } from '../define-rule.ts';
import { narrativeSections } from '../narrative/claims.ts';
import { sectionLocation } from './shared.ts';
import { detectTemplate } from '../completeness/shared.ts';

const GENERAL = /一般公共预算财政拨款/;

export default defineRule({
  meta: {
    id: 'S-14',
    title: '“三公”经费的口径用语与表序一致',
    group: 'special',
    severity: 'note',
    formula:
      '旧表序（三公为07表）：标题和说明写“一般公共预算财政拨款‘三公’经费”；新表序（三公为09表）：写“财政拨款‘三公’经费”',
    rationale:
      '旧表序的“三公”表只含一般公共预算财政拨款，新表序扩大到全部财政拨款；标题用语与表序不符会误导读者对口径的理解。此用语规则按湖南13/14/15节模板；11节模板（中央/上海）两种表序都写“财政拨款“三公”经费”，不检查。',
    references: ['rules.md S-14', 'narrative.md §1', 'tables.md §1'],
    messages: {
      heading: '“{{heading}}” 的“三公”口径与{{order}}表序不符：应写“{{expected}}”',
      table: '{{table}}标题“{{title}}” 的“三公”口径与{{order}}表序不符：应写“{{expected}}”',
    },
  },
  check(doc, ctx) {
    const order = doc.meta.tableOrder;
    if (!order) return;
    // The scope words follow the Hunan table orders; the 11-section (national/Shanghai) pattern writes
    // “财政拨款“三公”经费” in either order.
    if (detectTemplate(doc)?.template === 'SH11') return;
    const expected = order === 'old' ? '一般公共预算财政拨款“三公”经费' : '财政拨款“三公”经费';
    const wrong = (text: string): boolean => {
      const head = text.replace(/\s+/g, '').split(/三公/)[0] ?? '';
      if (!/财政拨款/.test(head) && !GENERAL.test(head)) return false; // no scope words at all: nothing to judge
      return order === 'old' ? !GENERAL.test(head) : GENERAL.test(head);
    };
    const orderName = order === 'old' ? '旧（三公为07表）' : '新（三公为09表）';
    const section = narrativeSections(doc).get('threePublic');
    if (section && wrong(section.heading)) {
      ctx.report({
        messageId: 'heading',
        data: { heading: section.heading, order: orderName, expected },
        locations: [sectionLocation(section)],
      });
    }
    const t = tableOfKind(doc, 'three-public');
    if (t && wrong(t.title)) {
      ctx.report({
        messageId: 'table',
        data: { table: t.number ? `${t.number}表` : '', title: t.title, order: orderName, expected },
        locations: [ctx.tableAt(t)],
      });
    }
  },
});
