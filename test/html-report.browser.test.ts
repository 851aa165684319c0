/**
 * The HTML report in a real headless browser (Debian chromium): it renders, every finding is highlighted in place and
 * linked from the list, and the page makes no request at all. Skipped when chromium is not installed (.ci/run
 * installs it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../src/generate/build.ts';
import { renderHtml } from '../src/generate/html.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../src/generate/pdf.ts';
import { checkToHtml } from '../src/report/check-html.ts';
import { runRules } from '../src/rules/engine.ts';
import { allRules } from '../src/rules/index.ts';
import { cleanDoc } from './builder.ts';

const CHROMIUM = chromiumPath();

describe.skipIf(!CHROMIUM)('check --format html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM ?? '/usr/bin/chromium',
      args: [...CHROMIUM_ARGS],
    });
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  it('renders the findings in place and requests nothing', async () => {
    const b = cleanDoc()
      .setCell('general-budget-expenditure', '2130101', 'basic', '234.58')
      .replace('财政拨款收入430.84万元，占99.71%', '财政拨款收入430.48万元，占99.71%');
    const doc = b.doc();
    const { findings } = runRules(doc, allRules);
    const html = checkToHtml([{ file: 'broken.txt', doc, findings, failures: [] }]);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.title()).toBe('决算公开审核报告');
    expect(await page.locator('ol.findings > li').count()).toBe(findings.length);
    // every finding's link leads to an element that exists and is highlighted
    for (const link of await page.locator('ol.findings > li > a').all()) {
      const href = (await link.getAttribute('href')) ?? '#none';
      expect(await page.locator(href).count(), href).toBe(1);
    }
    expect(await page.locator('td.hit.error').count()).toBeGreaterThan(0);
    expect(await page.locator('p.hit').count()).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    const out = join(import.meta.dirname, '..', 'out');
    mkdirSync(out, { recursive: true });
    await page.screenshot({ path: join(out, 'report.png'), fullPage: false });
    writeFileSync(join(out, 'report.html'), html);
    await page.close();
  });

  it('shows a generated disclosure (build --format html): nine tables, charts, no request', async () => {
    const data = JSON.parse(
      readFileSync(join(import.meta.dirname, '..', 'examples', 'data', '青山县农业农村局-2021.json'), 'utf8'),
    ) as unknown;
    const html = renderHtml(build(data).layout);
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.title()).toBe('2021年度青山县农业农村局部门决算');
    expect(await page.locator('section.table-block table:not(.text-table)').count()).toBe(9);
    // every 目录 link leads somewhere
    for (const link of await page.locator('nav a').all()) {
      const href = (await link.getAttribute('href')) ?? '#none';
      expect(await page.locator(href).count(), href).toBe(1);
    }
    const chart = page.locator('figure svg').first();
    expect((await chart.boundingBox())?.width ?? 0).toBeGreaterThan(200);
    expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  });
});
