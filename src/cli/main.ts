/** CLI entry: parses argv, runs a command, owns stdio and exit codes (0 ok, 1 findings, 2 usage/input error). */
import { Command, CommanderError } from 'commander';
import { InputError, parseFile } from '../index.ts';
import { disclosureToJson } from '../report/parse-json.ts';
import { renderDisclosure } from '../report/parse-text.ts';

interface ParseFlags {
  readonly json?: boolean;
  readonly maxSize?: string;
}

async function runParse(files: readonly string[], flags: ParseFlags, debug: boolean): Promise<number> {
  let code = 0;
  const docs: Record<string, unknown>[] = [];
  const maxBytes = flags.maxSize ? Number(flags.maxSize) * 1024 * 1024 : undefined;
  for (const file of files) {
    try {
      const doc = await parseFile(file, maxBytes ? { maxBytes } : {});
      if (flags.json) docs.push(disclosureToJson(doc));
      else process.stdout.write(`${renderDisclosure(doc)}\n\n`);
    } catch (err) {
      code = 2;
      reportError(err, file, debug);
    }
  }
  if (flags.json) {
    const out = docs.length === 1 && files.length === 1 ? docs[0] : docs;
    if (docs.length > 0) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return code;
}

function reportError(err: unknown, file: string, debug: boolean): void {
  if (err instanceof InputError) {
    process.stderr.write(`juesuan: ${err.file}: ${err.reason}\n`);
    return;
  }
  process.stderr.write(
    `juesuan: ${file}: 内部错误，请带上此文件报告问题${debug ? '' : '（加 --debug 查看详情）'}\n`,
  );
  if (debug && err instanceof Error) process.stderr.write(`${err.stack ?? err.message}\n`);
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
    .argument('<files...>', '文本文件（UTF-8 或 GB18030）')
    .option('--json', '输出 JSON（固定接口）')
    .option('--max-size <MiB>', '单个文件大小上限（MiB）', '50')
    .action(async (files: string[], flags: ParseFlags) => {
      exitCode = await runParse(files, flags, debug);
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
