import { defineRule } from '../define-rule.ts';
import { isTextDocument, locateOffset, matchesOf, textPassages } from './shared.ts';

/** Placeholders a template leaves for the preparer. Each entry: pattern and how the message names it. */
const PLACEHOLDERS: readonly { readonly re: RegExp; readonly what: string }[] = [
  // XX / XXX / ＸＸ — not inside a Latin word ("XXL", "MAXX").
  { re: /(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])/, what: '占位符' },
  // ×× (a single × is a multiplication sign: "分值×执行率").
  { re: /[×✕]{2,}/, what: '占位符' },
  // A lone X before a unit: "占X%"、"X万元"、"X个"、"X年X月".
  {
    re: /(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９.])[XxＸｘ](?:\.[XxＸｘ]+)?(?=\s*(?:%|％|万元|亿元|元|个|人|名|辆|次|项|台|套|件|年|月|日|批|家|期|场|篇|条|分))/,
    what: '占位符',
  },
  { re: /[{｛][^{}｛｝\n]{0,30}[}｝]/, what: '未替换的模板变量' },
  { re: /_{3,}|＿{2,}/, what: '待填空白' },
  {
    re: /[（(【[]\s*(?:单位名称|部门名称|单位全称|部门全称|项目名称|填写内容|具体名称)\s*[）)】\]]/,
    what: '模板栏目名',
  },
  // "……" standing for list items: after 、：， or alone on a line, before 、；。 or the line end.
  { re: /(?:^|(?<=[、：:，,]))\s*(?:…{1,2}|\.{3,6}|。{3})\s*(?=$|[、；;。，,）)])/m, what: '列举省略号' },
];

/** A numbered item that ends on "包括：" while the next item follows: the list the template asked for is missing. */
const EMPTY_SLOT = /[^，,；;。：:]{0,8}(?:包括|用于|内容|如下|有)[：:]\s*$/;
const ITEM_NUMBER = /^\s*(\d{1,2})\s*[、.．]/;

export default defineRule({
  meta: {
    id: 'C-07',
    title: '模板残留：占位符未替换',
    group: 'completeness',
    severity: 'error',
    formula: '正文、表头、表注中不得出现 XX、XXX、××、X%、XX万元、{…}、“……”列举省略号等模板占位符',
    rationale:
      '占位符说明模板中应填写的内容没有填写，公开文本不完整；每处占位符都应替换为实际内容或删除所在句子。',
    references: ['rules.md C-07', '部门决算公开模板（占位符 XX、X%）'],
    messages: {
      placeholder: '{{place}}出现{{what}}“{{text}}”，模板内容未替换为实际内容',
      emptySlot: '{{place}}第{{item}}项以“{{text}}”结尾，后面没有列出应填写的内容',
    },
  },
  check(doc, ctx) {
    if (!isTextDocument(doc)) return;
    for (const passage of textPassages(doc)) {
      const seen = new Set<number>();
      for (const { re, what } of PLACEHOLDERS) {
        for (const m of matchesOf(re, passage.text)) {
          const text = m[0].trim();
          const start = m.index + m[0].indexOf(text);
          if (seen.has(start) || text === '') continue;
          seen.add(start);
          const place = locateOffset(doc, passage, start, start + text.length);
          ctx.report({
            messageId: 'placeholder',
            data: { place: place.label, what, text },
            actual: { text },
            locations: [place.location],
          });
        }
      }
      const paragraphs = passage.text.split('\n');
      let offset = 0;
      paragraphs.forEach((para, i) => {
        const item = ITEM_NUMBER.exec(para);
        const next = ITEM_NUMBER.exec(paragraphs[i + 1] ?? '');
        const slot = EMPTY_SLOT.exec(para);
        if (item?.[1] && next?.[1] && slot && Number(next[1]) === Number(item[1]) + 1) {
          const start = offset + slot.index;
          const place = locateOffset(doc, passage, start, start + slot[0].length);
          ctx.report({
            messageId: 'emptySlot',
            data: { place: place.label, item: item[1], text: slot[0].trim() },
            actual: { text: slot[0].trim() },
            locations: [place.location],
          });
        }
        offset += para.length + 1;
      });
    }
  },
});
