/** `npm run docs`: write docs/rules/*.md from rule meta and test cases. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocs, DOCS_DIR } from './rule-docs.ts';

const pages = await buildDocs();
mkdirSync(DOCS_DIR, { recursive: true });
for (const f of readdirSync(DOCS_DIR)) if (f.endsWith('.md') && !pages.has(f)) rmSync(join(DOCS_DIR, f));
for (const [name, text] of pages) writeFileSync(join(DOCS_DIR, name), text);
console.log(`已生成 ${pages.size} 个规则文档页：${DOCS_DIR}`);
