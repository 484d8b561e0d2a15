import { DomainError, type PlatformCommand } from '@monitor/domain';
import { CommandRunner, type RunContext } from '@monitor/application';
import { DuplicateEventError, type EventStore } from '@monitor/event-store';
import type { Rejection } from './dead-letter.js';
import { StreamCachingStore } from './stream-caching-store.js';
import { isStoreFailure, unexpectedError } from './write-failures.js';

/**
 * A checked message, ready to record: its command and who records it. Plain data, so that it can
 * cross to a worker thread. `context.causationId` names the Kafka record it came from.
 */
export interface IngestCommand {
  readonly messageId: string;
  readonly command: PlatformCommand;
  readonly context: RunContext;
}

/** What became of one command: recorded, found already recorded from the same record, or refused. */
export type WriteOutcome = { kind: 'recorded' } | { kind: 'redelivered' } | { kind: 'refused'; rejection: Rejection };

/**
 * Where the ingest records a chunk. The ingest decides nothing about the store: it hands over a
 * chunk, learns each message's outcome, and asks for durability before it commits the offsets.
 */
export interface IngestWriter {
  /**
   * Gets ready to write: a writer with a thread of its own starts it and opens its store there, so
   * that a store it cannot open fails the ingest's start, and the first chunk does not wait for it.
   */
  open(): Promise<void>;
  /**
   * Runs the commands in order, in one store commit. A refusal is an outcome and the others stay,
   * and so is an unexpected error a command throws while it is decided (UNEXPECTED_ERROR); a
   * failure of the store rejects, and then none of the chunk is kept.
   */
  write(commands: readonly IngestCommand[]): Promise<WriteOutcome[]>;
  /** Every chunk written so far is durable once this resolves. */
  flush(): Promise<void>;
  /** Closes the store it writes to. */
  close(): Promise<void>;
}

/**
 * Records through the same CommandRunner as GraphQL, on this thread, with the streams it reads kept
 * between messages (see StreamCachingStore). The writer owns the store and closes it.
 */
export class StoreIngestWriter implements IngestWriter {
  private readonly store: StreamCachingStore;
  private readonly runner: CommandRunner;

  constructor(store: EventStore) {
    this.store = new StreamCachingStore(store);
    this.runner = new CommandRunner(this.store);
  }

  async write(commands: readonly IngestCommand[]): Promise<WriteOutcome[]> {
    const outcomes: WriteOutcome[] = [];
    await this.store.inOneCommit(async () => {
      for (const command of commands) outcomes.push(await this.record(command));
    });
    return outcomes;
  }

  /** Its store was opened by whoever gave it. */
  open(): Promise<void> {
    return Promise.resolve();
  }

  flush(): Promise<void> {
    return this.store.flush();
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async record({ messageId, command, context }: IngestCommand): Promise<WriteOutcome> {
    const refuse = (rejection: Rejection): WriteOutcome => ({ kind: 'refused', rejection: { ...rejection, messageId } });
    try {
      const outcome = await this.runner.run(command, context);
      if (!outcome.alreadyRecorded) return { kind: 'recorded' };
      // Recorded before: from this very Kafka record (a redelivery after a crash), or from another one.
      const first = (await this.store.readStream(outcome.stream)).find((e) => e.id === outcome.eventIds[0]);
      const causationId = first?.metadata().causationId;
      if (causationId === context.causationId) return { kind: 'redelivered' };
      return refuse({ reason: 'DUPLICATE', problem: `message ${messageId} is already recorded (from ${causationId ?? 'another source'})` });
    } catch (error) {
      if (error instanceof DomainError) return refuse({ reason: error.code, problem: error.message, field: error.field });
      if (error instanceof DuplicateEventError)
        return refuse({ reason: 'DUPLICATE', problem: `message id ${messageId} is already recorded for another stream` });
      // The store failed: none of the chunk is kept, and the ingest takes it again.
      if (isStoreFailure(error)) throw error;
      // Thrown by the domain code on this message alone, before the runner appended anything (it
      // appends last): the same message would throw again. Refused; the commit goes on without it.
      return refuse(unexpectedError(error));
    }
  }
}
