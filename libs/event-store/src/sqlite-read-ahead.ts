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
export const SELECT_PACKED = `SELECT json_group_array(json_array(position, id, stream, revision, type, occurred_at, recorded_at, simulated)),
  group_concat(data || char(31) || metadata, char(31)), max(position), count(*)
  FROM (SELECT * FROM events WHERE position > ? AND position <= ? ORDER BY position LIMIT ?)`;

/**
 * Rows per piece of a batch. Measured: pieces of a few dozen rows stay small objects for V8; a string
 * of a whole batch is a large object, whose memory is mapped and zeroed afresh for each batch.
 */
export const PIECE_ROWS = 64;

/**
 * The worker: its own read-only connection reads the batches asked for. Strings cross threads as one
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
// A stream of batches: each full one is followed by the one after its last row, as the reader
// will ask next, while it holds credits (one per batch it has taken). A short batch ends the backlog.
let stream;
let scheduled = false;
parentPort.on('message', (message) => {
  if (message.start) stream = { generation: message.generation, after: message.after, count: message.count, credits: message.credits };
  else if (message.stop) stream = undefined;
  else if (stream && message.generation === stream.generation) stream.credits += 1;
  if (!scheduled) (scheduled = true), setImmediate(readNext);
});
// One batch per turn of the event loop: a credit or a new start is seen between batches.
function readNext() {
  scheduled = false;
  const current = stream;
  if (!current || current.credits === 0) return;
  current.credits -= 1;
  const batch = readBatch(current.after, current.count);
  parentPort.postMessage({ generation: current.generation, ...batch });
  if (!batch.heads || batch.rows < current.count) stream = undefined;
  else (current.after = batch.last), (scheduled = true), setImmediate(readNext);
}
function readBatch(after, count) {
  try {
    const heads = [];
    const texts = [];
    let read = 0;
    while (read < count) {
      const [head, text, last, rows] = select.get(after, Number.MAX_SAFE_INTEGER, Math.min(${PIECE_ROWS}, count - read));
      if (rows === 0) break;
      heads.push(head);
      texts.push(text);
      read += rows;
      after = last;
    }
    return { heads, texts, last: after, rows: read };
  } catch (error) {
    return {};
  }
}`;

/** The short columns of a row read ahead, in this order. */
export type HeadRow = [position: number, id: string, stream: string, revision: number, type: string, occurredAt: string, recordedAt: string, simulated: 0 | 1];

/** A batch read ahead: see SELECT_PACKED. */
export interface PackedBatch {
  readonly heads: readonly string[];
  readonly texts: readonly string[];
  /** The position of the batch's last row, and how many rows it holds. */
  readonly last: number;
  readonly rows: number;
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

/** Batches the worker may read before the reader has taken them: it then rides out the reader's pauses. */
const BATCHES_AHEAD = 2;

interface Stream {
  readonly generation: number;
  readonly count: number;
  /** Where the next batch to take starts; undefined while one is being taken, or once the backlog is read. */
  nextAfter: bigint | undefined;
  /** Answers that came before they were taken, in order. */
  readonly arrived: Answer[];
  waiting: ((answer: Answer) => void) | undefined;
}

/**
 * Reads the next batches of a long catch-up in a worker thread while the caller folds the current
 * one, so reading and folding share the machine's cores instead of taking turns on one. Only a
 * guess of what comes next: the store uses a batch read ahead only when it is exactly the one
 * asked for. The worker keeps up to BATCHES_AHEAD batches ready, each starting after the last row
 * of the one before: a full batch is what the reader asks for next.
 */
export class SqliteReadAhead {
  private readonly worker: Worker;
  private stream: Stream | undefined;
  private generation = 0;
  private failed = false;

  /** `warm`: the walk covers the whole store; its file is read into the page cache ahead of it. */
  constructor(filePath: string, warm = false) {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file: filePath, driver, warm } });
    // A guess must never keep the process alive, nor take it down.
    this.worker.unref();
    this.worker.on('message', (message: Partial<PackedBatch> & { generation: number }) => this.arrive(message));
    this.worker.on('error', () => this.fail());
    this.worker.on('exit', () => this.fail());
  }

  /** Batches of `count` events from after `after` are wanted next: keeps the stream going there, or starts one. */
  request(after: bigint, count: number): void {
    if (this.failed) return;
    if (this.stream && this.stream.count === count && this.stream.nextAfter === after) return;
    this.cancel();
    const generation = ++this.generation;
    this.stream = { generation, count, nextAfter: after, arrived: [], waiting: undefined };
    this.worker.postMessage({ start: true, generation, after, count, credits: BATCHES_AHEAD });
  }

  /** The batch read ahead for exactly this read; undefined if there is none (the stream is then dropped). */
  take(after: bigint, count: number): Promise<Answer> | undefined {
    const stream = this.stream;
    if (!stream) return undefined;
    if (stream.count !== count || stream.nextAfter !== after) {
      this.cancel();
      return undefined;
    }
    stream.nextAfter = undefined;
    this.worker.postMessage({ generation: stream.generation });
    const answer = stream.arrived.length > 0 ? Promise.resolve(stream.arrived.shift()) : new Promise<Answer>((resolve) => (stream.waiting = resolve));
    return answer.then((packed) => {
      // A full batch is followed by the next; a short or failed one ends the stream.
      if (this.stream === stream) {
        if (packed && packed.last !== undefined && packed.rows === count) stream.nextAfter = BigInt(packed.last);
        else this.stream = undefined;
      }
      return packed;
    });
  }

  async close(): Promise<void> {
    this.failed = true;
    this.cancel();
    await this.worker.terminate();
  }

  private arrive(message: Partial<PackedBatch> & { generation: number }): void {
    const stream = this.stream;
    if (!stream || message.generation !== stream.generation) return;
    const answer = message.heads === undefined ? undefined : (message as PackedBatch);
    const waiting = stream.waiting;
    stream.waiting = undefined;
    if (waiting) waiting(answer);
    else stream.arrived.push(answer);
  }

  /** Drops the stream: answers still on their way are ignored, and a read waiting for one reads itself. */
  private cancel(): void {
    const stream = this.stream;
    if (!stream) return;
    this.stream = undefined;
    this.worker.postMessage({ stop: true });
    stream.waiting?.(undefined);
  }

  private fail(): void {
    this.failed = true;
    this.cancel();
  }
}
