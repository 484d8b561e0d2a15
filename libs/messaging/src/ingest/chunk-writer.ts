import type { IngestCommand, IngestWriter, WriteOutcome } from './ingest-writer.js';
import { isTransientStoreFailure, unexpectedError } from './write-failures.js';

/** Failed writes of the same chunk (failures not known to be transient) before its messages are written one at a time. */
export const WRITES_BEFORE_ISOLATING = 3;

/**
 * Writes each chunk of a partition in one store commit, and finds the message at fault when one
 * keeps its chunk from being written. The writer already refuses a command that throws while it is
 * decided; what is left is an error out of the write itself (the writer thread dying on a message,
 * an error of the store that only one message provokes). A failure known to be transient (see
 * isTransientStoreFailure) is retried without bound, as a whole chunk. Any other failure is retried
 * too, as the lane takes the chunk again; once the same chunk has failed `writesBeforeIsolating`
 * times, its messages are written one by one, each in a commit of its own, and a message whose
 * write fails alone is refused (UNEXPECTED_ERROR), the others recorded once: the failed commits kept
 * nothing. Costs nothing while chunks are written.
 */
export class ChunkWriter {
  /** Per partition: where the chunk that keeps failing starts, and how many times its write failed. */
  private readonly failing = new Map<string, { from: bigint; writes: number }>();

  constructor(
    private readonly writer: IngestWriter,
    private readonly writesBeforeIsolating = WRITES_BEFORE_ISOLATING,
  ) {}

  /** The chunk of `partition` starting at offset `from`: its commands' outcomes, in order. */
  async write(partition: string, from: bigint, commands: readonly IngestCommand[]): Promise<WriteOutcome[]> {
    const failing = this.failing.get(partition);
    const sameChunk = failing !== undefined && failing.from === from;
    try {
      const outcomes =
        sameChunk && failing.writes >= this.writesBeforeIsolating ? await this.oneByOne(commands) : await this.writer.write(commands);
      this.failing.delete(partition);
      return outcomes;
    } catch (error) {
      if (!isTransientStoreFailure(error)) this.failing.set(partition, { from, writes: sameChunk ? failing.writes + 1 : 1 });
      throw error;
    }
  }

  private async oneByOne(commands: readonly IngestCommand[]): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    let failures = 0;
    let lastError: unknown;
    for (const command of commands) {
      try {
        outcomes.push(...(await this.writer.write([command])));
      } catch (error) {
        if (isTransientStoreFailure(error)) throw error;
        failures += 1;
        lastError = error;
        outcomes.push({ kind: 'refused', rejection: unexpectedError(error, command.messageId) });
      }
    }
    // Not one of several messages could be written alone: the store is at fault, not the messages.
    if (commands.length > 1 && failures === commands.length) throw lastError;
    return outcomes;
  }
}
