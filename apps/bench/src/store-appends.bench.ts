// Part of `npm run bench:postgres`: appends to any store, the same events for each.
import type { EventMetadata } from '@monitor/domain';
import type { EventStore, EventToAppend } from '@monitor/event-store';
import { v7 as timeOrderedUuid } from 'uuid';

const BATCHED = Number(process.env['BENCH_POSTGRES_EVENTS'] ?? 50_000);
const SINGLE = 2_000;

const metadata: EventMetadata = {
  actor: { id: 'tran-thi-binh', name: 'Trần Thị Bình', role: 'Phó Giám đốc Sở KH&CN', unitId: 'ha-nam.so-khcn' },
  occurredAt: '2021-03-15T02:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'bench',
  recordedAt: '2021-03-15T02:00:01.000Z',
  correlationId: 'bench',
  causationId: null,
};

const progressReported = (n: number): EventToAppend => ({
  id: timeOrderedUuid(),
  type: 'TaskProgressReported',
  data: {
    percentComplete: n % 100,
    note: `Sở Khoa học và Công nghệ đã tổ chức hội thảo triển khai đợt ${n}, theo Quyết định số 696/QĐ-TTg.`,
  },
  metadata,
});

/** Batches of 100 over 200 streams with exact expected revisions, then single-event appends to one stream. */
export const appendFigures = async (store: EventStore) => {
  const revisions = new Map<string, number>();
  let started = performance.now();
  for (let first = 0, batch = 0; first < BATCHED; first += 100, batch += 1) {
    const stream = `task-bench-${batch % 200}`;
    const events = Array.from({ length: Math.min(100, BATCHED - first) }, (_, i) => progressReported(first + i));
    revisions.set(stream, (await store.appendToStream(stream, events, revisions.get(stream) ?? 'no_stream')).nextExpectedRevision);
  }
  const batched = { events: BATCHED, ms: performance.now() - started };
  started = performance.now();
  for (let n = 0; n < SINGLE; n += 1) await store.appendToStream('task-bench-single', [progressReported(n)], n === 0 ? 'no_stream' : n - 1);
  return { batched, single: { events: SINGLE, ms: performance.now() - started } };
};
