/** CLI entry: parses argv, runs a command, owns stdio and exit codes (0 ok, 1 findings, 2 usage/input error). */
import { Command, CommanderError } from 'commander';
import { audit, companionOf, previousOf } from '../audit.ts';
import { InputError } from '../ingest/errors.ts';
import type { Disclosure } from '../model/document.ts';
import { parseFiles, type FileOptions } from '../read.ts';
import { BUILD_FORMATS, reportError, splitList } from './common.ts';
import type { AuditConfig } from '../rules/engine.ts';
import { allRules } from '../rules/index.ts';
import { GROUP_NAMES } from '../rules/define-rule.ts';
import { checkToHtml } from '../report/check-html.ts';
import { checkToJson } from '../report/check-json.ts';
import { checkToSarif } from '../report/check-sarif.ts';
import { checkToText } from '../report/check-text.ts';
import type { CheckedDocument, PageImage } from '../report/types.ts';
import type { Finding } from '../model/finding.ts';
import { isPdf } from '../ingest/pdf/open.ts';
import { renderPages } from '../ingest/pdf/render.ts';
import { findConfig, loadConfig, mergeConfig } from './config.ts';
import { disclosureToJson } from '../report/parse-json.ts';
import { renderDisclosure } from '../report/parse-text.ts';
import { readFile } from 'node:fs/promises';

/** The reading limits a user may set on `parse` and `check`. */
interface LimitFlags {
  readonly maxSize?: string;
  readonly timeout?: string;
  readonly maxPages?: string;
}

/** The reader options for the limit flags, or the one-line reason a flag is wrong. */
function readLimits(flags: LimitFlags): FileOptions | string {
  const positive = (v: string | undefined, what: string): number | string | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isFinite(n) && n > 0 ? n : `${what}“${v}”不对（应为正数）`;
  };
  const size = positive(flags.maxSize, '--max-size');
  const timeout = positive(flags.timeout, '--timeout');
  const pages = positive(flags.maxPages, '--max-pages');
  for (const v of [size, timeout, pages]) if (typeof v === 'string') return v;
  return {
    ...(typeof size === 'number' ? { maxBytes: Math.round(size * 1024 * 1024) } : {}),
    ...(typeof timeout === 'number' ? { timeoutMs: Math.round(timeout * 1000) } : {}),
    ...(typeof pages === 'number' ? { maxPages: Math.floor(pages) } : {}),
  };
}

interface ParseFlags extends LimitFlags {
  readonly json?: boolean;
}

async function runParse(files: readonly string[], flags: ParseFlags, debug: boolean): Promise<number> {
  let code = 0;
  const docs: Record<string, unknown>[] = [];
  const limits = readLimits(flags);
  if (typeof limits === 'string') {
    process.stderr.write(`juesuan: ${limits}\n`);
    return 2;
  }
  for (const r of await parseFiles(files, limits)) {
    if (!r.doc) {
      code = 2;
      reportError(r.error, r.file, debug);
      continue;
    }
    if (flags.json) docs.push(disclosureToJson(r.doc));
    else process.stdout.write(`${renderDisclosure(r.doc)}\n\n`);
  }
  if (flags.json) {
    const out = docs.length === 1 && files.length === 1 ? docs[0] : docs;
    if (docs.length > 0) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return code;
}

interface CheckFlags extends LimitFlags {
  readonly format: string;
  readonly only?: string;
  readonly disable?: string;
  readonly config?: string;
  readonly roundingNotes?: boolean;
}

const FORMATS = ['text', 'json', 'sarif', 'html'] as const;

/** At most this many pages are rendered for the html report's crops (the rest keep their page number). */
const MAX_EVIDENCE_PAGES = 60;

/**
 * The PDF pages the findings point to, rendered for the html report (nothing when rendering is unavailable). A
 * document read from two files has places in both: each file's pages are rendered from that file.
 */
async function evidencePages(
  files: readonly string[],
  doc: Disclosure,
  findings: readonly Finding[],
): Promise<PageImage[]> {
  const [first] = files;
  if (first === undefined) return [];
  const wanted = new Map<string, Set<number>>();
  let count = 0;
  for (const l of findings.flatMap((f) => f.locations)) {
    if (!l.page || !l.bbox) continue;
    const file = l.file ?? first;
    const pages = wanted.get(file) ?? new Set<number>();
    if (!pages.has(l.page) && count < MAX_EVIDENCE_PAGES) {
      pages.add(l.page);
      count++;
    }
    wanted.set(file, pages);
  }
  const out: PageImage[] = [];
  for (const [file, pages] of wanted) {
    if (pages.size === 0 || !files.includes(file)) continue;
    try {
      const bytes = await readFile(file);
      if (!isPdf(bytes)) continue;
      const images = await renderPages(
        bytes,
        file,
        [...pages].sort((a, b) => a - b),
        1.5,
      );
      out.push(...images.map((img) => (file === first ? img : { ...img, file })));
    } catch {
      // no crops for this file; findings keep their page numbers
    }
  }
  return out;
}

async function runCheck(files: readonly string[], flags: CheckFlags, debug: boolean): Promise<number> {
  if (!(FORMATS as readonly string[]).includes(flags.format)) {
    process.stderr.write(`juesuan: 不支持的输出格式“${flags.format}”（可选：${FORMATS.join('、')}）\n`);
    return 2;
  }
  const flagConfig: AuditConfig = {
    only: splitList(flags.only),
    disable: splitList(flags.disable),
    ...(flags.roundingNotes ? { tolerances: { roundingNotes: true } } : {}),
  };
  const checked: CheckedDocument[] = [];
  let inputError = false;
  const limits = readLimits(flags);
  if (typeof limits === 'string') {
    process.stderr.write(`juesuan: ${limits}\n`);
    return 2;
  }
  const parsed: {
    file: string;
    files: readonly string[];
    doc: Disclosure | null;
    config: AuditConfig;
    error?: string;
  }[] = [];
  // Files are read together: a disclosure split into a tables file and a text file is one document.
  for (const r of await parseFiles(files, limits)) {
    try {
      if (!r.doc) throw r.error;
      const configPath = flags.config ?? findConfig(r.files[0] ?? r.file);
      const config = mergeConfig(configPath ? loadConfig(configPath) : {}, flagConfig);
      parsed.push({ file: r.file, files: r.files, doc: r.doc, config });
    } catch (err) {
      inputError = true;
      reportError(err, r.file, debug);
      parsed.push({
        file: r.file,
        files: r.files,
        doc: null,
        config: {},
        error: err instanceof InputError ? err.reason : '内部错误',
      });
    }
  }
  // Documents of the same department one year apart are checked against each other (Y rules); a 决算 and the
  // same year's stand-alone 绩效自评报告 are companions (P rules compare the 自评表 with the 决算 tables).
  const docs = parsed.flatMap((p) => (p.doc ? [p.doc] : []));
  for (const p of parsed) {
    if (!p.doc) {
      checked.push({ file: p.file, doc: null, findings: [], failures: [], error: p.error ?? '' });
      continue;
    }
    const result = audit(p.doc, p.config, previousOf(p.doc, docs), companionOf(p.doc, docs));
    const pages = flags.format === 'html' ? await evidencePages(p.files, p.doc, result.findings) : [];
    checked.push({ file: p.file, doc: p.doc, findings: result.findings, failures: result.failures, pages });
  }
  const out =
    flags.format === 'json'
      ? checkToJson(checked)
      : flags.format === 'sarif'
        ? checkToSarif(checked, allRules)
        : flags.format === 'html'
          ? checkToHtml(checked)
          : checkToText(checked, process.stdout.isTTY);
  process.stdout.write(`${out}\n`);
  if (inputError) return 2;
  return checked.some((d) => d.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

function listRules(): string {
  const lines = allRules.map(
    (r) =>
      `${r.meta.id.padEnd(6)} ${r.meta.severity.padEnd(7)} ${GROUP_NAMES[r.meta.group]}  ${r.meta.title}`,
  );
  return [...lines, '', `共 ${allRules.length} 条规则。`].join('\n');
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  const debug = argv.includes('--debug');
  program
    .name('juesuan')
    .description('部门决算公开：解析、审核、生成')
    .option('--debug', '出错时显示内部详情')
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
    });
  program
    .command('parse')
    .description('解析决算公开文件，显示识别出的表格、章节和未识别内容')
    .argument('<files...>', '公开文件：PDF、DOCX、XLSX/XLS、HTML 或文本（按内容识别格式）')
    .option('--json', '输出 JSON（固定接口）')
    .option('--max-size <MiB>', '单个文件大小上限（MiB）', '50')
    .option('--timeout <秒>', '读取单个 PDF 的时限（秒）', '300')
    .option('--max-pages <页>', 'PDF 页数上限', '1000')
    .action(async (files: string[], flags: ParseFlags) => {
      exitCode = await runParse(files, flags, debug);
    });
  program
    .command('check')
    .description('审核决算公开文件：表内、表间、表文一致性，完整性与科目分类')
    .argument('<files...>', '公开文件：PDF、DOCX、XLSX/XLS、HTML 或文本（按内容识别格式）')
    .option('-f, --format <format>', '输出格式：text、json、sarif、html', 'text')
    .option('--only <ids>', '只运行这些规则或规则组（逗号分隔，如 I-01,X 或 between-tables）')
    .option('--disable <ids>', '不运行这些规则或规则组')
    .option('--config <file>', '配置文件（默认向上查找 juesuan.config.json）')
    .option('--rounding-notes', '尾数差也作为提示列出')
    .option('--max-size <MiB>', '单个文件大小上限（MiB）', '50')
    .option('--timeout <秒>', '读取单个 PDF 的时限（秒）', '300')
    .option('--max-pages <页>', 'PDF 页数上限', '1000')
    .action(async (files: string[], flags: CheckFlags) => {
      exitCode = await runCheck(files, flags, debug);
    });
  program
    .command('build')
    .description('由编制数据（JSON）生成完整的决算公开文件；数据自相矛盾或缺少说明时拒绝生成并逐项指出')
    .argument('<data>', '编制数据：juesuan template 生成的 XLSX 工作簿，或 JSON（格式见 juesuan schema）')
    .option('-o, --out <dir>', '输出目录', '.')
    .option(
      '-f, --format <formats>',
      `输出格式（逗号分隔）：${BUILD_FORMATS.join('、')}`,
      BUILD_FORMATS.join(','),
    )
    .option('--max-size <MiB>', '数据文件大小上限（MiB）', '20')
    .action(async (data: string, flags: import('./generate.ts').BuildFlags) => {
      exitCode = await (await import('./generate.ts')).runBuild(data, flags, debug);
    });
  program
    .command('template')
    .description(
      '生成编制数据工作簿（XLSX）：各表一张工作表，科目从该年度科目库下拉选择；填好后用 juesuan build 生成',
    )
    .requiredOption('--year <year>', '决算年度')
    .option('-o, --out <file>', '输出文件', '决算编制数据.xlsx')
    .option('--from <data.json>', '用已有的 JSON 编制数据填好工作簿')
    .action(async (flags: { year: string; out: string; from?: string }) => {
      exitCode = await (await import('./generate.ts')).runTemplate(flags, debug);
    });
  program
    .command('schema')
    .description('输出编制数据的 JSON Schema')
    .action(async () => {
      (await import('./generate.ts')).printSchema();
    });
  program
    .command('rules')
    .description('列出全部审核规则')
    .action(() => {
      process.stdout.write(`${listRules()}\n`);
    });
  try {
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    reportError(err, '', debug);
    return 2;
  }
  return exitCode;
}
