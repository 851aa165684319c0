/** What a ZIP package holds: a Word document, a workbook, or something juesuan does not read (said clearly). */
import { InputError } from './errors.ts';
import { attr, decodeXml, elements, parseXml } from './xml.ts';
import type { ZipArchive } from './zip.ts';

export interface OfficePackage {
  readonly kind: 'docx' | 'xlsx';
  /** Path of the main part inside the package ("word/document.xml"). */
  readonly main: string;
}

/** The main part named by the package relationships (_rels/.rels), without a leading slash. */
function mainPart(zip: ZipArchive, file: string): string | null {
  const rels = zip.read('_rels/.rels');
  if (!rels) return null;
  const root = parseXml(decodeXml(rels, file), file);
  for (const r of elements(root)) {
    const type = attr(r, 'Type') ?? '';
    if (type.endsWith('/officeDocument')) return (attr(r, 'Target') ?? '').replace(/^\//, '');
  }
  return null;
}

export function officePackage(zip: ZipArchive, file: string): OfficePackage {
  const names = zip.entries;
  const main = mainPart(zip, file);
  if (main && names.has(main)) {
    if (main.startsWith('word/')) return { kind: 'docx', main };
    if (main.startsWith('xl/')) {
      if (main.endsWith('.bin')) throw new InputError(file, '暂不支持 XLSB 二进制工作簿（请另存为 XLSX）');
      return { kind: 'xlsx', main };
    }
    if (main.startsWith('ppt/')) throw new InputError(file, '是 PowerPoint 演示文稿，不是决算公开文件');
  }
  if (names.has('word/document.xml')) return { kind: 'docx', main: 'word/document.xml' };
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', main: 'xl/workbook.xml' };
  if (names.has('xl/workbook.bin')) throw new InputError(file, '暂不支持 XLSB 二进制工作簿（请另存为 XLSX）');
  const mimetype = zip.read('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).startsWith('application/vnd.oasis.opendocument'))
    throw new InputError(file, '暂不支持 ODF（WPS/LibreOffice 原生）格式，请另存为 DOCX 或 XLSX');
  throw new InputError(file, '是 ZIP 压缩包，但不是 DOCX 或 XLSX 文件');
}
