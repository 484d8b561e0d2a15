import { START, metadataOf, type EventStore, type EventToAppend, type RecordedEvent } from '@monitor/event-store';

export interface CopyReport {
  /** Events read from the source, in its global order. */
  readonly events: number;
  /** Of those, events the target held already (an earlier, interrupted or repeated copy). */
  readonly alreadyCopied: number;
  readonly seconds: number;
}

/** Consecutive events of one stream in the global order: they were (or may be) one append. */
export const runsOfOneStream = (events: readonly RecordedEvent[]): RecordedEvent[][] => {
  const runs: RecordedEvent[][] = [];
  for (const event of events) {
    const run = runs.at(-1);
    if (run && run[0]!.stream === event.stream) run.push(event);
    else runs.push([event]);
  }
  return runs;
};

const asAppended = (event: RecordedEvent): EventToAppend => ({
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: metadataOf(event),
});

/**
 * Copies every event from one store to another in the source's global order, keeping ids, streams,
 * revisions, data and metadata (who recorded it and when stay as first recorded): the move from the
 * embedded SQLite file to a KurrentDB cluster. Each run of one stream is appended with the revision
 * it has in the source as the expectation, so a copy stopped half-way can simply be run again: what
 * the target holds is recognised by its event ids and skipped; a target that holds other events in
 * those streams fails with WrongExpectedRevisionError instead of mixing two histories.
 */
export const copyEvents = async (
  source: EventStore,
  target: EventStore,
  onProgress: (copied: number) => void = () => undefined,
): Promise<CopyReport> => {
  const started = performance.now();
  let events = 0;
  let alreadyCopied = 0;
  // Positions only grow: an event the target places at or before its head of now was there before.
  const targetHeadAtStart = await target.headPosition();
  for (let from = START; ;) {
    const page = await source.readAll({ from, maxCount: 1000 });
    if (page.length === 0) break;
    for (const run of runsOfOneStream(page)) {
      const first = run[0]!;
      const appended = await target.appendToStream(
        first.stream,
        run.map(asAppended),
        first.revision === 0 ? 'no_stream' : first.revision - 1,
      );
      if (appended.position <= targetHeadAtStart) alreadyCopied += run.length;
    }
    events += page.length;
    from = page.at(-1)!.position;
    onProgress(events);
  }
  return { events, alreadyCopied, seconds: (performance.now() - started) / 1000 };
};
