import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedEvent } from './event-store.port.js';
import { SqliteEventStore } from './sqlite-event-store.js';
import { compiledEventStoreUrl } from './testing/compiled-adapter.js';
import { tempDirectory, type TempDirectory } from './testing/temp-directory.js';

const BATCH_SIZE = 50;
const STREAMS = 7;

/** A child that appends batches of BATCH_SIZE events through the adapter, acknowledging each on stdout. */
const appenderScript = (eventStoreUrl: string): string => `
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from ${JSON.stringify(eventStoreUrl)};

const store = new SqliteEventStore(process.argv[2]);
const revisions = new Map();
const metadata = { actor: null, occurredAt: '2020-09-16T02:00:00.000Z', occurredAtPrecision: 'INSTANT',
  recordedBy: 'crash-test', recordedAt: new Date().toISOString(), correlationId: randomUUID(), causationId: null };
for (let batch = 0; ; batch += 1) {
  const stream = 'crash-' + (batch % ${STREAMS});
  const events = Array.from({ length: ${BATCH_SIZE} }, (_, index) =>
    ({ id: randomUUID(), type: 'CrashTested', data: { batch, index, note: 'Báo cáo tiến độ '.repeat(20) }, metadata }));
  const result = await store.appendToStream(stream, events, revisions.get(stream) ?? 'no_stream');
  revisions.set(stream, result.nextExpectedRevision);
  process.stdout.write(batch + '\\n');
}
`;

/**
 * Runs the appender until it has acknowledged `batches` appends, then kills it with SIGKILL a
 * moment later (at a random point of whatever it is doing); resolves with the appends acknowledged.
 */
const appendThenKill = (script: string, file: string, batches: number): Promise<number> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let acknowledged = 0;
    let unfinishedLine = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (unfinishedLine + chunk.toString()).split('\n');
      unfinishedLine = lines.pop()!;
      if (lines.length === 0) return;
      const killing = acknowledged >= batches;
      acknowledged = Number(lines.at(-1)) + 1;
      if (!killing && acknowledged >= batches) setTimeout(() => child.kill('SIGKILL'), Math.random() * 10);
    });
    child.on('error', reject);
    // 'close', not 'exit': every acknowledgement written before the kill has been read by then.
    child.on('close', (code, signal) =>
      signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`appender exited with ${code}: ${errors}`)),
    );
  });

const readEverything = async (store: SqliteEventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let page = await store.readAll({ maxCount: 5000 }); page.length > 0;) {
    events.push(...page);
    const from = page.at(-1)!.position;
    page = await store.readAll({ from, maxCount: 5000 });
    if (page[0] && page[0].position <= from) throw new Error('readAll did not move past its position');
  }
  return events;
};

describe('SQLite event store killed while appending', () => {
  let directory: TempDirectory;
  beforeEach(() => (directory = tempDirectory('crash')));
  afterEach(() => directory.remove());

  it('reopens intact, holding every acknowledged batch whole and no partial one', async () => {
    const file = join(directory.path, 'events.sqlite');
    const script = join(directory.path, 'appender.mjs');
    writeFileSync(script, appenderScript(compiledEventStoreUrl()));

    const acknowledged = await appendThenKill(script, file, 120);

    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
    const store = new SqliteEventStore(file);
    try {
      const events = await readEverything(store);
      const batches = Math.round(events.length / BATCH_SIZE);
      expect(events.length % BATCH_SIZE).toBe(0);
      // Every append that returned survived; at most the one in flight committed without being acknowledged.
      expect(batches).toBeGreaterThanOrEqual(acknowledged);
      expect(batches).toBeLessThanOrEqual(acknowledged + 1);

      events.slice(1).forEach((event, index) => expect(event.position).toBeGreaterThan(events[index]!.position));
      for (let stream = 0; stream < STREAMS; stream += 1) {
        const recorded = await store.readStream(`crash-${stream}`);
        expect(recorded.length % BATCH_SIZE).toBe(0);
        expect(recorded.map((event) => event.revision)).toEqual(recorded.map((_, index) => index));
      }
      const batchOf = (event: RecordedEvent): number => (event.data as { batch: number }).batch;
      expect(events.map(batchOf)).toEqual(events.map((_, index) => Math.floor(index / BATCH_SIZE)));

      // The store carries on where the last whole batch left it.
      const last = await store.readStream('crash-0');
      await expect(store.appendToStream('crash-0', [], last.length - 1)).resolves.toMatchObject({ nextExpectedRevision: last.length - 1 });
    } finally {
      await store.close();
    }
  });
});
