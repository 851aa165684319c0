/** The generating commands (build, template, schema): loaded only when one of them runs, with the generators. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, BuildRefused } from '../generate/build.ts';
import { dataJsonSchema } from '../generate/data.ts';
import { renderDocx } from '../generate/docx.ts';
import { renderHtml } from '../generate/html.ts';
import { chromiumPath, PdfUnavailable, renderPdf } from '../generate/pdf.ts';
import { readDataFile, type DataFile } from '../generate/read.ts';
import { cellOf, templateWorkbook } from '../generate/workbook.ts';
import { renderXlsx } from '../generate/xlsx.ts';
import { BUILD_FORMATS, reportError, splitList } from './common.ts';

export interface BuildFlags {
  readonly out: string;
  readonly format?: string;
  readonly maxSize?: string;
}

export async function runBuild(file: string, flags: BuildFlags, debug: boolean): Promise<number> {
  const formats = flags.format
    ? splitList(flags.format)
    : BUILD_FORMATS.filter((f) => f !== 'pdf' || chromiumPath() !== null);
  if (!flags.format && !formats.includes('pdf'))
    process.stderr.write(`juesuan: 提示：${new PdfUnavailable().message}，本次不生成 PDF\n`);
  for (const f of formats) {
    if ((BUILD_FORMATS as readonly string[]).includes(f)) continue;
    process.stderr.write(`juesuan: 不支持的输出格式“${f}”（可选：${BUILD_FORMATS.join('、')}）\n`);
    return 2;
  }
  let input: DataFile;
  try {
    input = await readDataFile(file, flags.maxSize ? Number(flags.maxSize) * 1024 * 1024 : undefined);
  } catch (err) {
    reportError(err, file, debug);
    return 2;
  }
  let built;
  try {
    built = build(input.data, file);
  } catch (err) {
    if (err instanceof BuildRefused) {
      process.stderr.write(`juesuan: ${file}: 编制数据有 ${err.problems.length} 处问题，未生成任何文件：\n`);
      for (const p of err.problems) {
        const cell = input.cells ? cellOf(input.cells, p.path) : null;
        process.stderr.write(`  ${cell ? `${cell}（${p.path}）` : p.path}：${p.message}\n`);
      }
      return 1;
    }
    reportError(err, file, debug);
    return 2;
  }
  // render everything before writing anything: a format that cannot be made leaves no partial output
  const outputs: [string, string | Buffer][] = [];
  try {
    for (const f of formats) {
      const content =
        f === 'html'
          ? renderHtml(built.layout)
          : f === 'xlsx'
            ? await renderXlsx(built.layout)
            : f === 'docx'
              ? await renderDocx(built.layout)
              : f === 'pdf'
                ? await renderPdf(built.layout)
                : built.text;
      outputs.push([join(flags.out, `${built.name}.${f}`), content]);
    }
  } catch (err) {
    if (err instanceof PdfUnavailable) {
      process.stderr.write(`juesuan: ${err.message}\n`);
      return 2;
    }
    reportError(err, file, debug);
    return 2;
  }
  try {
    await mkdir(flags.out, { recursive: true });
    for (const [target, content] of outputs) {
      await writeFile(target, content);
      process.stdout.write(`已生成：${target}\n`);
    }
  } catch {
    process.stderr.write(`juesuan: ${flags.out}: 无法写入输出目录\n`);
    return 2;
  }
  return 0;
}

export async function runTemplate(
  flags: { year: string; out: string; from?: string },
  debug: boolean,
): Promise<number> {
  const year = Number(flags.year);
  if (!Number.isInteger(year) || year < 2015 || year > 2100) {
    process.stderr.write(`juesuan: 年度“${flags.year}”不对（应为 2015–2100 的整数）\n`);
    return 2;
  }
  let filled: unknown;
  if (flags.from) {
    try {
      filled = (await readDataFile(flags.from)).data;
    } catch (err) {
      reportError(err, flags.from, debug);
      return 2;
    }
  }
  try {
    await writeFile(flags.out, await templateWorkbook(year, filled));
  } catch {
    process.stderr.write(`juesuan: ${flags.out}: 无法写入\n`);
    return 2;
  }
  process.stdout.write(`已生成：${flags.out}\n`);
  return 0;
}

export function printSchema(): void {
  process.stdout.write(`${JSON.stringify(dataJsonSchema(), null, 2)}\n`);
}
