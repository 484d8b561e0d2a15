import type { EventMetadata } from '@monitor/domain';
import { SqliteEventStore, START, type EventToAppend, type SynchronousMode } from '@monitor/event-store';
import { randomUUID } from 'node:crypto';
import { v7 as timeOrderedUuid } from 'uuid';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** BENCH_EVENTS=1000000 for a bigger store; 200,000 by default. */
const EVENT_COUNT = Number(process.env['BENCH_EVENTS'] ?? 200_000);
const BATCH_SIZE = 100;
const STREAM_COUNT = 500;
const SINGLE_APPENDS = 3_000;
const READ_BATCH = 512;

type IdFactory = () => string;

/** A progress report as a province files it: about 300 bytes of data, and metadata of its own. */
const progressReported = (streamIndex: number, sequence: number, newId: IdFactory): EventToAppend => {
  const metadata: EventMetadata = {
    actor: { id: 'tran-thi-binh', name: 'Trần Thị Bình', role: 'Phó Giám đốc Sở KH&CN', unitId: 'ha-nam.so-khcn' },
    occurredAt: new Date(Date.UTC(2021, 0, 1) + sequence * 60_000).toISOString(),
    occurredAtPrecision: 'INSTANT',
    recordedBy: 'ha-nam-system',
    recordedAt: new Date().toISOString(),
    correlationId: randomUUID(),
    causationId: null,
  };
  const data = {
    taskId: `qd-696.task-${streamIndex}`,
    provinceId: 'ha-nam',
    directiveId: 'qd-696-2020',
    status: 'IN_PROGRESS',
    percentComplete: sequence % 100,
    reportedOn: '2021-03-15',
    note: `Sở Khoa học và Công nghệ đã tổ chức hội thảo triển khai đợt ${sequence}, hoàn thành kế hoạch quý I theo Quyết định số 696/QĐ-TTg.`,
  };
  return { id: newId(), type: 'TaskProgressReported', data, metadata };
};

const rate = (count: number, nanoseconds: bigint): number => Math.round(count / (Number(nanoseconds) / 1e9));
const figure = (count: number, nanoseconds: bigint, unit = 'events'): string =>
  `${rate(count, nanoseconds).toLocaleString('en-US')} ${unit}/s (${count.toLocaleString('en-US')} in ${(Number(nanoseconds) / 1e9).toFixed(2)} s)`;

/**
 * Appends `count` events in batches of `batchSize`, round-robin over the streams, each with the
 * exact expected revision; returns the time spent inside appendToStream (building events excluded).
 */
const appendEvents = async (
  store: SqliteEventStore,
  count: number,
  batchSize: number,
  newId: IdFactory = timeOrderedUuid,
): Promise<bigint> => {
  const revisions = new Map<string, number>();
  let spent = 0n;
  for (let first = 0, batch = 0; first < count; first += batchSize, batch += 1) {
    const streamIndex = batch % STREAM_COUNT;
    const stream = `task-${streamIndex}`;
    const events = Array.from({ length: Math.min(batchSize, count - first) }, (_, index) =>
      progressReported(streamIndex, first + index, newId),
    );
    const startedAt = process.hrtime.bigint();
    const result = await store.appendToStream(stream, events, revisions.get(stream) ?? 'no_stream');
    spent += process.hrtime.bigint() - startedAt;
    revisions.set(stream, result.nextExpectedRevision);
  }
  return spent;
};

const openStore = (directory: string, name: string, synchronous: SynchronousMode): SqliteEventStore =>
  new SqliteEventStore(join(directory, `${name}.sqlite`), { synchronous });

const benchReadAll = async (store: SqliteEventStore): Promise<void> => {
  const startedAt = process.hrtime.bigint();
  let count = 0;
  let touched = 0;
  for (let from = START; ;) {
    const events = await store.readAll({ from, maxCount: READ_BATCH });
    if (events.length === 0) break;
    // Touch the parsed data, as a projection would.
    for (const event of events) touched += (event.data as { percentComplete: number }).percentComplete >= 0 ? 1 : 0;
    count += events.length;
    from = events[events.length - 1]!.position;
  }
  console.log(
    `readAll (SQLite, ${READ_BATCH} per read, JSON parsed): ${figure(count, process.hrtime.bigint() - startedAt)} [${touched} touched]`,
  );
};

const benchCatchUp = async (store: SqliteEventStore, expected: number): Promise<void> => {
  const stop = new AbortController();
  const startedAt = process.hrtime.bigint();
  let count = 0;
  for await (const event of store.subscribeToAll({ signal: stop.signal })) {
    count += (event.data as { percentComplete: number }).percentComplete >= 0 ? 1 : 0;
    if (count === expected) stop.abort();
  }
  console.log(`subscribeToAll catch-up (SQLite, JSON parsed): ${figure(count, process.hrtime.bigint() - startedAt)}`);
};

export async function benchEventStore(): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'bench-event-store-'));
  try {
    const durable = openStore(directory, 'batches-full', 'FULL');
    const fullBatches = await appendEvents(durable, EVENT_COUNT, BATCH_SIZE);
    console.log(
      `append (SQLite, batches of ${BATCH_SIZE}, UUIDv7 ids as the platform makes them): ${figure(EVENT_COUNT, fullBatches)} [synchronous=FULL, durable; target ≥ 50,000]`,
    );
    await benchReadAll(durable);
    await benchCatchUp(durable, EVENT_COUNT);
    await durable.close();

    const normal = openStore(directory, 'batches-normal', 'NORMAL');
    const normalBatches = await appendEvents(normal, EVENT_COUNT, BATCH_SIZE);
    await normal.close();
    console.log(
      `append (SQLite, batches of ${BATCH_SIZE}, synchronous=NORMAL, not durable, for comparison): ${figure(EVENT_COUNT, normalBatches)}`,
    );

    const random = openStore(directory, 'batches-random-ids', 'FULL');
    const randomBatches = await appendEvents(random, EVENT_COUNT, BATCH_SIZE, randomUUID);
    await random.close();
    console.log(
      `append (SQLite, batches of ${BATCH_SIZE}, random UUIDv4 ids, for comparison): ${figure(EVENT_COUNT, randomBatches)} [synchronous=FULL]`,
    );

    const singles: Record<SynchronousMode, bigint> = { FULL: 0n, NORMAL: 0n };
    for (const synchronous of ['FULL', 'NORMAL'] as const) {
      const store = openStore(directory, `singles-${synchronous}`, synchronous);
      singles[synchronous] = await appendEvents(store, SINGLE_APPENDS, 1);
      await store.close();
      console.log(`append (SQLite, single events, synchronous=${synchronous}): ${figure(SINGLE_APPENDS, singles[synchronous], 'appends')}`);
    }
    const cost = (full: bigint, normal: bigint): string => `${Math.round((Number(full) / Number(normal) - 1) * 100)}% more time`;
    console.log(
      `synchronous=FULL costs ${cost(fullBatches, normalBatches)} for batches of ${BATCH_SIZE}, ${cost(singles.FULL, singles.NORMAL)} for single events`,
    );
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
