import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Between data and metadata texts: JSON text escapes control characters, so none holds it. */
export const TEXT_SEPARATOR = '\u001f';

/**
 * A piece of a batch in one row of two strings, built by SQLite (stepping one row instead of dozens
 * is most of the worker's time saved): `head`, the short columns of every row as one JSON array (so
 * the reader parses fresh strings, and nothing kept from an event pins the piece), and `texts`, each
 * row's data and metadata JSON, all joined by TEXT_SEPARATOR. Both aggregates take the rows in the
 * one order the subquery gives them; SQLite does not promise that order, so the reader checks the
 * positions (an ORDER BY in the aggregates would sort again: a third of the worker's time).
 */
const SELECT_PACKED = `SELECT json_group_array(json_array(position, id, stream, revision, type, occurred_at, recorded_at, simulated)),
  group_concat(data || char(31) || metadata, char(31)), max(position), count(*)
  FROM (SELECT * FROM events WHERE position > ? ORDER BY position LIMIT ?)`;

/**
 * Rows per piece of a batch. Measured: pieces of a few dozen rows stay small objects for V8; a string
 * of a whole batch is a large object, whose memory is mapped and zeroed afresh for each batch.
 */
const PIECE_ROWS = 64;

/**
 * The worker: its own read-only connection reads the batch asked for. Strings cross threads as one
 * copy each; thousands of small values would each be cloned, which costs as much as reading them.
 * Plain JavaScript, so it runs from the sources under Jest as from the build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
if (workerData.warm) warmPageCache(workerData.file).catch(() => undefined);
const select = db.prepare(${JSON.stringify(SELECT_PACKED)}).raw(true);
// A walk of the whole store: the file is read ahead in large sequential reads on libuv's pool, so
// that SQLite's page-by-page reads find it in the page cache instead of waiting on the disk. Only a
// file that fits in the memory available, so that the warming never evicts what it read before.
async function warmPageCache(file) {
  const { open } = require('node:fs/promises');
  const { freemem } = require('node:os');
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > freemem() / 2) return;
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let at = 0; at < size; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
}
parentPort.on('message', ({ after, count }) => {
  try {
    const heads = [];
    const texts = [];
    for (let read = 0; read < count; ) {
      const [head, text, last, rows] = select.get(after, Math.min(${PIECE_ROWS}, count - read));
      if (rows === 0) break;
      heads.push(head);
      texts.push(text);
      read += rows;
      after = last;
    }
    parentPort.postMessage({ heads, texts });
  } catch (error) {
    parentPort.postMessage({});
  }
});`;

/** The short columns of a row read ahead, in this order. */
export type HeadRow = [position: number, id: string, stream: string, revision: number, type: string, occurredAt: string, recordedAt: string, simulated: 0 | 1];

/** A batch read ahead: see SELECT_PACKED. */
export interface PackedBatch {
  readonly heads: readonly string[];
  readonly texts: readonly string[];
}

/**
 * The events of a batch read ahead, built by `build`, if it is full and in order: the first `count`
 * rows after `after`, in increasing positions. Undefined otherwise, or if a row's data does not parse.
 */
export const unpackFull = <T>({ heads, texts }: PackedBatch, after: bigint, count: number, build: (head: HeadRow, data: string, metadata: string) => T): T[] | undefined => {
  const events: T[] = [];
  let previous = Number(after);
  try {
    for (let piece = 0; piece < heads.length; piece++) {
      const rows = JSON.parse(heads[piece]!) as HeadRow[];
      const dataAndMetadata = texts[piece]!.split(TEXT_SEPARATOR);
      if (dataAndMetadata.length !== 2 * rows.length) return undefined;
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        if (row[0] <= previous) return undefined;
        previous = row[0];
        events.push(build(row, dataAndMetadata[2 * index]!, dataAndMetadata[2 * index + 1]!));
      }
    }
  } catch {
    return undefined;
  }
  return events.length === count ? events : undefined;
};

/** The worker's answer, or undefined when it could not read. */
type Answer = PackedBatch | undefined;

/**
 * Reads the next batch of a long catch-up in a worker thread while the caller folds the current one,
 * so reading and folding share the machine's cores instead of taking turns on one. Only a guess of
 * what comes next: the store uses a batch read ahead only when it is exactly the one asked for.
 */
export class SqliteReadAhead {
  private readonly worker: Worker;
  private readonly answers: ((answer: Answer) => void)[] = [];
  private next: { after: bigint; count: number; rows: Promise<Answer> } | undefined;
  private failed = false;

  /** `warm`: the walk covers the whole store; its file is read into the page cache ahead of it. */
  constructor(filePath: string, warm = false) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: filePath, driver, warm } });
    // A guess must never keep the process alive, nor take it down.
    this.worker.unref();
    this.worker.on('message', (message: Partial<PackedBatch>) => this.answers.shift()?.(message.heads === undefined ? undefined : (message as PackedBatch)));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  /** Starts reading the `count` events after `after`, unless the worker has failed. */
  request(after: bigint, count: number): void {
    if (this.failed) return;
    const rows = new Promise<Answer>((resolve) => this.answers.push(resolve));
    this.worker.postMessage({ after, count });
    this.next = { after, count, rows };
  }

  /** The batch read ahead for exactly this read; undefined if there is none. */
  take(after: bigint, count: number): Promise<Answer> | undefined {
    const next = this.next;
    this.next = undefined;
    return next && next.after === after && next.count === count ? next.rows : undefined;
  }

  async close(): Promise<void> {
    this.failed = true;
    await this.worker.terminate();
  }

  private fail(): void {
    this.failed = true;
    this.next = undefined;
    for (const answer of this.answers.splice(0)) answer(undefined);
  }
}
