import { SqliteRowRange } from '@monitor/event-store';
import { ChainWalk } from './chain-links.js';
import { rawStoredEventOf } from './stored-events.js';

/** One range of a SQLite store's positions, verified on its own: see verifyInParallel. */
export interface SegmentTask {
  readonly file: string;
  /** The range: positions after `after`, up to `through`. */
  readonly after: number;
  readonly through: number;
  /** The events checkpoints end with: where one is met, its index in the segment is noted. */
  readonly checkpointEventIds: readonly string[];
}

/** What a segment found when every event in it verified. */
export interface SegmentResult {
  readonly events: number;
  readonly chained: number;
  /** Every event's chain hash, in order, concatenated (43 characters each): the global hash is made of them. */
  readonly hashes: string;
  /** The streams met, in the order first met, each with its last revision in the segment. */
  readonly streams: readonly string[];
  readonly lastRevisions: readonly number[];
  /** Streams first met past their first event, with the revision they were met at. */
  readonly takenUp: readonly (readonly [stream: string, revision: number])[];
  /** Index in the segment, id and position of every event that is the end of a checkpoint. */
  readonly checkpointHits: readonly (readonly [index: number, eventId: string, position: number])[];
  readonly lastPosition: number | null;
  readonly lastEventId: string | null;
}

/**
 * Verifies every event of one range of positions, as the whole walk would if each stream's chain
 * before the range is what its last event there states; the caller checks that against the ranges
 * before. Undefined as soon as an event does not verify, or a stream's chain cannot be taken up:
 * the whole walk then runs in order and names the first event that does not match.
 */
export const verifySegment = (task: SegmentTask, onProgress: (events: number) => void = () => undefined): SegmentResult | undefined => {
  const range = new SqliteRowRange(task.file);
  try {
    const walk = new ChainWalk((stream, revision) => {
      const hash = range.chainHashAt(stream, revision - 1, task.after);
      return hash === undefined ? undefined : { revision: revision - 1, hash, chained: true };
    });
    const endsOfCheckpoints = new Set(task.checkpointEventIds);
    const checkpointHits: [number, string, number][] = [];
    const hashes: string[] = [];
    let last: { position: number; id: string } | null = null;
    for (const rows of range.batches(task.after, task.through)) {
      let pending = '';
      for (const row of rows) {
        const link = walk.step(rawStoredEventOf(row));
        if ('kind' in link) return undefined;
        pending += link.hash;
        if (endsOfCheckpoints.has(row[1])) checkpointHits.push([walk.events - 1, row[1], row[0]]);
      }
      hashes.push(pending);
      const lastRow = rows[rows.length - 1]!;
      last = { position: lastRow[0], id: lastRow[1] };
      onProgress(walk.events);
    }
    const streams = [...walk.heads.keys()];
    return {
      events: walk.events,
      chained: walk.chained,
      hashes: hashes.join(''),
      streams,
      lastRevisions: streams.map((stream) => walk.heads.get(stream)!.revision),
      takenUp: [...walk.takenUp],
      checkpointHits,
      lastPosition: last?.position ?? null,
      lastEventId: last?.id ?? null,
    };
  } finally {
    range.close();
  }
};
