/** Opening a PDF with pdfjs (legacy build, the one that runs on Node 20), with reasons a user can act on. */
import { createRequire } from 'node:module';
import { InputError } from '../errors.ts';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<PdfJs> | null = null;

export async function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

function assetDir(): string {
  return createRequire(import.meta.url)
    .resolve('pdfjs-dist/package.json')
    .replace(/package\.json$/, '');
}

/** Why pdfjs refused a file, in the user's words. */
function reasonOf(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') return 'PDF 文件已加密（需要密码），无法读取';
  if (name === 'InvalidPDFException') return '不是有效的 PDF 文件（文件损坏或不完整）';
  if (name === 'MissingPDFException') return 'PDF 文件缺失';
  return 'PDF 文件损坏，无法读取';
}

/** Open a PDF; refusals (encrypted, corrupt, truncated) are `InputError`s naming the file. */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfDocument> {
  const pdfjs = await loadPdfJs();
  const dir = assetDir();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: `${dir}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${dir}standard_fonts/`,
    verbosity: 0,
    isEvalSupported: false,
    // No FontFace in Node: glyphs are drawn as paths when rendering.
    disableFontFace: true,
    useSystemFonts: false,
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new InputError(file, reasonOf(err));
  }
}
