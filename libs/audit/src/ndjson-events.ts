import type { EventStore, EventToAppend } from '@monitor/event-store';
import type { ChainableEvent } from '@monitor/application/chain';
import type { StoredEvent } from './stored-events.js';

/**
 * One exported event per line. The position is the source store's, kept for the reader; an import
 * gets positions from the store it writes to, in the same global order. The metadata keeps each
 * event's chain hash, so the imported store verifies as the exported one did.
 */
export interface ExportedEvent extends ChainableEvent {
  readonly position: string;
}

export const exportedLine = (e: StoredEvent): string =>
  JSON.stringify({
    position: String(e.position),
    id: e.id,
    stream: e.stream,
    revision: e.revision,
    type: e.type,
    data: e.data,
    metadata: e.metadata,
  } satisfies ExportedEvent);

/** Parses one line, naming the line and the field at fault. */
export const parseExportedLine = (line: string, lineNumber: number): ExportedEvent => {
  let value: Partial<ExportedEvent>;
  try {
    value = JSON.parse(line) as Partial<ExportedEvent>;
  } catch (error) {
    throw new Error(`line ${lineNumber}: not JSON (${(error as Error).message})`);
  }
  const missing = (['id', 'stream', 'type'] as const).find((key) => typeof value[key] !== 'string' || value[key] === '');
  if (missing) throw new Error(`line ${lineNumber}: "${missing}" must be a non-empty string`);
  if (!Number.isInteger(value.revision) || value.revision! < 0) throw new Error(`line ${lineNumber}: "revision" must be an integer ≥ 0`);
  if (typeof value.metadata !== 'object' || value.metadata === null || typeof value.metadata.recordedAt !== 'string') {
    throw new Error(`line ${lineNumber}: "metadata" must be an object with "recordedAt"`);
  }
  return value as ExportedEvent;
};

/**
 * Appends exported events in their order, each run of consecutive events of one stream as one
 * append expecting the revision before it: a missing or repeated revision fails with the stream named.
 */
export class EventImporter {
  private run: ExportedEvent[] = [];
  imported = 0;

  constructor(private readonly store: EventStore) {}

  async add(event: ExportedEvent): Promise<void> {
    if (this.run.length > 0 && (this.run[0]!.stream !== event.stream || this.run.length >= 500)) await this.flush();
    this.run.push(event);
  }

  async flush(): Promise<void> {
    const run = this.run;
    if (run.length === 0) return;
    this.run = [];
    const first = run[0]!;
    const events: EventToAppend[] = run.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata }));
    const result = await this.store.appendToStream(first.stream, events, first.revision === 0 ? 'no_stream' : first.revision - 1);
    if (result.nextExpectedRevision !== run[run.length - 1]!.revision) {
      throw new Error(`stream ${first.stream}: imported revisions ${first.revision}…${run[run.length - 1]!.revision} are not consecutive`);
    }
    this.imported += run.length;
  }
}
