import { setTimeout as sleep } from 'node:timers/promises';
import {
  BACKWARDS,
  END,
  KurrentDBClient,
  START as KURRENT_START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type Filter,
  type ReadPosition,
} from '@kurrent/kurrentdb-client';
import {
  readLimit,
  START,
  type AppendResult,
  type EventStore,
  type EventToAppend,
  type ExpectedRevision,
  type Position,
  type ReadAllOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@monitor/event-store';
import { conflictError, planAppend } from './append-plan.js';
import { decodePosition, encodePosition, isStart } from './position.js';
import { toProposedEvents, toRecordedEvent, type KurrentRecord } from './recorded-event.js';
import { checkStreamPrefixes, isSystemEvent } from './stream-filter.js';
import { isTransient, resubscribeDelayMs } from './resubscribe.js';

export interface KurrentDbEventStoreOptions {
  /** e.g. `kurrentdb://localhost:2113?tls=false`, or `kurrentdb+discover://node1:2113,node2:2113,node3:2113` for a cluster (`esdb://` still works, deprecated). */
  readonly connectionString: string;
  /**
   * The streams this store reads from `$all` (server-side filter): the platform's categories
   * (`platformStreamPrefixes()`), or a test run's own prefix on a shared server.
   */
  readonly streamPrefixes: readonly string[];
  /** How often an append re-reads and re-plans when another writer slips in between (default 5). */
  readonly maxAppendAttempts?: number;
  /** Resubscribing after the server drops a subscription: failures in a row tolerated, first wait. */
  readonly resubscribe?: { readonly attempts?: number; readonly firstDelayMs?: number };
}

const DEFAULT_RESUBSCRIBE = { attempts: 10, firstDelayMs: 200 };

/**
 * The EventStore port on KurrentDB (formerly EventStoreDB) through its official gRPC client. What maps
 * how: revisions are 0-based on both sides; `$all` positions ({commit, prepare}) are packed into one
 * ordered bigint (see position.ts); KurrentDB's system events never reach the caller; idempotency is
 * by event id within a stream (see append-plan.ts), not across streams.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: KurrentDBClient;
  private readonly filter: Filter;
  private readonly closing = new AbortController();
  private disposed: Promise<void> | undefined;

  constructor(private readonly options: KurrentDbEventStoreOptions) {
    this.filter = streamNameFilter({ prefixes: checkStreamPrefixes(options.streamPrefixes) });
    this.client = KurrentDBClient.connectionString(options.connectionString);
  }

  async appendToStream(stream: string, events: readonly EventToAppend[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    this.assertOpen();
    const proposed = toProposedEvents(events);
    const maxAttempts = this.options.maxAppendAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      const plan = planAppend(stream, events, expectedRevision, await this.readStream(stream));
      if (plan.kind === 'nothing-to-write') return plan.result;
      try {
        const appended = await this.client.appendToStream(stream, proposed, { streamState: plan.streamState });
        // With `throwOnAppendFailure=false` in the connection string the client reports conflicts this way.
        if (!appended.success)
          throw new WrongExpectedVersionError(undefined, {
            streamName: stream,
            expected: plan.streamState,
            current: appended.nextExpectedRevision < 0n ? 'no_stream' : appended.nextExpectedRevision,
          });
        return await this.resultOf(stream, plan.lastRevision, events.at(-1)!.id);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        // Another writer got in between our read and our append: the next plan sees what it wrote
        // (and recognises our own ids, should a retried request of ours have landed after all).
        if (attempt >= maxAttempts) throw conflictError(stream, expectedRevision, error.actualState);
      }
    }
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    this.assertOpen();
    if (!Number.isInteger(fromRevision) || fromRevision < 0)
      throw new RangeError(`fromRevision must be a non-negative integer, not ${fromRevision}`);
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(stream, { fromRevision: BigInt(fromRevision) })) {
        if (resolved.event && !isSystemEvent(resolved.event)) events.push(toRecordedEvent(resolved.event as KurrentRecord));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const limit = readLimit(options.maxCount);
    const from = options.from ?? START;
    const events: RecordedEvent[] = [];
    let readFrom = from;
    // KurrentDB reads `$all` from a position inclusively; the port reads after it. One event more is
    // asked for to make up for it, and pages continue while system events took places in a full page.
    for (;;) {
      let read = 0;
      let lastRead: Position | undefined;
      for await (const resolved of this.client.readAll({
        fromPosition: toReadPosition(readFrom),
        maxCount: limit + 1,
        filter: this.filter,
      })) {
        read += 1;
        const record = resolved.event as KurrentRecord | undefined;
        if (!record?.position) continue;
        lastRead = encodePosition(record.position);
        if (isSystemEvent(record) || lastRead <= readFrom || events.length >= limit) continue;
        events.push(toRecordedEvent(record));
      }
      if (events.length >= limit || read < limit + 1 || lastRead === undefined) return events;
      readFrom = lastRead;
    }
  }

  /** An append KurrentDB acknowledged is already durable (written by a quorum of the cluster). */
  async flush(): Promise<void> {
    this.assertOpen();
  }

  /**
   * KurrentDB has no transaction across streams: each append inside commits on its own, and stays
   * if `work` throws later. The Kafka ingest copes (its retries are idempotent by event id); it only
   * loses the SQLite speed-up of one commit per chunk.
   */
  /** No transaction across streams: each append inside inOneCommit is committed as it is made. */
  readonly keptWhenOneCommitThrows = 'all';

  async inOneCommit<T>(work: () => Promise<T>): Promise<T> {
    this.assertOpen();
    return work();
  }

  async headPosition(): Promise<Position> {
    this.assertOpen();
    // The last of the platform's events, not of the whole log: a projector waiting for the head
    // must be able to reach it, and it never sees KurrentDB's own records.
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 32, filter: this.filter })) {
      if (resolved.event && !isSystemEvent(resolved.event)) return toRecordedEvent(resolved.event as KurrentRecord).position;
    }
    return START;
  }

  subscribeToAll(options: SubscribeOptions = {}): AsyncIterable<RecordedEvent> {
    return this.follow(options.from ?? START, options.signal);
  }

  /**
   * A catch-up subscription on the server (stored events, then live ones, one gRPC stream), filtered
   * to the platform's streams. KurrentDB subscribes *after* the position given, as the port does.
   * The client does not resubscribe by itself: when the server drops the subscription (a leader
   * election, a node restart, the network), this subscribes again from the last event delivered,
   * waiting longer each time, and gives up with the error only after `resubscribe.attempts` failures
   * in a row, so a replica neither stalls silently nor dies on a routine failover.
   */
  private async *follow(from: Position, signal: AbortSignal | undefined): AsyncGenerator<RecordedEvent> {
    const stop = signal ? AbortSignal.any([signal, this.closing.signal]) : this.closing.signal;
    if (stop.aborted) return;
    const stopped = new Promise<'stopped'>((resolve) => stop.addEventListener('abort', () => resolve('stopped'), { once: true }));
    const { attempts, firstDelayMs } = { ...DEFAULT_RESUBSCRIBE, ...this.options.resubscribe };
    let checkpoint = from;
    for (let failures = 1; ; failures += 1) {
      let dropped: unknown;
      try {
        for await (const event of this.subscribeOnce(checkpoint, stopped)) {
          failures = 1;
          checkpoint = event.position;
          yield event;
        }
        dropped = new Error('KurrentDB ended the subscription to $all');
      } catch (error) {
        if (!isTransient(error)) throw error;
        dropped = error;
      }
      if (stop.aborted) return;
      if (failures > attempts) throw dropped;
      try {
        await sleep(resubscribeDelayMs(failures, firstDelayMs), undefined, { signal: stop });
      } catch {
        return;
      }
    }
  }

  /** One gRPC subscription, until it ends, fails, or `stopped` resolves. */
  private async *subscribeOnce(from: Position, stopped: Promise<'stopped'>): AsyncGenerator<RecordedEvent> {
    const subscription = this.client.subscribeToAll({ fromPosition: toReadPosition(from), filter: this.filter });
    const iterator: AsyncIterator<AllStreamResolvedEvent> = subscription[Symbol.asyncIterator]();
    try {
      for (;;) {
        const pending = iterator.next();
        // A pull left pending when the subscription stops may fail afterwards: nobody awaits it then.
        pending.catch(() => undefined);
        const next = await Promise.race([pending, stopped]);
        if (next === 'stopped' || next.done) return;
        const resolved = next.value;
        if (!resolved.event || isSystemEvent(resolved.event)) continue;
        const event = toRecordedEvent(resolved.event as KurrentRecord);
        if (event.position > from) yield event;
      }
    } finally {
      await subscription.unsubscribe().catch(() => undefined);
      subscription.destroy();
    }
  }

  close(): Promise<void> {
    this.closing.abort();
    this.disposed ??= this.client.dispose();
    return this.disposed;
  }

  /** The last appended event, read back: its `$all` position is what the port's result names. */
  private async resultOf(stream: string, lastRevision: number, lastId: string): Promise<AppendResult> {
    const [last] = await this.readStreamPage(stream, lastRevision, 1);
    if (last?.id !== lastId)
      throw new Error(`append to ${stream}: event ${lastId} is not at revision ${lastRevision} right after it was written`);
    return { nextExpectedRevision: lastRevision, position: last.position, written: true };
  }

  private async readStreamPage(stream: string, fromRevision: number, maxCount: number): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const resolved of this.client.readStream(stream, { fromRevision: BigInt(fromRevision), maxCount })) {
      if (resolved.event) events.push(toRecordedEvent(resolved.event as KurrentRecord));
    }
    return events;
  }

  private assertOpen(): void {
    if (this.closing.signal.aborted) throw new Error('the KurrentDB event store is closed');
  }
}

const toReadPosition = (position: Position): ReadPosition => (isStart(position) ? KURRENT_START : decodePosition(position));
