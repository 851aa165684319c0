/** Print the lines the PDF reader lays out (table rows as cells), for looking at a PDF the way the parser sees it. */
import { readFileSync } from 'node:fs';
import { layoutPdf } from '../../src/ingest/pdf/index.ts';
import { placeLines } from '../../src/ingest/layout.ts';

const file = process.argv[2];
if (!file) {
  console.error('用法：tsx scripts/dev/layout.ts <file.pdf>');
  process.exit(2);
}
const doc = await layoutPdf(readFileSync(file), file);
placeLines(doc.lines).forEach((p, i) => {
  console.log(`${String(i + 1)}\tp${String(p.at.page ?? '')}\t${p.text.replace(/\t/g, ' | ')}`);
});
