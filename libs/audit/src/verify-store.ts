import { SqliteEventStore, type EventStore, type Position } from '@monitor/event-store';
import { createHash, type Hash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { ChainWalk, type ChainFailureKind } from './chain-links.js';
import { checkpointDisagreement, readCheckpoints, type AuditCheckpoint } from './checkpoints.js';
import { checkpointChainProblem, checksByCount, type CheckpointCheck, type ChecksByCount, type KeptReceipt } from './checkpoint-checks.js';
import { rawEventBatches } from './stored-events.js';
import { VERIFY_SEGMENT_WORKER, verifyInParallel, workerAvailable } from './verify-in-parallel.js';

export type { ChainFailureKind } from './chain-links.js';

export interface ChainFailure {
  readonly kind: ChainFailureKind;
  readonly position: Position;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly detail: string;
}

export interface VerifyReport {
  readonly events: number;
  readonly chained: number;
  /** Events recorded before chaining existed: their content cannot be proven, only linked onward. */
  readonly unchained: number;
  readonly streams: number;
  readonly checkpointsChecked: number;
  /** Checkpoints whose signature was not checked because no audit key was given. */
  readonly checkpointsUnsigned: number;
  readonly lastPosition: Position;
  /** The id of the last event verified. */
  readonly lastEventId: string | null;
  /** sha256 over every event's chain hash in global order: what a new checkpoint would record. */
  readonly globalHash: string;
  /** The first event that does not match; null when the whole store verifies. */
  readonly failure: ChainFailure | null;
  /** Threads the walk that gave this report was split over: 1 when it went in global order. */
  readonly threads: number;
  /**
   * What checkpoints whose signature was checked with the audit key vouch for: the first `events`
   * events, through `position`. Null when none was (no key given, or no signed checkpoint).
   */
  readonly signedThrough: { readonly events: number; readonly position: Position } | null;
  /** The events after `signedThrough` (all of them when it is null) that no signed checkpoint covers; null when none. */
  readonly uncovered: { readonly afterPosition: Position; readonly throughPosition: Position; readonly events: number } | null;
}

export interface VerifyOptions {
  /** The key checkpoints were signed with; without it, signatures are reported as not checked. */
  readonly auditKey?: string | null;
  /** Called as the walk goes with the number of events verified so far. */
  readonly onProgress?: (events: number) => void;
  /** Checked between batches: an interrupted verify stops, reports how many events it covered, and concludes nothing. */
  readonly signal?: AbortSignal;
  /**
   * Threads to split the walk of a SQLite store over (default: the machine's cores, for stores of
   * 50,000 events or more; 1 below that, or for other stores).
   */
  readonly threads?: number;
  /**
   * The compiled worker that verifies one range (default: the build's, beside this module). Where
   * none can be started (a run from the sources), the walk goes in order on one thread: the same
   * verification, slower. Specs pass the build's (`compiledWorker` of `@monitor/event-store/testing`).
   */
  readonly workerModule?: URL;
  /**
   * The store must hold chained checkpoints when it holds events: set when the audit key was in use
   * before (a key file, a receipt in the data directory). Without one, verify fails.
   */
  readonly checkpointsExpected?: boolean;
  /** Checkpoints kept outside the store (receipts): checked like the store's own. */
  readonly receipts?: readonly KeptReceipt[];
}

/** Stores of at least this many events are verified in parallel by default: below, starting threads costs more than it saves. */
const PARALLEL_FROM = 50_000;

const threadsFor = async (store: EventStore, asked: number | undefined): Promise<number> => {
  if (!(store instanceof SqliteEventStore)) return 1;
  if (asked !== undefined) return Math.max(1, Math.floor(asked));
  return Number(await store.headPosition()) >= PARALLEL_FROM ? Math.min(availableParallelism(), 8) : 1;
};

/**
 * Recomputes each stream's hash chain and the hash over the global order, and compares them with
 * the hashes and checkpoints stored. A SQLite store is walked in parallel ranges when it is large
 * (see verifyInParallel); whenever that finds anything wrong, or for any other store, the walk
 * goes in global order and stops at the first event that does not match, naming it.
 */
export const verifyStore = async (store: EventStore, options: VerifyOptions = {}): Promise<VerifyReport> => {
  // An unreadable checkpoint event is named by the walk (UNREADABLE); until then, none is known.
  const recorded = await readCheckpoints(store).catch(() => []);
  const checks = checksByCount(recorded, options.receipts ?? []);
  const workerModule = options.workerModule ?? VERIFY_SEGMENT_WORKER;
  const threads = workerAvailable(workerModule) ? await threadsFor(store, options.threads) : 1;
  let walked: VerifyReport | undefined;
  if (threads > 1 && store instanceof SqliteEventStore) {
    const verified = await verifyInParallel(store, checks, threads, workerModule, options);
    if (verified && 'interrupted' in verified) return { ...nothingVerified, events: verified.interrupted, threads };
    if (verified) walked = { ...verified, unchained: verified.events - verified.chained, failure: null, threads, uncovered: null };
  }
  walked ??= await verifyInOrder(store, checks, options);
  if (walked.failure || options.signal?.aborted) return walked;
  const chainProblem = checkpointChainProblem(recorded, options.receipts ?? [], walked.events, options.checkpointsExpected === true);
  return { ...walked, failure: chainProblem ?? null, uncovered: uncoveredSpan(walked, recorded.at(-1)?.event.position) };
};

/** The events no signed checkpoint covers; a store ending with the checkpoint that covers the rest is covered (it is signed itself). */
const uncoveredSpan = (report: VerifyReport, lastCheckpointAt: Position | undefined): VerifyReport['uncovered'] => {
  const covered = report.signedThrough;
  if (report.events === 0 || covered?.events === report.events) return null;
  if (covered && covered.events === report.events - 1 && lastCheckpointAt === report.lastPosition) return null;
  return { afterPosition: covered?.position ?? 0n, throughPosition: report.lastPosition, events: report.events - (covered?.events ?? 0) };
};

const nothingVerified: VerifyReport = {
  events: 0,
  chained: 0,
  unchained: 0,
  streams: 0,
  checkpointsChecked: 0,
  checkpointsUnsigned: 0,
  lastPosition: 0n,
  lastEventId: null,
  globalHash: '',
  failure: null,
  threads: 1,
  signedThrough: null,
  uncovered: null,
};

/** The walk in global order: stops at the first event that does not match and names it. */
const verifyInOrder = async (store: EventStore, checks: ChecksByCount, options: VerifyOptions): Promise<VerifyReport> => {
  const due = new Map(checks);
  const walk = new ChainWalk();
  const global: Hash = createHash('sha256');
  let checkpointsChecked = 0;
  let checkpointsUnsigned = 0;
  let lastPosition: Position = 0n;
  let lastEventId: string | null = null;
  let failure: ChainFailure | null = null;
  let signedThrough: VerifyReport['signedThrough'] = null;

  const fail = (event: CheckpointCheck['at'], kind: ChainFailureKind, detail: string): void => {
    failure = { kind, position: event.position, stream: event.stream, revision: event.revision, eventId: event.id, detail };
  };

  // Event hashes feed the global hash a batch at a time: one update per batch, not per event.
  let pending = '';
  outer: for await (const batch of rawEventBatches(store)) {
    for (const event of batch) {
      const link = walk.step(event);
      if ('kind' in link) {
        fail(event, link.kind, link.detail);
        break outer;
      }
      pending += link.hash;
      const events = walk.events;
      lastPosition = event.position;
      lastEventId = event.id;
      const here = due.get(events);
      if (here) {
        due.delete(events);
        global.update(pending);
        pending = '';
        const globalHash = global.copy().digest('base64url');
        for (const { checkpoint, at } of here) {
          const problem = checkpointDisagreement(checkpoint, globalHash, event.id, options.auditKey);
          if (problem) {
            fail(at, problem, disagreementDetail(problem, checkpoint, at, events, event.id, globalHash));
            break outer;
          }
          if (!options.auditKey && checkpoint.signature) checkpointsUnsigned++;
          if (options.auditKey) signedThrough = { events, position: event.position };
          checkpointsChecked++;
        }
      }
    }
    global.update(pending);
    pending = '';
    options.onProgress?.(walk.events);
    if (options.signal?.aborted) break;
    // SQLite reads are synchronous: let a server running this in the background answer between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!failure && !options.signal?.aborted) {
    const [missing] = due.entries();
    if (missing) {
      const [count, [{ at }]] = missing;
      fail(
        at,
        'CHECKPOINT_BEYOND_STORE',
        `${at.position === 0n ? `the receipt ${at.stream}` : 'a checkpoint'} covers the first ${count} events, but the store holds ${walk.events}: events were removed`,
      );
    }
  }
  return {
    events: walk.events,
    chained: walk.chained,
    unchained: walk.events - walk.chained,
    streams: walk.heads.size,
    checkpointsChecked,
    checkpointsUnsigned,
    lastPosition,
    lastEventId,
    globalHash: global.digest('base64url'),
    failure,
    threads: 1,
    signedThrough,
    uncovered: null,
  };
};

const disagreementDetail = (
  problem: 'CHECKPOINT_MISMATCH' | 'CHECKPOINT_SIGNATURE',
  checkpoint: AuditCheckpoint,
  at: CheckpointCheck['at'],
  events: number,
  eventId: string,
  globalHash: string,
): string => {
  const which = `the ${at.position === 0n ? `receipt ${at.stream}` : 'checkpoint'} over the first ${events} events`;
  return problem === 'CHECKPOINT_MISMATCH'
    ? `${which} states they end with ${checkpoint.throughEventId} and hash to ${checkpoint.globalHash}; the store now gives ${eventId} and ${globalHash}`
    : `${which} is not signed with the audit key given`;
};
