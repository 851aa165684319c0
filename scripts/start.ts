/**
 * `npm start`: build the disclosures of the bundled data (examples/data/*.json → out/build/), then audit them with
 * the bundled examples — the clean disclosures of examples/ and the demonstration with injected defects in
 * examples/audit-demo/ — print the findings and write the HTML/JSON/SARIF reports to out/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build, BuildRefused } from '../src/generate/build.ts';
import { renderHtml } from '../src/generate/html.ts';
import { renderXlsx } from '../src/generate/xlsx.ts';
import { renderDocx } from '../src/generate/docx.ts';
import { chromiumPath, renderPdf } from '../src/generate/pdf.ts';
import { join, relative } from 'node:path';
import { audit, parseFile } from '../src/index.ts';
import { checkToHtml } from '../src/report/check-html.ts';
import { checkToJson } from '../src/report/check-json.ts';
import { checkToSarif } from '../src/report/check-sarif.ts';
import { checkToText } from '../src/report/check-text.ts';
import type { CheckedDocument } from '../src/report/types.ts';
import { allRules } from '../src/rules/index.ts';

const ROOT = join(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
const OUT = join(ROOT, 'out');

// 1. build: one workbook of data → the complete disclosure, read back and audited before it is written
const BUILD = join(OUT, 'build');
mkdirSync(BUILD, { recursive: true });
const built: string[] = [];
for (const f of readdirSync(join(EXAMPLES, 'data'))
  .filter((x) => x.endsWith('.json'))
  .sort()) {
  const source = join(EXAMPLES, 'data', f);
  try {
    const b = build(JSON.parse(readFileSync(source, 'utf8')), relative(ROOT, source));
    const target = join(BUILD, `${b.name}.txt`);
    writeFileSync(target, b.text);
    writeFileSync(join(BUILD, `${b.name}.html`), renderHtml(b.layout));
    writeFileSync(join(BUILD, `${b.name}.xlsx`), await renderXlsx(b.layout));
    writeFileSync(join(BUILD, `${b.name}.docx`), await renderDocx(b.layout));
    if (chromiumPath()) writeFileSync(join(BUILD, `${b.name}.pdf`), await renderPdf(b.layout));
    // the full disclosure in every format is read back and audited below (the XLSX holds the nine tables only)
    built.push(target, join(BUILD, `${b.name}.html`), join(BUILD, `${b.name}.docx`));
    if (chromiumPath()) built.push(join(BUILD, `${b.name}.pdf`));
    process.stdout.write(
      `已生成：${relative(ROOT, target)}（及 .html、.xlsx、.docx${chromiumPath() ? '、.pdf' : ''}，由 ${relative(ROOT, source)}）\n`,
    );
  } catch (err) {
    if (!(err instanceof BuildRefused)) throw err;
    process.stdout.write(`未生成：${relative(ROOT, source)} 有 ${err.problems.length} 处问题\n`);
    for (const p of err.problems) process.stdout.write(`  ${p.path}：${p.message}\n`);
  }
}
process.stdout.write('\n');

// 2. check: the hand-written examples, the audit demonstration and the generated disclosures
const files = [
  ...readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(EXAMPLES, f)),
  ...built,
];

const checked: CheckedDocument[] = [];
for (const file of files) {
  const doc = await parseFile(file);
  const { findings, failures } = audit(doc);
  checked.push({ file: relative(ROOT, file), doc, findings, failures });
}
process.stdout.write(`${checkToText(checked, process.stdout.isTTY)}\n\n`);
mkdirSync(OUT, { recursive: true });
const outputs: [string, string][] = [
  ['examples-report.html', checkToHtml(checked)],
  ['examples-report.json', checkToJson(checked)],
  ['examples-report.sarif', checkToSarif(checked, allRules)],
];
for (const [name, text] of outputs) writeFileSync(join(OUT, name), text);
process.stdout.write(
  `审核报告已写入：\n${outputs.map(([name]) => `  ${relative(ROOT, join(OUT, name))}`).join('\n')}\n` +
    '（examples/audit-demo/ 是故意写错若干处的演示文件；examples/ 下其余文件和 out/build/ 中生成的文件应无任何问题。）\n',
);
