/**
 * Page workers: threads that read PDFs. A document read in a worker has a hard time limit — past it the worker is
 * terminated, so a page that never finishes cannot hang the reader — and a worker that dies takes only its document
 * down, with a one-line reason. Documents read at the same time (a batch) go to different workers, one core each.
 * A document read alone gets several workers: each opens it and is given pages one at a time (two in flight), so a
 * page of prose and a page of tables balance out. Each worker opens the file again, which costs little now that the
 * text layer is read without most font programs (fonts.ts). Workers are kept for the next document and do not keep
 * the process alive while idle.
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.ts';
import type { WorkerReply, WorkerRequest } from './page-worker.ts';
import type { PageResult, PdfOptions } from './read-page.ts';

/** Threads at most: one per core, at most 4 (more costs memory and gains little). */
export const MAX_WORKERS = Math.min(4, Math.max(1, availableParallelism()));

/**
 * Worker threads do not inherit the TypeScript loader of this thread (tsx, as in bin/juesuan.js): the bootstrap
 * registers it, then loads the page worker.
 */
function bootstrap(): string {
  const require = createRequire(import.meta.url);
  // The ESM build of tsx's API (its CommonJS build cannot register from an eval'd worker).
  const tsx = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./page-worker.ts', import.meta.url).href;
  return [
    `import(${JSON.stringify(tsx)})`,
    '  .then(({ register }) => { register(); return import(' + JSON.stringify(entry) + '); })',
    '  .then(',
    "    () => require('node:worker_threads').parentPort.postMessage({ type: 'ready' }),",
    '    (err) => { console.error(String(err)); process.exit(1); },',
    '  );',
  ].join('\n');
}

interface Pool {
  readonly idle: Worker[];
  readonly waiting: ((w: Worker) => void)[];
  size: number;
  /** Workers could not start here (no tsx, no threads): read in this thread from now on. */
  broken: boolean;
}

const pool: Pool = { idle: [], waiting: [], size: 0, broken: false };

/** Start a worker; resolves once it has loaded the reader (rejects if it cannot). */
function spawn(): Promise<Worker> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(bootstrap(), { eval: true, stderr: true });
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const onReady = (m: { type?: string }): void => {
      if (m.type !== 'ready') return;
      worker.off('message', onReady);
      worker.off('exit', onExit);
      // An idle worker that dies leaves the pool.
      worker.on('exit', () => {
        const at = pool.idle.indexOf(worker);
        if (at >= 0) {
          pool.idle.splice(at, 1);
          pool.size--;
        }
      });
      resolve(worker);
    };
    const onExit = (): void => {
      reject(new Error('PDF 读取线程无法启动'));
    };
    worker.on('message', onReady);
    worker.on('exit', onExit);
    // Errors before 'ready' end in 'exit'; later ones are the job's (readPagesInWorkers listens).
    worker.on('error', () => undefined);
  });
}

/** Up to `want` workers for a document: at least one (waiting for a busy one if the pool is full). */
async function acquire(want: number): Promise<Worker[]> {
  const got = pool.idle.splice(0, want);
  const starting: Promise<Worker>[] = [];
  while (got.length + starting.length < want && pool.size < MAX_WORKERS) {
    pool.size++;
    starting.push(
      spawn().catch((err: unknown) => {
        pool.size--;
        throw err;
      }),
    );
  }
  const started = await Promise.allSettled(starting);
  for (const s of started) if (s.status === 'fulfilled') got.push(s.value);
  if (got.length === 0 && started.some((s) => s.status === 'rejected')) {
    pool.broken = true;
    throw new Error('PDF 读取线程无法启动');
  }
  if (got.length === 0) got.push(await new Promise<Worker>((resolve) => pool.waiting.push(resolve)));
  for (const w of got) w.ref();
  return got;
}

function release(w: Worker): void {
  const next = pool.waiting.shift();
  if (next) {
    next(w);
    return;
  }
  w.unref();
  pool.idle.push(w);
}

function discard(w: Worker): void {
  w.removeAllListeners();
  pool.size--;
  void w.terminate();
  // Someone waiting for a worker gets a fresh one.
  const next = pool.waiting.shift();
  if (next) {
    pool.size++;
    spawn().then(next, () => {
      pool.size--;
      pool.broken = true;
    });
  }
}

let jobs = 0;

/** Can this process read PDFs with page workers? */
export function workersUsable(): boolean {
  return !pool.broken;
}

/**
 * Read every page of `bytes` with up to `want` workers. `checkPages` may refuse the document once its page count is
 * known. Results come back in page order. Throws InputError (refused file, time limit, a worker that died) or, when
 * no worker can start here, a plain Error (the caller then reads in its own thread).
 */
export async function readPagesInWorkers(
  bytes: Uint8Array,
  file: string,
  options: PdfOptions,
  want: number,
  checkPages: (pages: number) => void,
): Promise<PageResult[]> {
  const workers = await acquire(Math.max(1, want));
  const job = ++jobs;
  const timeoutMs = options.timeoutMs ?? 300_000;
  const readerOptions: PdfOptions = { ...options, workers: 0 };
  return new Promise<PageResult[]>((resolve, reject) => {
    const results: PageResult[] = [];
    let pages = -1;
    let next = 1;
    let done = 0;
    let settled = false;
    const finish = (err: Error | null, kill: readonly Worker[] = []): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const [w, off] of detach) off(w);
      for (const w of workers) {
        if (kill.includes(w)) discard(w);
        else {
          w.postMessage({ type: 'close', job } satisfies WorkerRequest);
          release(w);
        }
      }
      if (err) reject(err);
      else resolve(results);
    };
    const timer = setTimeout(() => {
      finish(
        new InputError(
          file,
          `读取超时（已超过 ${String(Math.round(timeoutMs / 100) / 10)} 秒上限，已停止读取）`,
        ),
        workers,
      );
    }, timeoutMs);
    const detach: [Worker, (w: Worker) => void][] = [];
    const dispatch = (w: Worker): void => {
      if (next <= pages) w.postMessage({ type: 'read', job, page: next++ } satisfies WorkerRequest);
    };
    for (const w of workers) {
      const onMessage = (m: WorkerReply): void => {
        if (settled || m.job !== job) return;
        if (m.type === 'failed') {
          finish(new InputError(file, m.input ? m.reason : `PDF 读取出错（${m.reason}）`));
        } else if (m.type === 'opened') {
          if (pages < 0) {
            pages = m.pages;
            try {
              checkPages(pages);
            } catch (err) {
              finish(err instanceof Error ? err : new Error(String(err)));
              return;
            }
            if (pages === 0) finish(null);
          }
          // Two pages in flight per worker: the next is queued while one is read, so the worker never waits for
          // a round trip to this thread.
          dispatch(w);
          dispatch(w);
        } else {
          results[m.result.page - 1] = m.result;
          if (++done === pages) finish(null);
          else dispatch(w);
        }
      };
      const onError = (err: Error & { code?: string }): void => {
        const reason =
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? 'PDF 过大或过于复杂，读取时内存不足'
            : 'PDF 读取线程异常退出';
        finish(new InputError(file, reason), [w]);
      };
      const onExit = (): void => {
        finish(new InputError(file, 'PDF 读取线程异常退出'), [w]);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      detach.push([
        w,
        (x) => {
          x.off('message', onMessage);
          x.off('error', onError);
          x.off('exit', onExit);
        },
      ]);
      w.postMessage({ type: 'open', job, bytes, file, options: readerOptions } satisfies WorkerRequest);
    }
  });
}
