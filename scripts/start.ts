/**
 * `npm start`: audit the bundled examples — the clean disclosures of examples/ and the demonstration with injected
 * defects in examples/audit-demo/ — print the findings and write the HTML/JSON/SARIF reports to out/.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

const files = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(EXAMPLES, f));

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
    '（examples/audit-demo/ 是故意写错若干处的演示文件；examples/ 下其余文件应无任何问题。）\n',
);
