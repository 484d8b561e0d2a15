// `npm run bench:postgres`: the PostgreSQL event store beside the embedded SQLite one, the same work
// on both in one run: appends (batched, single), `$all` catch-up, the Kafka ingest end to end,
// rebuild, and compareProvinces over HTTP with one API replica and with two. Starts PostgreSQL
// (infra/postgres) and a Kafka broker (infra/kafka) if none runs; prints figures only.
import { TokenService } from '@monitor/api';
import { InMemorySnapshotStore, monitoringProjection, rebuildProjection } from '@monitor/application';
import { SqliteEventStore, START, type EventStore } from '@monitor/event-store';
import { PostgresEventStore } from '@monitor/event-store-postgres';
import { createKafka, deleteTopics, ensureTopics, StoreIngestWriter, topicsNamed, WorkerIngestWriter } from '@monitor/messaging';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { fmt } from './figures.js';
import { printMachineCheck } from './machine-check.js';
import { ingestInto, publishWorkload } from './postgres-ingest.bench.js';
import { compareProvincesThroughput, startReplicas, type Replica } from './replicas.bench.js';
import { appendFigures } from './store-appends.bench.js';

process.env['KAFKAJS_NO_PARTITIONER_WARNING'] = '1';
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const BROKER = process.env['KAFKA_BENCH_BROKER'] ?? '127.0.0.1:9092';
/** Plans per province in the ingest workload (20 tasks each, ~6 messages a task, 3 provinces). */
const PLANS = Number(process.env['BENCH_POSTGRES_PLANS'] ?? 60);

const listening = (address: string) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = address.split(':');
    const socket = connect({ host, port: Number(port) }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

const perSecond = (count: number, ms: number, what: string): string => `${fmt(Math.round((count / ms) * 1000))} ${what}/s`;
const row = (what: string, sqlite: string, postgres: string): void => console.log(`  ${what.padEnd(44)}${sqlite.padEnd(26)}${postgres}`);

/** The whole store read from the start through a subscription, as a replica catching up does. */
const catchUp = async (store: EventStore): Promise<{ events: number; ms: number }> => {
  const head = await store.headPosition();
  const stop = new AbortController();
  const started = performance.now();
  let events = 0;
  for await (const event of store.subscribeToAll({ from: START, signal: stop.signal })) {
    events += 1;
    if (event.position >= head) break;
  }
  stop.abort();
  return { events, ms: performance.now() - started };
};

const main = async (): Promise<void> => {
  const script = (name: string, command: string) =>
    execFileSync('bash', [join(repoRoot, `infra/${name}/${name}.sh`), command], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  const postgresUrl = script('postgres', 'start');
  const startedBroker = !(await listening(BROKER));
  if (startedBroker) script('kafka', 'start');
  const schemas = { appends: `bench_appends_${randomUUID().slice(0, 8)}`, ingest: `bench_ingest_${randomUUID().slice(0, 8)}` };
  const dir = mkdtempSync(join(tmpdir(), 'bench-postgres-'));
  const kafka = createKafka([BROKER], 'bench-postgres');
  const run = randomUUID().slice(0, 8);
  const topics = { sqlite: topicsNamed(`bench-sqlite-${run}`), postgres: topicsNamed(`bench-postgres-${run}`) };
  const admin = kafka.admin();
  await admin.connect();
  const replicas: Replica[] = [];
  try {
    printMachineCheck('before');
    console.log(`\nPostgreSQL beside SQLite (PostgreSQL ${postgresUrl}, loopback; SQLite in ${tmpdir()})`);
    row('', 'SQLite', 'PostgreSQL');
    const sqliteAppends = new SqliteEventStore(join(dir, 'appends.sqlite'));
    const postgresAppends = new PostgresEventStore({ connectionString: postgresUrl, schema: schemas.appends });
    const appended = [await appendFigures(sqliteAppends), await appendFigures(postgresAppends)] as const;
    row(
      `append, batches of 100 (${fmt(appended[0].batched.events)} events)`,
      ...(appended.map((a) => `${perSecond(a.batched.events, a.batched.ms, 'events')}`) as [string, string]),
    );
    row(
      `append, one event each (${fmt(appended[0].single.events)})`,
      ...(appended.map((a) => `${((a.single.ms * 1000) / a.single.events).toFixed(0)} µs each`) as [string, string]),
    );
    const caught = [await catchUp(sqliteAppends), await catchUp(postgresAppends)] as const;
    row(
      `$all catch-up (subscription, ${fmt(caught[0].events)} events)`,
      ...(caught.map((c) => `${perSecond(c.events, c.ms, 'events')}`) as [string, string]),
    );
    await Promise.all([sqliteAppends.close(), postgresAppends.close()]);

    const secret = randomUUID() + randomUUID();
    const tokens = new TokenService(secret);
    const sqliteFile = join(dir, 'sqlite', 'events.sqlite');
    execFileSync('mkdir', ['-p', join(dir, 'sqlite'), join(dir, 'postgres')]);
    const stores = {
      sqlite: new SqliteEventStore(sqliteFile, { synchronous: 'NORMAL' }),
      postgres: new PostgresEventStore({ connectionString: postgresUrl, schema: schemas.ingest }),
    };
    for (const t of Object.values(topics)) await ensureTopics(admin, t, 3);
    const messages = await publishWorkload(kafka, topics.sqlite.commands, PLANS, tokens);
    await publishWorkload(kafka, topics.postgres.commands, PLANS, tokens);
    const ingested = [
      await ingestInto(
        kafka,
        topics.sqlite,
        messages,
        stores.sqlite,
        new WorkerIngestWriter({ file: sqliteFile, synchronous: 'NORMAL' }),
        join(dir, 'sqlite'),
        tokens,
      ),
      await ingestInto(
        kafka,
        topics.postgres,
        messages,
        stores.postgres,
        new StoreIngestWriter(new PostgresEventStore({ connectionString: postgresUrl, schema: schemas.ingest })),
        join(dir, 'postgres'),
        tokens,
      ),
    ] as const;
    row(
      `Kafka ingest end to end (${fmt(messages)} messages)`,
      ...(ingested.map((i) => `${perSecond(i.events, i.ms, 'events')}`) as [string, string]),
    );

    const rebuilt = [];
    for (const store of [stores.sqlite, stores.postgres]) {
      const started = performance.now();
      const report = await rebuildProjection(store, monitoringProjection, new InMemorySnapshotStore());
      rebuilt.push({ events: report.events, ms: performance.now() - started });
    }
    row(
      `rebuild of the read models (${fmt(rebuilt[0]!.events)} events)`,
      ...(rebuilt.map((r) => `${perSecond(r.events, r.ms, 'events')}`) as [string, string]),
    );
    await Promise.all([stores.sqlite.close(), stores.postgres.close()]);

    // compareProvinces: the embedded process on the SQLite file; one, then two replicas on PostgreSQL.
    const analyst = await tokens.issue('ANALYST', null, 'analyst:bench');
    const common = { MONITOR_JWT_SECRET: secret, MONITOR_SEED: 'false', MONITOR_SNAPSHOT_IDLE_MS: '0', KAFKA_BROKERS: '' };
    replicas.push(...(await startReplicas(repoRoot, [{ ...common, MONITOR_DATA_DIR: join(dir, 'sqlite') }])));
    const embedded = await compareProvincesThroughput([replicas[0]!.url], analyst);
    await replicas.pop()!.stop();
    const onPostgres = {
      ...common,
      MONITOR_EVENT_STORE: 'postgres',
      MONITOR_POSTGRES_URL: postgresUrl,
      MONITOR_POSTGRES_SCHEMA: schemas.ingest,
      MONITOR_AUDIT_KEY: secret,
    };
    replicas.push(
      ...(await startReplicas(
        repoRoot,
        [1, 2].map((n) => ({ ...onPostgres, MONITOR_DATA_DIR: join(dir, `replica-${n}`) })),
      )),
    );
    const one = await compareProvincesThroughput([replicas[0]!.url], analyst);
    const two = await compareProvincesThroughput(
      replicas.map((r) => r.url),
      analyst,
    );
    const show = (t: typeof one) => `${fmt(Math.round(t.perSecond))} req/s, p99 ${t.p99Ms.toFixed(1)} ms`;
    row(`compareProvinces, ${one.clients} clients, one process`, show(embedded), show(one));
    row(`compareProvinces, ${two.clients} clients, two replicas`, '(one writer: no replica)', show(two));
    console.log(
      `  (${fmt(ingested[1].events)} events in the read models; both replicas on this machine's ${(await import('node:os')).availableParallelism()} cores)\n`,
    );
    printMachineCheck('after');
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
    for (const t of Object.values(topics)) await deleteTopics(admin, t).catch(() => undefined);
    await admin.disconnect();
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    for (const schema of Object.values(schemas)) await client.query(`DROP SCHEMA IF EXISTS ${pg.escapeIdentifier(schema)} CASCADE`);
    await client.end();
    rmSync(dir, { recursive: true, force: true });
    if (startedBroker) script('kafka', 'stop');
  }
};

await main();
