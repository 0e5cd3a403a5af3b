import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a parser of outside files may spend before it is stopped. */
export interface IsolationLimits {
  /** V8 old-generation heap of the worker. */
  memoryMb: number;
  timeoutMs: number;
}

/** Why an isolated read stopped without an answer. */
export type IsolatedFailure =
  | { kind: 'refused'; reason: string }
  | { kind: 'memory' }
  | { kind: 'timeout' }
  | { kind: 'crashed'; detail: string };

export class IsolatedReadError extends Error {
  constructor(readonly failure: IsolatedFailure) {
    super(failure.kind === 'refused' ? failure.reason : failure.kind);
    this.name = 'IsolatedReadError';
  }
}

/** A worker's answer: a value, or a refusal whose reason it chose. */
export type WorkerReply<T> = { ok: true; value: T } | { ok: false; reason: string };

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Where a worker entry lives. Built (electron-vite): a `<name>.js` beside the bundle, or one
 * folder up from a shared chunk. From source (tsx, vitest, the CLI): the `.ts` file, loaded
 * through tsx's require hook, since Node 20 gives workers no ESM loader hooks.
 */
function workerSource(name: string, sourceDir: string): { code: string; eval: true } | { file: string } {
  for (const dir of [here, path.dirname(here)]) {
    const built = path.join(dir, `${name}.js`);
    if (existsSync(built)) return { file: built };
  }
  const source = path.join(sourceDir, `${name}.ts`);
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs');
  return { code: `require(${JSON.stringify(tsx)});require(${JSON.stringify(source)});`, eval: true };
}

/**
 * Runs a parser of an untrusted file in its own thread with a capped heap and a deadline:
 * a hostile file can make it fail, but not take the process (the Electron main process, the
 * preview server, the CLI) down with it or block its event loop. The worker gets `input`
 * as workerData and posts one WorkerReply.
 */
export function runIsolated<T>(
  name: string,
  sourceDir: string,
  input: unknown,
  limits: IsolationLimits,
  transfer: ArrayBuffer[] = [],
): Promise<T> {
  const source = workerSource(name, sourceDir);
  const worker = new Worker('file' in source ? source.file : source.code, {
    eval: !('file' in source),
    workerData: input,
    transferList: transfer,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.memoryMb,
      maxYoungGenerationSizeMb: Math.max(8, Math.round(limits.memoryMb / 8)),
      stackSizeMb: 4,
    },
    stdout: true,
    stderr: true,
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => settle(() => reject(new IsolatedReadError({ kind: 'timeout' }))),
      limits.timeoutMs,
    );
    worker.once('message', (reply: WorkerReply<T>) =>
      settle(() =>
        reply.ok
          ? resolve(reply.value)
          : reject(new IsolatedReadError({ kind: 'refused', reason: reply.reason })),
      ),
    );
    worker.once('error', (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          new IsolatedReadError(
            error.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? { kind: 'memory' }
              : { kind: 'crashed', detail: String(error.message).slice(0, 160) },
          ),
        ),
      ),
    );
    worker.once('exit', (code) =>
      settle(() => reject(new IsolatedReadError({ kind: 'crashed', detail: `exit code ${code}` }))),
    );
  });
}
