import type { SqliteEventStore } from '@monitor/event-store';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ChecksByCount } from './checkpoint-checks.js';
import { checkpointDisagreement } from './checkpoints.js';
import { CHAIN_HASH_LENGTH } from '@monitor/application/chain';
import type { SegmentResult, SegmentTask } from './verify-segment.js';

/** What a whole walk in parallel found: everything verified. */
export interface ParallelVerification {
  readonly events: number;
  readonly chained: number;
  readonly streams: number;
  readonly checkpointsChecked: number;
  readonly checkpointsUnsigned: number;
  readonly lastPosition: bigint;
  readonly lastEventId: string | null;
  readonly globalHash: string;
  /** What checkpoints signed with the audit key given cover (see VerifyReport). */
  readonly signedThrough: { readonly events: number; readonly position: bigint } | null;
}

/** The compiled worker beside this module: the build's. From the sources (under Jest) there is none. */
export const VERIFY_SEGMENT_WORKER = new URL('./verify-segment.worker.js', import.meta.url);

/** Whether a worker module can be started: a run from the sources has no compiled worker beside it. */
export const workerAvailable = (module: URL): boolean => existsSync(fileURLToPath(module));

const runSegment = (
  task: SegmentTask,
  workerModule: URL,
  onProgress: (events: number) => void,
  signal: AbortSignal | undefined,
): Promise<SegmentResult | undefined> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerModule, { workerData: task });
    const stop = () => void worker.terminate().then(() => resolve(undefined));
    signal?.addEventListener('abort', stop, { once: true });
    let settled = false;
    worker.on('message', (message: { progress?: number; result?: SegmentResult | null }) => {
      if (message.progress !== undefined) return onProgress(message.progress);
      settled = true;
      signal?.removeEventListener('abort', stop);
      resolve(message.result ?? undefined);
      void worker.terminate();
    });
    worker.on('error', (error) => {
      signal?.removeEventListener('abort', stop);
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled && !signal?.aborted) reject(new Error(`a verify worker stopped (exit code ${code}) before it reported`));
    });
  });

/**
 * Each segment's streams must continue exactly where the segments before left them: a stream met
 * first at revision 0 was not met before, and one taken up at revision r ended at r - 1 before.
 * Together with every segment verifying, that makes the walk in parallel the walk in order.
 */
const segmentsJoin = (segments: readonly SegmentResult[]): number | undefined => {
  const lastRevisions = new Map<string, number>();
  for (const segment of segments) {
    const takenUp = new Map(segment.takenUp);
    for (let i = 0; i < segment.streams.length; i++) {
      const stream = segment.streams[i]!;
      const before = lastRevisions.get(stream);
      const firstRevision = takenUp.get(stream) ?? 0;
      if (firstRevision === 0 ? before !== undefined : before !== firstRevision - 1) return undefined;
      lastRevisions.set(stream, segment.lastRevisions[i]!);
    }
  }
  return lastRevisions.size;
};

/**
 * Verify split over threads: the store's positions cut into `segments` ranges, each verified in a
 * worker thread with its own connection, then joined here (streams continuing across the cuts, the
 * hash over the global order, the checkpoints). Undefined when anything does not verify: the walk
 * in order then finds and names the first event that does not match, exactly as without threads.
 */
export const verifyInParallel = async (
  store: SqliteEventStore,
  checkpoints: ChecksByCount,
  segments: number,
  workerModule: URL,
  options: { readonly auditKey?: string | null; readonly onProgress?: (events: number) => void; readonly signal?: AbortSignal },
): Promise<ParallelVerification | { readonly interrupted: number } | undefined> => {
  const head = Number(await store.headPosition());
  const checkpointEventIds = [...checkpoints.values()].flatMap((checks) => checks.map(({ checkpoint }) => checkpoint.throughEventId));
  const progress = new Array<number>(segments).fill(0);
  const tasks = Array.from({ length: segments }, (_, k): SegmentTask => ({
    file: store.filePath,
    after: Math.floor((head * k) / segments),
    // The last range is open: events appended meanwhile are verified too, as by the walk in order.
    through: k === segments - 1 ? Number.MAX_SAFE_INTEGER : Math.floor((head * (k + 1)) / segments),
    checkpointEventIds,
  }));
  const results = await Promise.all(
    tasks.map((task, k) =>
      runSegment(
        task,
        workerModule,
        (events) => {
          progress[k] = events;
          options.onProgress?.(progress.reduce((sum, n) => sum + n, 0));
        },
        options.signal,
      ),
    ),
  );
  if (options.signal?.aborted) return { interrupted: progress.reduce((sum, n) => sum + n, 0) };
  if (results.some((result) => result === undefined)) return undefined;
  const verified = results as SegmentResult[];
  const streams = segmentsJoin(verified);
  if (streams === undefined) return undefined;

  // The hash over the global order, checked at every checkpoint on the way.
  const global = createHash('sha256');
  const counts = [...checkpoints.keys()].sort((a, b) => a - b);
  let before = 0;
  let checkpointsChecked = 0;
  let checkpointsUnsigned = 0;
  let signedThrough: ParallelVerification['signedThrough'] = null;
  for (const segment of verified) {
    const hits = new Map(segment.checkpointHits.map(([index, id, position]) => [index, [id, position] as const]));
    let hashed = 0;
    while (counts.length > 0 && counts[0]! <= before + segment.events) {
      const count = counts.shift()!;
      const index = count - before - 1;
      global.update(segment.hashes.slice(hashed * CHAIN_HASH_LENGTH, (index + 1) * CHAIN_HASH_LENGTH));
      hashed = index + 1;
      const hit = hits.get(index);
      const globalHash = global.copy().digest('base64url');
      for (const { checkpoint } of checkpoints.get(count)!) {
        if (checkpointDisagreement(checkpoint, globalHash, hit?.[0], options.auditKey)) return undefined;
        if (!options.auditKey && checkpoint.signature) checkpointsUnsigned++;
        if (options.auditKey) signedThrough = { events: count, position: BigInt(hit![1]) };
        checkpointsChecked++;
      }
    }
    global.update(segment.hashes.slice(hashed * CHAIN_HASH_LENGTH));
    before += segment.events;
  }
  // A checkpoint over more events than the store holds: the walk in order names it.
  if (counts.length > 0) return undefined;
  const last = verified.findLast((segment) => segment.events > 0);
  return {
    events: before,
    chained: verified.reduce((sum, segment) => sum + segment.chained, 0),
    streams,
    checkpointsChecked,
    checkpointsUnsigned,
    lastPosition: BigInt(last?.lastPosition ?? 0),
    lastEventId: last?.lastEventId ?? null,
    globalHash: global.digest('base64url'),
    signedThrough,
  };
};
