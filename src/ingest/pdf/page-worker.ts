/**
 * A page worker: a thread that opens PDFs and reads the pages it is asked for (see pool.ts for the protocol).
 * Loaded by the pool's bootstrap, never imported.
 */
import { parentPort } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import { PdfPageReader, type PdfOptions } from './read-page.ts';

/** Main thread → worker. */
export type WorkerRequest =
  | {
      readonly type: 'open';
      readonly job: number;
      readonly bytes: Uint8Array;
      readonly file: string;
      readonly options: PdfOptions;
    }
  | { readonly type: 'read'; readonly job: number; readonly page: number }
  | { readonly type: 'close'; readonly job: number };

/** Worker → main thread. */
export type WorkerReply =
  | { readonly type: 'opened'; readonly job: number; readonly pages: number }
  | { readonly type: 'page'; readonly job: number; readonly result: import('./read-page.ts').PageResult }
  | { readonly type: 'failed'; readonly job: number; readonly reason: string; readonly input: boolean };

/**
 * pdfjs inflates streams through the web `DecompressionStream` when it exists. In Node that is zlib behind web
 * streams on the thread pool: each content stream and font costs promise hops and a thread hand-off, and on a page of
 * many small streams that is slower than pdfjs's own synchronous inflate — 10–15% of reading a PDF. This thread is
 * ours alone, so pdfjs is given its own inflate here. The bytes are the same either way: where zlib refuses a stream
 * pdfjs falls back to its own inflate anyway.
 */
Reflect.deleteProperty(globalThis, 'DecompressionStream');

const port = parentPort;
const readers = new Map<number, PdfPageReader>();

function failed(job: number, err: unknown): WorkerReply {
  if (err instanceof InputError) return { type: 'failed', job, reason: err.reason, input: true };
  return { type: 'failed', job, reason: err instanceof Error ? err.message : String(err), input: false };
}

async function handle(m: WorkerRequest): Promise<WorkerReply | null> {
  try {
    if (m.type === 'open') {
      const reader = await PdfPageReader.open(m.bytes, m.file, m.options);
      readers.set(m.job, reader);
      return { type: 'opened', job: m.job, pages: reader.pages };
    }
    const reader = readers.get(m.job);
    if (m.type === 'close') {
      readers.delete(m.job);
      await reader?.close();
      return null;
    }
    if (!reader) return { type: 'failed', job: m.job, reason: 'PDF 未打开', input: false };
    return { type: 'page', job: m.job, result: await reader.read(m.page) };
  } catch (err) {
    return failed(m.job, err);
  }
}

port?.on('message', (m: WorkerRequest) => {
  void handle(m).then((reply) => {
    if (reply) port.postMessage(reply);
  });
});
