import type { SynchronousMode } from '@monitor/event-store';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IngestCommand, IngestWriter, WriteOutcome } from './ingest-writer.js';

/** The SQLite file the writer thread opens a connection of its own to. */
export interface SqliteWriterSettings {
  readonly file: string;
  /** NORMAL: commits are made durable by `flush`, before the offsets are committed. */
  readonly synchronous: SynchronousMode;
}

/** A call to the writer thread, answered by an Answer of the same id. */
export type Call = { id: number; call: 'write'; commands: readonly IngestCommand[] } | { id: number; call: 'open' | 'flush' | 'close' };
/** An error crosses as its message, stack and `code` (SQLITE_BUSY and the like: see isTransientStoreFailure). */
export type Answer = { id: number; result?: unknown; error?: { message: string; stack?: string; code?: unknown } };

/** The writer thread's module, compiled beside this one. */
export const INGEST_WRITER_WORKER = new URL('./ingest-writer.worker.js', import.meta.url);

/** Whether the writer thread's module is there: it is in the build, not beside the sources (under Jest). */
export const ingestWriterWorkerBuilt = (): boolean => existsSync(fileURLToPath(INGEST_WRITER_WORKER));

/**
 * Records in a worker thread, on a SQLite connection of its own: the thread that consumes Kafka
 * (and, in the embedded platform, answers GraphQL and updates the read models) parses, validates
 * and authenticates the next chunk while this one is decided, hashed and written. Measured in
 * `bench:kafka`. A thread that dies fails the calls under way (kafkajs then delivers the chunk
 * again: a commit not made keeps nothing) and the next call starts a new one.
 */
export class WorkerIngestWriter implements IngestWriter {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private lastId = 0;

  /**
   * `workerModule`: the compiled writer thread module; from the sources (under Jest) there is none
   * beside this one, so tests give the built one (`compiledWorker` of `@monitor/event-store/testing`).
   */
  constructor(
    private readonly settings: SqliteWriterSettings,
    private readonly workerModule: URL = INGEST_WRITER_WORKER,
  ) {}

  /** Starts the thread; it answers once its store is open. */
  async open(): Promise<void> {
    await this.call({ id: ++this.lastId, call: 'open' });
  }

  write(commands: readonly IngestCommand[]): Promise<WriteOutcome[]> {
    return this.call({ id: ++this.lastId, call: 'write', commands }) as Promise<WriteOutcome[]>;
  }

  async flush(): Promise<void> {
    await this.call({ id: ++this.lastId, call: 'flush' });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    await this.call({ id: ++this.lastId, call: 'close' });
    this.worker = undefined;
    await worker.terminate();
  }

  private call(call: Call): Promise<unknown> {
    const worker = (this.worker ??= this.start());
    return new Promise((resolve, reject) => {
      this.pending.set(call.id, { resolve, reject });
      worker.postMessage(call);
    });
  }

  private start(): Worker {
    // No inherited Node options: a test runner's would not apply to the compiled module the thread runs.
    const worker = new Worker(this.workerModule, { execArgv: [], workerData: this.settings satisfies SqliteWriterSettings });
    // Calls under way keep the process busy by themselves; an idle writer does not keep it alive.
    worker.unref();
    worker.on('message', ({ id, result, error }: Answer) => {
      const call = this.pending.get(id);
      this.pending.delete(id);
      if (!call) return;
      if (error) call.reject(Object.assign(new Error(`ingest writer: ${error.message}`), { stack: error.stack, code: error.code }));
      else call.resolve(result);
    });
    worker.on('error', (error) => this.failAll(worker, error));
    worker.on('exit', (code) => this.failAll(worker, new Error(`ingest writer: the thread exited (code ${code})`)));
    return worker;
  }

  private failAll(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
