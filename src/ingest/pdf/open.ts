/** Opening a PDF with pdfjs (legacy build, the one that runs on Node 20), with reasons a user can act on. */
import { createRequire } from 'node:module';
import { InputError } from '../errors.ts';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

let pdfjsPromise: Promise<PdfJs> | null = null;

/**
 * Load pdfjs and its worker code in this thread (Node has no web worker: pdfjs runs its "fake worker" here).
 * The legacy build's core-js polyfills replace `Array.prototype.push` with a spec-edge-case version (arrays of length
 * near 2³²) that is several times slower than V8's; every push in the process — pdfjs's and ours — paid for it, about
 * 8% of reading a PDF. The native method is put back once both modules are loaded; nothing here needs the edge case.
 */
export async function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= (async () => {
    const nativePush = Array.prototype.push;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    if (Array.prototype.push !== nativePush) {
      Object.defineProperty(Array.prototype, 'push', {
        value: nativePush,
        writable: true,
        configurable: true,
        enumerable: false,
      });
    }
    return pdfjs;
  })();
  return pdfjsPromise;
}

/** A PDF by content: the "%PDF-" header within the first kilobyte (some files have bytes before it). */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-');
}

export interface OpenOptions {
  /**
   * Only the text layer and table lines will be read (default false). Then no image is decoded (pdfjs would otherwise
   * decode every seal, logo and scan while building an operator list: off, images vanish from it), and the standard
   * fonts a file names without embedding (Times New Roman, Arial…) are not loaded from pdfjs's font files to be
   * converted: their text comes from the PDF's encoding and their widths from /Widths or pdfjs's built-in metrics
   * either way.
   */
  readonly textOnly?: boolean;
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
export async function openPdf(
  bytes: Uint8Array,
  file: string,
  options: OpenOptions = {},
): Promise<PdfDocument> {
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
    ...(options.textOnly ? { maxImageSize: 1, useSystemFonts: true } : {}),
  });
  try {
    return await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw new InputError(file, reasonOf(err));
  }
}
