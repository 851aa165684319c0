/**
 * A careful reader of the ZIP container of DOCX and XLSX files. The central directory is read first and checked
 * (entry count, total uncompressed size, compression ratio, ZIP64 and encryption refused), then entries are
 * inflated as a stream that stops as soon as an entry grows past what its header declared or the total cap: a
 * zip bomb is refused before it is unpacked. Every problem is an `InputError` naming the file.
 */
import { Inflate } from 'fflate';
import { InputError } from './errors.ts';

export interface ZipLimits {
  /** Cap on the total uncompressed size of the entries read (default 200 MiB). */
  readonly maxUncompressedBytes?: number;
  /** Cap on the compression ratio of an entry larger than 1 MiB (default 200). */
  readonly maxRatio?: number;
  /** Cap on the number of entries (default 10 000). */
  readonly maxEntries?: number;
}

export const DEFAULT_ZIP_LIMITS = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxRatio: 200,
  maxEntries: 10_000,
} as const;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
  readonly flags: number;
}

export interface ZipArchive {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflate one entry (null when absent). */
  read(name: string): Uint8Array | null;
  /** Inflate one entry as UTF-8 text (null when absent). */
  text(name: string): string | null;
  /** Inflate every entry once, checking the caps against the real sizes (before another library unpacks it). */
  verifyAll(): void;
}

const MiB = 1024 * 1024;

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, at: number): number {
  return ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;
}

/** True when the bytes start like a ZIP file (local header, or the empty-archive end record). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** Open the archive: read and check the central directory. */
export function openZip(bytes: Uint8Array, file: string, limits: ZipLimits = {}): ZipArchive {
  const maxTotal = limits.maxUncompressedBytes ?? DEFAULT_ZIP_LIMITS.maxUncompressedBytes;
  const maxRatio = limits.maxRatio ?? DEFAULT_ZIP_LIMITS.maxRatio;
  const maxEntries = limits.maxEntries ?? DEFAULT_ZIP_LIMITS.maxEntries;
  const corrupt = (): InputError => new InputError(file, 'ZIP 文件损坏或不完整，无法读取');

  // End of central directory: the last signature within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff)
    throw new InputError(file, 'ZIP64 格式的文件过大，不予读取');
  if (count > maxEntries)
    throw new InputError(file, `压缩包内文件过多（${count} 个，上限 ${maxEntries} 个）`);
  if (cdOffset + cdSize > eocd) throw corrupt();

  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(bytes, p) !== 0x02014b50) throw corrupt();
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen > eocd) throw corrupt();
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff)
      throw new InputError(file, 'ZIP64 格式的文件过大，不予读取');
    if (flags & 1) throw new InputError(file, '文件已加密（需要密码），无法读取');
    if (localOffset + 30 > bytes.length) throw corrupt();
    total += size;
    if (total > maxTotal)
      throw new InputError(
        file,
        `压缩包解压后过大（超过 ${Math.floor(maxTotal / MiB)} MiB），疑似压缩炸弹，不予读取`,
      );
    if (size > MiB && size > compressedSize * maxRatio)
      throw new InputError(file, `压缩包内“${name}”的压缩比异常（疑似压缩炸弹），不予读取`);
    entries.set(name, { name, method, compressedSize, size, localOffset, flags });
  }

  let inflated = 0;
  const read = (name: string): Uint8Array | null => {
    const e = entries.get(name);
    if (!e) return null;
    const lh = e.localOffset;
    if (u32(bytes, lh) !== 0x04034b50) throw corrupt();
    const start = lh + 30 + u16(bytes, lh + 26) + u16(bytes, lh + 28);
    const end = start + e.compressedSize;
    if (end > bytes.length) throw corrupt();
    const data = bytes.subarray(start, end);
    if (e.method === 0) {
      if (e.size !== e.compressedSize) throw corrupt();
      inflated += e.size;
      return data;
    }
    if (e.method !== 8) throw new InputError(file, `不支持的 ZIP 压缩方式（${e.method}）`);
    const chunks: Uint8Array[] = [];
    let got = 0;
    const inflater = new Inflate((chunk) => {
      got += chunk.length;
      if (got > e.size || inflated + got > maxTotal)
        throw new InputError(file, `压缩包内“${name}”解压后超过声明的大小，疑似压缩炸弹，不予读取`);
      chunks.push(chunk);
    });
    try {
      inflater.push(data, true);
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw corrupt();
    }
    if (got !== e.size) throw corrupt();
    inflated += got;
    const out = new Uint8Array(got);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  };

  return {
    entries,
    read,
    text: (name) => {
      const b = read(name);
      if (b === null) return null;
      try {
        return new TextDecoder('utf-8', { fatal: true }).decode(b);
      } catch {
        throw new InputError(file, `压缩包内“${name}”不是有效的 UTF-8 文本`);
      }
    },
    verifyAll: () => {
      for (const name of entries.keys()) if (!name.endsWith('/')) read(name);
    },
  };
}
