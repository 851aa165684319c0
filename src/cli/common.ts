/** What the CLI commands share: option lists and the one-line error report. */
import { InputError } from '../ingest/errors.ts';

export const BUILD_FORMATS = ['txt', 'html', 'xlsx', 'docx', 'pdf'] as const;

export function splitList(s: string | undefined): string[] {
  return s
    ? s
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '')
    : [];
}

/** An error as one line naming the file (InputError: its reason; anything else: an internal error). */
export function reportError(err: unknown, file: string, debug: boolean): void {
  if (err instanceof InputError) {
    process.stderr.write(`juesuan: ${err.file}: ${err.reason}\n`);
    return;
  }
  process.stderr.write(
    `juesuan: ${file}: 内部错误，请带上此文件报告问题${debug ? '' : '（加 --debug 查看详情）'}\n`,
  );
  if (debug && err instanceof Error) process.stderr.write(`${err.stack ?? err.message}\n`);
}
