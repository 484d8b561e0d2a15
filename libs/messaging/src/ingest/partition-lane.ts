/** What a lane does with each chunk it takes, and how it reports a failure. */
export interface LaneSteps<C, W> {
  /** Records the chunk. Called for one chunk of the lane at a time, in the order they were pushed. */
  write(chunk: C): Promise<W>;
  /** Makes the written chunk final (for the ingest: dead letters, durability, offset commit); in order too. */
  settle(chunk: C, written: W): Promise<void>;
  /**
   * A step failed. When `deliverAgain`, the chunks behind it are dropped unwritten and the source must
   * deliver this chunk again; otherwise the chunk had already been dropped behind an earlier failure.
   */
  failed(chunk: C, error: unknown, deliverAgain: boolean): void;
}

export interface LaneChunk {
  /** Where the chunk starts in its partition. */
  readonly firstOffset: bigint;
}

const DROPPED = Symbol('dropped');
/** The wait before writing a chunk again after failures in a row: doubled each time, capped below a heartbeat's span. */
const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 2000;

/**
 * One partition's prepared chunks on their way to the store. Each is written after the one before
 * it and settled after the one before it is settled, so a partition's messages are recorded and
 * committed in order; the consumer meanwhile fetches and prepares what follows (up to `depth`
 * chunks ahead), so the writer does not wait while one fetch round ends and the next begins.
 *
 * When a chunk's write or settle fails, every chunk behind it is dropped unwritten (writing them
 * would record a province's later messages before earlier ones), and the lane takes nothing after
 * the failed chunk until that chunk is delivered again; it is then written after a short wait.
 */
export class PartitionLane<C extends LaneChunk, W> {
  private writeTail: Promise<unknown> = Promise.resolve();
  private settleTail: Promise<void> = Promise.resolve();
  /** Pushed, and neither settled nor dropped yet: in push order. */
  private readonly inFlight: Entry<C>[] = [];
  private redeliverFrom: bigint | undefined;
  private failuresInARow = 0;
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly steps: LaneSteps<C, W>,
    private readonly depth: number,
    /** How the lane waits before writing again after a failure (a timer; specs see what is asked). */
    private readonly wait: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Takes a chunk, unless it lies after a failed chunk not yet delivered again: then false. */
  push(chunk: C): boolean {
    if (this.redeliverFrom !== undefined && chunk.firstOffset > this.redeliverFrom) return false;
    this.redeliverFrom = undefined;
    const entry: Entry<C> = { chunk, dropped: false };
    this.inFlight.push(entry);
    const retryMs = this.failuresInARow === 0 ? 0 : Math.min(FIRST_RETRY_MS * 2 ** (this.failuresInARow - 1), LAST_RETRY_MS);
    // A failure is marked inside the write's turn, before the next chunk's write looks at it.
    const written = this.writeTail
      .then(async () => {
        if (entry.dropped) return DROPPED;
        if (retryMs > 0) await this.wait(retryMs);
        return this.steps.write(chunk);
      })
      .catch((error: unknown) => {
        this.fail(entry, error);
        return DROPPED;
      });
    this.writeTail = written;
    this.settleTail = Promise.all([this.settleTail, written])
      .then(async ([, result]) => {
        if (result === DROPPED || entry.dropped) return;
        try {
          await this.steps.settle(chunk, result as W);
          this.failuresInARow = 0;
        } catch (error) {
          this.fail(entry, error);
        }
      })
      .finally(() => {
        this.inFlight.splice(this.inFlight.indexOf(entry), 1);
        for (const wake of this.waiting) wake();
      });
    return true;
  }

  /**
   * The source delivers again from the last settled chunk (a consumer group rejoined: each partition
   * starts from its committed offset), so no chunk can lie after a failed one any more.
   */
  restarted(): void {
    this.redeliverFrom = undefined;
  }

  /** Resolves once fewer than `depth` chunks are pushed and not yet settled (or dropped). */
  async room(): Promise<void> {
    while (this.inFlight.length >= this.depth) await this.change();
  }

  /** Resolves once every chunk pushed is settled or dropped. */
  async idle(): Promise<void> {
    while (this.inFlight.length > 0) await this.change();
  }

  private change(): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiting.delete(wake);
        resolve();
      };
      this.waiting.add(wake);
    });
  }

  /**
   * Drops the failed chunk and every chunk after it; those before it (written, their settle still
   * to come) go on. A chunk dropped already changes nothing: an earlier failure is redelivered.
   */
  private fail(entry: Entry<C>, error: unknown): void {
    const deliverAgain = !entry.dropped;
    if (deliverAgain) {
      for (const other of this.inFlight) if (other.chunk.firstOffset >= entry.chunk.firstOffset) other.dropped = true;
      this.failuresInARow += 1;
      this.redeliverFrom = entry.chunk.firstOffset;
    }
    this.steps.failed(entry.chunk, error, deliverAgain);
  }
}

interface Entry<C> {
  readonly chunk: C;
  dropped: boolean;
}
