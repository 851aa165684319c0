/** The `juesuan` binary as a user runs it: exit codes, one-line errors, the JSON contract. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/generate/build.ts';
import { chromiumPath, renderPdf } from '../src/generate/pdf.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'juesuan.js');
const FIXTURE = join(ROOT, 'test', 'fixtures', 'text', 'unit-features.txt');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('juesuan parse', () => {
  it('prints the JSON contract', () => {
    const r = run('parse', FIXTURE, '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['meta', 'tables', 'sections', 'perfEvaluations', 'warnings']),
    );
    expect(doc.meta).toMatchObject({
      department: '临江市档案馆',
      year: 2022,
      kind: 'unit-final-accounts',
      unit: '万元',
      tableOrder: 'old',
    });
    const tables = doc.tables as {
      number: string;
      kind: string;
      title: string;
      rows: { code: string | null; label: string; cells: { column: string; value: number | null }[] }[];
    }[];
    const t05 = tables.find((t) => t.kind === 'general-budget-expenditure');
    expect(t05?.number).toBe('05');
    expect(t05?.rows[3]).toMatchObject({ code: '2012604', label: '档案馆' });
    expect(t05?.rows[3]?.cells[0]).toMatchObject({ column: '本年支出·合计', value: 90 });
    const t02 = tables.find((t) => t.kind === 'income');
    expect(t02?.rows.find((r) => r.code === '2012699')?.cells.map((c) => c.value)).toEqual([20.5, 20, null]);
    const sections = doc.sections as { heading: string; text: string }[];
    expect(sections.map((s) => s.heading)).toContain('一、收入支出决算总体情况说明');
  });

  it('prints a readable summary without --json', () => {
    const r = run('parse', FIXTURE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('■ 公开05表 一般公共预算财政拨款支出决算表');
    expect(r.stdout).toContain('小结：5 张表');
  });

  it('exits 2 with one line naming the file for bad input, and still parses the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-'));
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.txt');
    const pdf = join(dir, 'fake.pdf');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]));
    writeFileSync(pdf, '%PDF-1.7\n%broken');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.txt'), /不存在/],
      [empty, /为空/],
      [binary, /二进制/],
      [dir, /目录/],
      [pdf, /PDF/],
    ];
    for (const [file, reason] of cases) {
      const r = run('parse', file);
      expect(r.code, file).toBe(2);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(reason);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
    const mixed = run('parse', FIXTURE, empty, '--json');
    expect(mixed.code).toBe(2);
    expect((JSON.parse(mixed.stdout) as unknown[]).length).toBe(1);
  });

  it('takes the reading limits, and refuses a wrong one in one line', () => {
    expect(run('parse', FIXTURE, '--timeout', '30', '--max-pages', '10', '--max-size', '5').code).toBe(0);
    for (const flag of ['--timeout', '--max-pages', '--max-size']) {
      const r = run('check', FIXTURE, flag, 'abc');
      expect(r.code, flag).toBe(2);
      expect(r.stderr.trim()).toBe(`juesuan: ${flag}“abc”不对（应为正数）`);
    }
  });

  it.skipIf(chromiumPath() === null)(
    'stops at the page limit of a PDF with its reason',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'juesuan-cli-pdf-'));
      const pdf = join(dir, '决算.pdf');
      const data = join(ROOT, 'examples', 'data', '青山县林业局-2023.json');
      writeFileSync(pdf, await renderPdf(build(JSON.parse(readFileSync(data, 'utf8'))).layout));
      const r = run('check', pdf, '--max-pages', '3');
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(/^juesuan: .*决算\.pdf: 页数过多（\d+ 页，上限 3 页）$/);
    },
    120_000,
  );

  it('exits 2 on a usage error', () => {
    expect(run('parse').code).toBe(2);
    expect(run('no-such-command').code).toBe(2);
    expect(run('--help').code).toBe(0);
  });
});

describe('juesuan build', () => {
  const DATA = join(ROOT, 'examples', 'data', '青山县农业农村局-2021.json');

  it('writes the disclosure and says where', () => {
    const out = mkdtempSync(join(tmpdir(), 'juesuan-build-'));
    const r = run('build', DATA, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已生成：');
    const files = readdirSync(out);
    const formats = ['docx', 'html', ...(existsSync('/usr/bin/chromium') ? ['pdf'] : []), 'txt', 'xlsx'];
    expect(files.sort()).toEqual(formats.map((ext) => `青山县农业农村局-2021年度部门决算.${ext}`));
    const check = run('check', join(out, '青山县农业农村局-2021年度部门决算.txt'));
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('未发现问题');
  });

  it('refuses contradictory data with located problems, exit 1, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-build-'));
    const data = JSON.parse(readFileSync(DATA, 'utf8')) as { income: { fiscal?: string }[] };
    const first = data.income[0];
    if (first) first.fiscal = '26.62';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(data));
    const out = join(dir, 'out');
    const r = run('build', file, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('未生成任何文件');
    expect(r.stderr).toContain('income[*].fiscal：');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 with one line for unreadable data and for a format not yet available', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-build-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"settings": ');
    const r = run('build', broken);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/不是有效的 JSON/);
    const odt = run('build', DATA, '--format', 'odt', '--out', dir);
    expect(odt.code).toBe(2);
    expect(odt.stderr).toMatch(/不支持的输出格式“odt”/);
    // PDF without Chromium: one line saying so, nothing written
    const noBrowser = spawnSync(
      process.execPath,
      [BIN, 'build', DATA, '--format', 'txt,pdf', '--out', join(dir, 'p')],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, JUESUAN_CHROMIUM: '/nonexistent', PATH: '/nonexistent' },
      },
    );
    if (!existsSync('/usr/bin/chromium') && !existsSync('/usr/bin/chromium-browser')) {
      expect(noBrowser.status).toBe(2);
      expect(noBrowser.stderr).toMatch(/需要 Chromium/);
      expect(existsSync(join(dir, 'p'))).toBe(false);
    }
  });

  it('template writes a workbook; build reads it and names cells in refusals', () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-template-'));
    const empty = join(dir, 'empty.xlsx');
    const t = run('template', '--year', '2023', '--out', empty);
    expect(t.code).toBe(0);
    expect(existsSync(empty)).toBe(true);
    // the empty template is refused: every required fact listed with its cell
    const r = run('build', empty, '--out', join(dir, 'out'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/'基本设置'!B2（settings\.department）：/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    // the bundled workbook builds
    const ok = run(
      'build',
      join(ROOT, 'examples', 'data', '青山县林业局-2023.xlsx'),
      '--format',
      'txt',
      '--out',
      dir,
    );
    expect(ok.code).toBe(0);
    expect(run('template', '--year', 'abc').code).toBe(2);
  }, 120_000);

  it('prints the JSON Schema of the data', () => {
    const r = run('schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(['settings', 'income', 'generalBudget', 'threePublic']),
    );
    expect(JSON.stringify(schema.properties.settings)).toContain('部门（单位）全称');
  });
});
