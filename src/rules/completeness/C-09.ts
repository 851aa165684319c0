import { defineRule } from '../define-rule.ts';
import { isTextDocument, locateOffset, matchesOf, sentencesOf, textPassages } from './shared.ts';

/**
 * Parenthesised writing instructions: "（如持平作持平表述）", "（不涉及的不列）", "（当表格数据为空时，应有此说明）".
 * A bracket is an instruction when it opens like one and names something to do; "（如：办公费、印刷费）",
 * "（含专用结余）", "（以下简称…）", "（类）" or "（一）" are not.
 */
const BRACKET = /[（(]([^（）()\n]{2,80})[）)]/g;
const BRACKET_OPENERS = /^(?:如|若|当|请|应|须|需|可|不涉及|此处|注[:：]|填|按|根据|据实|选填|必填)/;
const BRACKET_VERBS =
  /作.{0,6}表述|填写|填列|填报|删除|保留|说明|表述|注明|写明|选择|补充|不列|不填|列示|列出/;
/** "（如：办公费、印刷费）" lists examples. */
const BRACKET_EXAMPLES = /^如\s*[:：]/;
const BRACKET_ANYWHERE = /应有此说明|不涉及的?不列|作持平表述|据实填写|请填写|根据实际情况填/;

/**
 * Instruction sentences: guidance addressed to the preparer rather than facts. Each entry names the kind of
 * instruction for the message. Add phrases as new templates turn up.
 */
export const INSTRUCTION_SENTENCES: readonly { readonly re: RegExp; readonly what: string }[] = [
  { re: /按(?:上述|以上|此|下述)格式/, what: '格式要求' },
  { re: /依次说明到/, what: '撰写要求' },
  { re: /(?:^|[，；：])\s*列明[^，。；]{0,20}(?:数量|名称|金额|情况|原因)/, what: '撰写要求' },
  { re: /无[^，。；]{1,20}的(?:部门|单位)[，,]\s*作(?:下述|如下|以下)说明/, what: '撰写要求' },
  { re: /根据三定方案|由主管部门[^。]{0,40}填写|(?:据实|如实)填写/, what: '填写要求' },
  { re: /至少将\s*\d+\s*个[^。]{0,16}报告向社会公开/, what: '公开要求' },
  { re: /(?:报告|提纲|框架|格式)可参考|可参考《|参考提纲/, what: '参考指引' },
  { re: /^\s*简要(?:概述|说明|介绍|描述|阐述)/, what: '撰写要求' },
  { re: /^\s*(?:总结归纳|归纳总结|概述|阐述|描述)/, what: '撰写要求' },
  { re: /^\s*可以?从[^。]{0,100}(?:方面|角度)[^。]{0,20}(?:归纳|分析|说明|总结|阐述)/, what: '撰写要求' },
  { re: /(?:此处|本部分|本节)(?:填写|应|需|请|可)/, what: '填写要求' },
  { re: /(?:应|须|需)(?:当|要)?(?:结合|围绕)[^。]{0,40}(?:说明|阐述|分析|填写)/, what: '撰写要求' },
  // Template wording "部门（单位）" together with an imperative at the start of a clause.
  {
    re: /部门（单位）[^。]*(?:^|[，；])\s*(?:总结|归纳|衡量|反映|分析)|(?:^|[，；])\s*(?:总结|归纳|衡量|反映|分析)[^。]*部门（单位）/,
    what: '撰写要求',
  },
];

export interface Instruction {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly what: string;
  readonly bracket: boolean;
}

/** Writing instructions in a text: whole sentences and parenthesised notes, in text order. */
export function findInstructions(text: string): Instruction[] {
  const out: Instruction[] = [];
  for (const s of sentencesOf(text)) {
    const hit = INSTRUCTION_SENTENCES.find(({ re }) => re.test(s.text));
    if (hit) {
      const trimmed = s.text.trim();
      const start = s.start + s.text.indexOf(trimmed);
      out.push({ start, end: start + trimmed.length, text: trimmed, what: hit.what, bracket: false });
    }
  }
  for (const m of matchesOf(BRACKET, text)) {
    const inner = m[1] ?? '';
    const instruction =
      BRACKET_ANYWHERE.test(inner) ||
      (BRACKET_OPENERS.test(inner) && !BRACKET_EXAMPLES.test(inner) && BRACKET_VERBS.test(inner));
    if (!instruction) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((o) => !o.bracket && o.start <= start && end <= o.end)) continue;
    out.push({ start, end, text: m[0], what: '括注的填写说明', bracket: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

function quote(text: string): string {
  const t = text.replace(/\s+/g, '').replace(/[。；，]$/, '');
  return t.length > 60 ? `${t.slice(0, 58)}…` : t;
}

export default defineRule({
  meta: {
    id: 'C-09',
    title: '模板残留：写作说明未删除',
    group: 'completeness',
    severity: 'error',
    formula:
      '正文不得保留模板中给编制人的写作说明：括注说明（如“（如持平作持平表述）”“（当表格数据为空时，应有此说明）”）和指示性句子（如“按上述格式依次说明到各项级科目”“简要概述…”）',
    rationale:
      '写作说明是模板对编制人的要求，不是公开内容；保留下来说明该处没有按要求撰写，读者也会误以为是单位的说明。',
    references: ['rules.md C-09', '部门决算公开模板（括注填写说明）'],
    messages: {
      bracket: '{{place}}保留了模板填写说明“{{text}}”，应删除',
      sentence: '{{place}}保留了模板{{what}}“{{text}}”，这是给编制人的说明而非公开内容，应删除并按要求撰写',
    },
  },
  check(doc, ctx) {
    if (!isTextDocument(doc)) return;
    for (const passage of textPassages(doc)) {
      for (const ins of findInstructions(passage.text)) {
        const place = locateOffset(doc, passage, ins.start, ins.end);
        ctx.report({
          messageId: ins.bracket ? 'bracket' : 'sentence',
          data: { place: place.label, text: quote(ins.text), what: ins.what },
          actual: { text: ins.text },
          locations: [place.location],
        });
      }
    }
  },
});
