// KurrentDB event store figures, against a real server only: `npm run bench` prints them when
// KURRENTDB_CONNECTION_STRING is set (e.g. after `docker compose up -d eventstore`), and says it did
// not measure them otherwise. It writes under a prefix new for each run and reads only that prefix.
import type { EventMetadata } from '@monitor/domain';
import { START, type EventToAppend } from '@monitor/event-store';
import { KurrentDbEventStore } from '@monitor/event-store-kurrentdb';
import { randomUUID } from 'node:crypto';
import { v7 as timeOrderedUuid } from 'uuid';

/** BENCH_KURRENTDB_EVENTS=100000 for more; 20,000 by default (a shared server, a network between). */
const EVENT_COUNT = Number(process.env['BENCH_KURRENTDB_EVENTS'] ?? 20_000);
const BATCH_SIZE = 100;
const STREAM_COUNT = 200;
const SINGLE_APPENDS = 500;

const metadata: EventMetadata = {
  actor: { id: 'tran-thi-binh', name: 'Trần Thị Bình', role: 'Phó Giám đốc Sở KH&CN', unitId: 'ha-nam.so-khcn' },
  occurredAt: '2021-03-15T02:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'bench',
  recordedAt: '2021-03-15T02:00:01.000Z',
  correlationId: 'bench',
  causationId: null,
};

const progressReported = (sequence: number): EventToAppend => ({
  id: timeOrderedUuid(),
  type: 'TaskProgressReported',
  data: {
    percentComplete: sequence % 100,
    note: `Sở Khoa học và Công nghệ đã tổ chức hội thảo triển khai đợt ${sequence}, theo Quyết định số 696/QĐ-TTg.`,
  },
  metadata,
});

const seconds = (startedAt: bigint): number => Number(process.hrtime.bigint() - startedAt) / 1e9;
const perSecond = (count: number, spent: number): string =>
  `${Math.round(count / spent).toLocaleString('en-US')} events/s (${count.toLocaleString('en-US')} in ${spent.toFixed(2)} s)`;

export const benchKurrentDb = async (): Promise<void> => {
  const connectionString = process.env['KURRENTDB_CONNECTION_STRING'];
  if (!connectionString) {
    console.log('KurrentDB: NOT MEASURED, KURRENTDB_CONNECTION_STRING not set (run `docker compose up -d eventstore` and set it)');
    return;
  }
  const prefix = `bench_${randomUUID().slice(0, 8)}_`;
  const store = new KurrentDbEventStore({ connectionString, streamPrefixes: [prefix] });
  try {
    const revisions = new Map<string, number>();
    let startedAt = process.hrtime.bigint();
    for (let first = 0, batch = 0; first < EVENT_COUNT; first += BATCH_SIZE, batch += 1) {
      const stream = `${prefix}task-${batch % STREAM_COUNT}`;
      const events = Array.from({ length: Math.min(BATCH_SIZE, EVENT_COUNT - first) }, (_, index) => progressReported(first + index));
      revisions.set(stream, (await store.appendToStream(stream, events, revisions.get(stream) ?? 'no_stream')).nextExpectedRevision);
    }
    console.log(`KurrentDB append, batches of ${BATCH_SIZE}, exact expected revision: ${perSecond(EVENT_COUNT, seconds(startedAt))}`);

    startedAt = process.hrtime.bigint();
    const single = `${prefix}task-single`;
    for (let sequence = 0; sequence < SINGLE_APPENDS; sequence += 1)
      await store.appendToStream(single, [progressReported(sequence)], sequence === 0 ? 'no_stream' : sequence - 1);
    const singleSeconds = seconds(startedAt);
    console.log(
      `KurrentDB single-event appends (read stream, append, read back): ${perSecond(SINGLE_APPENDS, singleSeconds)}, ${((singleSeconds * 1000) / SINGLE_APPENDS).toFixed(2)} ms each`,
    );

    startedAt = process.hrtime.bigint();
    let read = 0;
    for (let from = START; ;) {
      const page = await store.readAll({ from, maxCount: 1000 });
      if (page.length === 0) break;
      read += page.length;
      from = page.at(-1)!.position;
    }
    console.log(`KurrentDB readAll, pages of 1,000, filtered to the run's streams: ${perSecond(read, seconds(startedAt))}`);

    const stop = new AbortController();
    // Bounded: a subscription that never delivers the last event must not hang the benchmarks.
    setTimeout(() => stop.abort(), 120_000).unref();
    startedAt = process.hrtime.bigint();
    let delivered = 0;
    for await (const event of store.subscribeToAll({ signal: stop.signal })) {
      delivered += 1;
      if (event.stream === single && event.revision === SINGLE_APPENDS - 1) break;
    }
    console.log(`KurrentDB catch-up subscription over the same events: ${perSecond(delivered, seconds(startedAt))}`);
  } finally {
    await store.close();
  }
};
