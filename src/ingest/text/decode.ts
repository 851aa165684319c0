/** Bytes → text: UTF-8 (with or without BOM) first, then GB18030; binary input is refused. */
import { InputError } from '../errors.ts';

export interface DecodedText {
  readonly text: string;
  readonly encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

/** Share of control characters above which a file is treated as binary. */
const CONTROL_RATIO = 0.02;

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) throw new InputError(file, '文件为空');
  let decoded: DecodedText;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    decoded = { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    decoded = { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  } else {
    if (bytes.includes(0)) throw new InputError(file, '不是文本文件（含二进制数据）');
    try {
      decoded = {
        text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
        encoding: 'utf-8',
      };
    } catch {
      decoded = { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
    }
  }
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(file, '文件为空');
  let control = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (control / text.length > CONTROL_RATIO)
    throw new InputError(file, '不是可识别的文本文件（乱码或二进制数据）');
  return { text, encoding: decoded.encoding };
}
