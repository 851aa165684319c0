import { defineRule } from '../define-rule.ts';
import { blankLocation, clip, isAccounts } from './shared.ts';

/** File names and links left where the 附件 should be printed. */
const FILE_LINE = /\.(?:xlsx?|docx?|pdf|jpe?g|png|gif|zip|rar|wps|et)$/i;
/** "附件：1、2021年度部门整体支出绩效自评表". */
const ANNEX_LIST = /附件\s*[：:]\s*1\s*[、.．]/;

export default defineRule({
  meta: {
    id: 'C-20',
    title: '附件内容已公开',
    group: 'completeness',
    severity: 'note',
    formula:
      '第五部分附件有实际内容（绩效评价报告、自评表）；只有文件名、链接或空白，或列出附件清单而其后没有附件，均提示',
    rationale:
      '文本化公开时，附件只留文件名或链接，读者看不到附件内容（自评表、评价报告），应核对原文件是否随文公开。',
    references: ['rules.md C-20'],
    messages: {
      onlyFiles: '附件部分只有文件名或链接（{{files}}），没有附件内容',
      empty: '附件部分没有任何内容',
      listedMissing: '附件中列有附件清单“{{text}}”，其后却没有自评表',
    },
  },
  check(doc, ctx) {
    if (!isAccounts(doc)) return;
    const annex = doc.parts.find((p) => p.kind === 'annex');
    if (!annex) return; // C-01
    const at = {
      ...blankLocation('narrative'),
      section: annex.heading,
      line: annex.at.line ?? null,
      excerpt: clip(annex.heading),
    };
    const perf = doc.perfEvaluations.filter((p) => p.startLine >= annex.startLine);
    const body = [annex.preamble, ...annex.sections.map((s) => `${s.heading}\n${s.text}`)].join('\n');
    if (perf.length === 0 && annex.sections.length === 0) {
      // Source lines of the part after its heading: file names (links already reduced to their text) or nothing.
      const lines = doc.source.lines
        .slice(annex.startLine, annex.endLine)
        .map((l) =>
          l
            .replace(/\*\*/g, '')
            .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
            .trim(),
        )
        .filter((l) => l !== '' && !/^附\s*件$/.test(l));
      const files = lines.filter((l) => FILE_LINE.test(l));
      if (files.length > 0 && files.length === lines.length) {
        ctx.report({
          messageId: 'onlyFiles',
          data: { files: clip(files.join('、'), 80) },
          locations: [{ ...at, endLine: annex.endLine, excerpt: clip(files.join(' ')) }],
        });
        return;
      }
      if (lines.length === 0) {
        ctx.report({ messageId: 'empty', locations: [at] });
        return;
      }
    }
    const list = ANNEX_LIST.exec(body);
    if (list && perf.length === 0) {
      const line = body.slice(list.index).split('\n')[0] ?? list[0];
      ctx.report({ messageId: 'listedMissing', data: { text: clip(line, 60) }, locations: [at] });
    }
  },
});
