/** The generated HTML: every table figure of the text output, semantic and accessible markup, self-contained. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { renderHtml } from './html.ts';

const DATA = join(import.meta.dirname, '..', '..', 'examples', 'data');
const built = build(JSON.parse(readFileSync(join(DATA, '青山县农业农村局-2021.json'), 'utf8')));
const html = renderHtml(built.layout);

describe('build --format html', () => {
  it('carries every table figure of the text output, in table order', () => {
    const fromLayout = built.layout.parts
      .flatMap((p) => p.blocks)
      .flatMap((b) =>
        b.kind === 'table'
          ? b.rows.flatMap((r) => r.cells.filter((_, i) => b.amountColumns.includes(i)))
          : [],
      )
      .filter((c) => c !== '');
    const fromHtml = [...html.matchAll(/<td class="num">([^<]+)<\/td>/g)].map((m) => m[1]);
    expect(fromHtml).toEqual(fromLayout);
    expect(fromHtml).toContain('450.50');
    expect(fromHtml).toContain('430.84');
  });

  it('is semantic and accessible: language, captions, scoped header cells with spans', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="zh-CN">/);
    const plain = built.layout.parts.flatMap((p) => p.blocks).filter((b) => b.kind === 'table' && b.plain);
    expect(html.match(/<table[ >]/g)).toHaveLength(9 + plain.length); // the nine and any 绩效自评表
    expect(html.match(/<caption class="visually-hidden">公开\d\d表 /g)).toHaveLength(9);
    expect(html).toContain('<th scope="colgroup" colspan="3">收入</th>');
    expect(html).toContain('<th scope="col" rowspan="2">本年收入合计</th>');
    expect(html).toContain('<nav aria-label="目录">');
    // the narrative is there, sentence for sentence
    expect(html).toContain(
      '2021年度收、支总计450.50万元。与2020年相比，收、支总计各增加32.23万元，增长7.71%。',
    );
  });

  it('draws the structure charts inline, described in words', () => {
    const figures = [...html.matchAll(/<figure[\s\S]*?<\/figure>/g)].map((m) => m[0]);
    expect(figures.length).toBeGreaterThanOrEqual(2);
    for (const f of figures) {
      expect(f).toContain('<svg');
      expect(f).toMatch(/role="img" aria-label="[^"]+：[^"]+万元，占[\d.]+%/);
    }
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/url\(/);
  });
});
