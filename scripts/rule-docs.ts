/**
 * Rule documentation pages, generated from each rule's meta and its test cases (never hand-edited):
 * docs/rules/<id>.md and the index docs/rules/README.md.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHundredths } from '../src/model/amount.ts';
import { GROUP_NAMES, type AnyRule } from '../src/rules/define-rule.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';
import { collected, collectOnly, type RuleCases } from '../test/rule-tester.ts';

const ROOT = join(import.meta.dirname, '..');
const SEVERITY: Record<string, string> = {
  error: '错误（error）',
  warning: '警告（warning）',
  note: '提示（note）',
};

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? testFiles(join(dir, e.name))
      : /^[A-Z]{1,2}-\d{2}\.test\.ts$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

export async function collectCases(): Promise<Map<string, { rule: AnyRule; cases: RuleCases }>> {
  collectOnly(true);
  for (const f of testFiles(join(ROOT, 'src', 'rules')).sort()) await import(pathToFileURL(f).href);
  collectOnly(false);
  return collected;
}

/** Lines that differ between the clean base and the failing fixture. */
function changedLines(before: string, after: string): { line: number; before: string; after: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  const out: { line: number; before: string; after: string }[] = [];
  if (a.length !== b.length) return out;
  a.forEach((l, i) => {
    if (l !== b[i])
      out.push({ line: i + 1, before: l.replace(/\t/g, ' │ '), after: (b[i] ?? '').replace(/\t/g, ' │ ') });
  });
  return out.slice(0, 4);
}

export function rulePage(
  rule: AnyRule,
  cases: RuleCases | undefined,
  cleanText: (file: string) => string,
): string {
  const m = rule.meta;
  const out: string[] = [
    `# ${m.id} ${m.title}`,
    '',
    `- 分组：${GROUP_NAMES[m.group]}（${m.group}）`,
    `- 默认级别：${SEVERITY[m.severity] ?? m.severity}`,
    `- 公式：${m.formula}`,
    '',
    '## 为什么',
    '',
    m.rationale,
    '',
    '## 依据',
    '',
    ...m.references.map((r) => `- ${r}`),
    '',
  ];
  const invalid = cases?.invalid[0];
  if (invalid) {
    const doc = invalid.doc.doc();
    const findings = runRules(doc, [rule]).findings;
    out.push('## ❌ 不通过的例子', '', `${invalid.name}（由干净的示例文档改动一处得到）：`, '');
    const diff = changedLines(cleanText(invalid.doc.file), invalid.doc.text);
    if (diff.length > 0) {
      out.push('```diff');
      for (const d of diff) out.push(`- ${d.before}`, `+ ${d.after}`);
      out.push('```', '');
    }
    for (const f of findings) {
      const where = f.locations[0]?.line ? `第${f.locations[0].line}行：` : '';
      out.push(`> ${where}${f.message}`, '');
      if (f.expected && 'amount' in f.expected && f.actual && 'amount' in f.actual) {
        out.push(
          `期望 ${formatHundredths(f.expected.amount)}，实际 ${formatHundredths(f.actual.amount)}。`,
          '',
        );
      }
    }
  }
  if (cases && cases.valid.length > 0) {
    out.push('## ✅ 通过的例子', '', ...cases.valid.map((v) => `- ${v.name}`), '');
  }
  out.push('---', '', '本页由 `npm run docs` 根据规则元数据和测试用例生成，请勿手工修改。', '');
  return out.join('\n');
}

export function indexPage(rules: readonly AnyRule[]): string {
  const out = ['# 审核规则目录', '', `共 ${rules.length} 条规则。`, ''];
  for (const group of Object.keys(GROUP_NAMES) as (keyof typeof GROUP_NAMES)[]) {
    const list = rules.filter((r) => r.meta.group === group);
    if (list.length === 0) continue;
    out.push(`## ${GROUP_NAMES[group]}`, '', '| 编号 | 名称 | 级别 |', '|---|---|---|');
    for (const r of list)
      out.push(`| [${r.meta.id}](${r.meta.id}.md) | ${r.meta.title} | ${r.meta.severity} |`);
    out.push('');
  }
  out.push('本页由 `npm run docs` 生成。', '');
  return out.join('\n');
}

export async function buildDocs(): Promise<Map<string, string>> {
  const cases = await collectCases();
  const { readFileSync } = await import('node:fs');
  const cleanText = (file: string): string =>
    readFileSync(join(ROOT, 'test', 'fixtures', 'clean', file), 'utf8');
  const pages = new Map<string, string>();
  for (const rule of allRules)
    pages.set(`${rule.meta.id}.md`, rulePage(rule, cases.get(rule.meta.id)?.cases, cleanText));
  pages.set('README.md', indexPage(allRules));
  return pages;
}

export const DOCS_DIR = join(ROOT, 'docs', 'rules');
export const relDocs = relative(ROOT, DOCS_DIR);
