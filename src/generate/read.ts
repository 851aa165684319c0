/** Reading a data file for `build`: JSON or the preparer's workbook, size-limited, one-line reasons for bad input. */
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../ingest/errors.ts';
import { readWorkbook } from './workbook.ts';

export interface DataFile {
  readonly data: unknown;
  /** For a workbook: data path → "'sheet'!B3". */
  readonly cells: ReadonlyMap<string, string> | null;
}

export async function readDataFile(file: string, maxBytes = 20 * 1024 * 1024): Promise<DataFile> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new InputError(file, '是目录，不是文件');
    size = info.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(file, '文件不存在或无法读取');
  }
  if (size > maxBytes)
    throw new InputError(
      file,
      `文件过大（${Math.ceil(size / 1048576)} MiB，上限 ${Math.floor(maxBytes / 1048576)} MiB）`,
    );
  const bytes = await readFile(file);
  if (bytes.length === 0) throw new InputError(file, '文件为空');
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return readWorkbook(bytes, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(file, '不是 UTF-8 编码的 JSON 文件');
  }
  try {
    return { data: JSON.parse(text) as unknown, cells: null };
  } catch (err) {
    const detail = err instanceof SyntaxError ? err.message.replace(/^.*?JSON[^:]*:\s*/, '') : '';
    throw new InputError(file, `不是有效的 JSON${detail ? `（${detail}）` : ''}`);
  }
}
