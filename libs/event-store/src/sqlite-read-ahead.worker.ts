// The read-ahead worker thread (see SqliteReadAhead): its own read-only connection reads the batches
// asked for. Strings cross threads as one copy each; thousands of small values would each be cloned,
// which costs as much as reading them.
import Database from 'better-sqlite3';
import { open } from 'node:fs/promises';
import { freemem } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import {
  PIECE_ROWS,
  SELECT_PACKED,
  type PackedBatch,
  type ReadAheadAnswer,
  type ReadAheadRequest,
  type ReadAheadSettings,
} from './sqlite-packed-batch.js';

type PackedPiece = [head: string, texts: string, last: number, rows: number];

const port = parentPort!;
const settings = workerData as ReadAheadSettings;
const db = new Database(settings.file, { readonly: true, fileMustExist: true });
const select = db.prepare<[bigint | number, number, number], PackedPiece>(SELECT_PACKED).raw(true);

/**
 * A walk of the whole store: the file is read ahead in large sequential reads on libuv's pool, so
 * that SQLite's page-by-page reads find it in the page cache instead of waiting on the disk. Only a
 * file that fits in the memory available, so that the warming never evicts what it read before.
 */
const warmPageCache = async (file: string): Promise<void> => {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > freemem() / 2) return;
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let at = 0; at < size;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
  } finally {
    await handle.close();
  }
};
if (settings.warm) warmPageCache(settings.file).catch(() => undefined);

const readBatch = (from: bigint | number, count: number): PackedBatch | undefined => {
  try {
    const heads: string[] = [];
    const texts: string[] = [];
    let after = from;
    let read = 0;
    while (read < count) {
      const [head, text, last, rows] = select.get(after, Number.MAX_SAFE_INTEGER, Math.min(PIECE_ROWS, count - read))!;
      if (rows === 0) break;
      heads.push(head);
      texts.push(text);
      read += rows;
      after = last;
    }
    return { heads, texts, last: Number(after), rows: read };
  } catch {
    return undefined;
  }
};

/**
 * A stream of batches: each full one is followed by the one after its last row, as the reader will
 * ask next, while it holds credits (one per batch it has taken). A short batch ends the backlog.
 */
let stream: { readonly generation: number; after: bigint | number; readonly count: number; credits: number } | undefined;
let scheduled = false;

/** One batch per turn of the event loop: a credit or a new start is seen between batches. */
const readNext = (): void => {
  scheduled = false;
  const current = stream;
  if (!current || current.credits === 0) return;
  current.credits -= 1;
  const batch = readBatch(current.after, current.count);
  port.postMessage(
    (batch
      ? { generation: current.generation, failed: false, batch }
      : { generation: current.generation, failed: true }) satisfies ReadAheadAnswer,
  );
  if (!batch || batch.rows < current.count) stream = undefined;
  else {
    current.after = batch.last;
    scheduled = true;
    setImmediate(readNext);
  }
};

port.on('message', (message: ReadAheadRequest) => {
  if (message.kind === 'start')
    stream = { generation: message.generation, after: message.after, count: message.count, credits: message.credits };
  else if (message.kind === 'stop') stream = undefined;
  else if (stream && message.generation === stream.generation) stream.credits += 1;
  if (!scheduled) {
    scheduled = true;
    setImmediate(readNext);
  }
});
