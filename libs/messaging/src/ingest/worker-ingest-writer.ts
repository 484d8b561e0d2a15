import { SqliteEventStore, type SynchronousMode } from '@monitor/event-store';
import { parentPort, Worker } from 'node:worker_threads';
import { StoreIngestWriter, type IngestCommand, type IngestWriter, type WriteOutcome } from './ingest-writer.js';

/** The SQLite file the writer thread opens a connection of its own to. */
export interface SqliteWriterSettings {
  readonly file: string;
  /** NORMAL: commits are made durable by `flush`, before the offsets are committed. */
  readonly synchronous: SynchronousMode;
}

type Call = { id: number; call: 'write'; commands: readonly IngestCommand[] } | { id: number; call: 'open' | 'flush' | 'close' };
/** An error crosses as its message, stack and `code` (SQLITE_BUSY and the like: see isTransientStoreFailure). */
type Answer = { id: number; result?: unknown; error?: { message: string; stack?: string; code?: unknown } };

/**
 * The thread's first lines: they load the built library, which then serves the calls. Plain
 * JavaScript, so that the thread starts the same from the sources under Jest as from the build.
 */
const BOOT_SOURCE = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).then((library) => library.serveIngestWriter(workerData.settings));
`;

/**
 * The built library's entry: beside this module's directory in the build; from the sources (under
 * Jest, which maps workspace packages to them) the build of them, as `npm test` leaves it.
 */
const builtLibrary = (): string => new URL(import.meta.url.endsWith('.ts') ? '../../dist/index.js' : '../index.js', import.meta.url).href;

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

  constructor(private readonly settings: SqliteWriterSettings) {}

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
    // No inherited Node options: a test runner's would not apply to the built library the thread loads.
    const worker = new Worker(BOOT_SOURCE, { eval: true, execArgv: [], workerData: { entry: builtLibrary(), settings: this.settings } });
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

/**
 * The writer thread's side: one StoreIngestWriter on its own connection. Writes and the close run in
 * the order they came; a flush does not wait for them (an fsync makes durable at least every commit
 * made before it began, and the ingest asks for one only after its chunk's write has answered).
 */
export const serveIngestWriter = (settings: SqliteWriterSettings): void => {
  const port = parentPort;
  if (!port) throw new Error('serveIngestWriter runs in a worker thread');
  const writer = new StoreIngestWriter(new SqliteEventStore(settings.file, { synchronous: settings.synchronous, readAhead: false }));
  const run = (call: Call): Promise<unknown> => {
    switch (call.call) {
      case 'open':
        return writer.open(); // its store was opened above, before the thread took any call
      case 'write':
        return writer.write(call.commands);
      case 'flush':
        return writer.flush();
      case 'close':
        return writer.close();
    }
  };
  const answer = async (call: Call): Promise<void> => {
    try {
      const result = await run(call);
      port.postMessage({ id: call.id, result } satisfies Answer);
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      const code = (error as { code?: unknown } | null)?.code;
      port.postMessage({ id: call.id, error: { message, stack, code: typeof code === 'string' ? code : undefined } } satisfies Answer);
    }
  };
  let inOrder: Promise<void> = Promise.resolve();
  port.on('message', (call: Call) => {
    if (call.call === 'flush') void answer(call);
    else inOrder = inOrder.then(() => answer(call));
  });
};
