import { Worker } from 'node:worker_threads';
import type { PackedBatch, ReadAheadAnswer, ReadAheadRequest, ReadAheadSettings } from './sqlite-packed-batch.js';

/** The worker module, compiled beside this one (see SqliteEventStoreOptions.readAheadWorker). */
export const READ_AHEAD_WORKER = new URL('./sqlite-read-ahead.worker.js', import.meta.url);

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

  constructor(settings: ReadAheadSettings, workerModule: URL) {
    this.worker = new Worker(workerModule, { workerData: settings satisfies ReadAheadSettings });
    // A guess must never keep the process alive, nor take it down.
    this.worker.unref();
    this.worker.on('message', (message: ReadAheadAnswer) => this.arrive(message));
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
    this.post({ kind: 'start', generation, after, count, credits: BATCHES_AHEAD });
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
    this.post({ kind: 'credit', generation: stream.generation });
    const answer =
      stream.arrived.length > 0 ? Promise.resolve(stream.arrived.shift()) : new Promise<Answer>((resolve) => (stream.waiting = resolve));
    return answer.then((packed) => {
      // A full batch is followed by the next; a short or failed one ends the stream.
      if (this.stream === stream) {
        if (packed && packed.rows === count) stream.nextAfter = BigInt(packed.last);
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

  private post(request: ReadAheadRequest): void {
    this.worker.postMessage(request);
  }

  private arrive(message: ReadAheadAnswer): void {
    const stream = this.stream;
    if (!stream || message.generation !== stream.generation) return;
    const answer = message.failed ? undefined : message.batch;
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
    this.post({ kind: 'stop' });
    stream.waiting?.(undefined);
  }

  private fail(): void {
    this.failed = true;
    this.cancel();
  }
}
