// `npm run bench:kafka`: end-to-end Kafka ingest (produced → validated → authenticated → stored →
// read model updated) beside a bare kafkajs consume loop over the same topic, in the same run.
// Starts the project's broker (infra/kafka) if none listens on KAFKA_BENCH_BROKER; prints figures only.
import { TokenService } from '@monitor/api';
import { CheckpointedProjector, CommandRunner, FileSnapshotStore, monitoringProjection, seedPlatform } from '@monitor/application';
import { SqliteEventStore } from '@monitor/event-store';
import {
  CachingTokenVerifier,
  createKafka,
  deleteTopics,
  ensureTopics,
  ProvincialIngest,
  WorkerIngestWriter,
  topicsNamed,
} from '@monitor/messaging';
import { provincialWorkload, WORKLOAD_PROVINCES, type WorkloadMessage } from '@monitor/messaging/testing';
import { seedCommands } from '@monitor/seeds';
import type { Kafka } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fmt } from './figures.js';
import { printMachineCheck } from './machine-check.js';

process.env.KAFKAJS_NO_PARTITIONER_WARNING = '1';
const BROKER = process.env.KAFKA_BENCH_BROKER ?? '127.0.0.1:9092';
/** Plans per province, 20 tasks each: ~6 messages per task, 3 provinces (300: 108,900 messages, about 5 s). */
const PLANS = Number(process.env.BENCH_KAFKA_PLANS ?? 300);
const PARTITIONS = 3;
/** Messages per store commit (the platform's MONITOR_KAFKA_MESSAGES_PER_COMMIT); unset: the ingest's default. */
const PER_COMMIT = process.env.BENCH_KAFKA_PER_COMMIT ? Number(process.env.BENCH_KAFKA_PER_COMMIT) : undefined;
/**
 * Events committed before the sustained rate is timed: the first chunks run in code the JIT has not
 * optimised yet (both threads start cold), and the first one settles some 0.7 s after its batch came.
 */
const WARM_UP = 10_000;
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

const listening = (address: string) =>
  new Promise<boolean>((resolve) => {
    const [host, port] = address.split(':');
    const socket = connect({ host, port: Number(port) }, () => (socket.destroy(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);

const produce = async (kafka: Kafka, topic: string, messages: readonly WorkloadMessage[]) => {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: Number.MAX_SAFE_INTEGER } });
  await producer.connect();
  for (let i = 0; i < messages.length; i += 1000) {
    await producer.send({
      topic,
      acks: -1,
      messages: messages.slice(i, i + 1000).map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
    });
  }
  await producer.disconnect();
};

/**
 * Publishes the workload as the provinces' systems would. Only its size outlives this call: the
 * ingest after it runs in this process, whose heap should not carry 100,000 messages it never sees.
 */
const publishWorkload = async (kafka: Kafka, topic: string, runId: string, tokenService: TokenService) => {
  const tokens: Record<string, string> = {};
  for (const p of WORKLOAD_PROVINCES) tokens[p] = await tokenService.issue('PROVINCE', p, `province:${p}`);
  const workload = provincialWorkload({ tokens, runId, plansPerProvince: PLANS, tasksPerPlan: 20, reportsPerTask: 3 });
  const started = performance.now();
  await produce(kafka, topic, workload);
  return { count: workload.length, ms: performance.now() - started };
};

/** The bare loop: a consumer group reading every message of the topic and doing nothing with it. */
const bareConsume = async (kafka: Kafka, topic: string, count: number): Promise<number> => {
  const consumer = kafka.consumer({ groupId: `bench-bare-${randomUUID()}`, maxBytesPerPartition: 4 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  let seen = 0;
  let first = 0;
  const ms = await new Promise<number>((resolve) => {
    void consumer.run({
      eachBatch: async ({ batch }) => {
        if (first === 0) first = performance.now();
        seen += batch.messages.length;
        if (seen >= count) resolve(performance.now() - first);
      },
    });
  });
  await consumer.disconnect();
  return ms;
};

/**
 * The client the ingest is given: the same, but its consumer notes when kafkajs hands over the first
 * batch, before anything of it is parsed. The ingest's clock starts there.
 */
const noteFirstBatch = (kafka: Kafka, firstBatch: { at: number }): Kafka =>
  Object.create(kafka, {
    consumer: {
      value: (config: Parameters<Kafka['consumer']>[0]) => {
        const consumer = kafka.consumer(config);
        consumer.on(consumer.events.START_BATCH_PROCESS, () => {
          firstBatch.at ||= performance.now();
        });
        return consumer;
      },
    },
  }) as Kafka;

/** The full path, timed from the first batch received to the read model holding the last event. */
const fullIngest = async (kafka: Kafka, topics: ReturnType<typeof topicsNamed>, total: number, dataDir: string, secret: string) => {
  const file = join(dataDir, 'events.sqlite');
  const store = new SqliteEventStore(file, { synchronous: 'NORMAL' });
  await seedPlatform(new CommandRunner(store), seedCommands());
  // As the platform wires it (openIngestWriter): recorded in a thread of its own, on a connection of its own.
  const writer = new WorkerIngestWriter({ file, synchronous: 'NORMAL' });
  const projector = new CheckpointedProjector(store, monitoringProjection, new FileSnapshotStore(join(dataDir, 'read-models')));
  await projector.start();
  await projector.catchUp();
  const firstBatch = { at: 0 };
  const ingest = new ProvincialIngest({
    kafka: noteFirstBatch(kafka, firstBatch),
    topics,
    groupId: `bench-ingest-${randomUUID()}`,
    writer,
    partitionsConsumedConcurrently: Number(process.env.BENCH_KAFKA_CONCURRENCY ?? 3),
    messagesPerCommit: PER_COMMIT,
    verifier: new CachingTokenVerifier(new TokenService(secret)),
  });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // How long anything else in this process (GraphQL, in the embedded shape) waits meanwhile.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const seedHead = await store.headPosition();
  const committedSinceSeed = async () => Number((await store.headPosition()) - seedHead);
  await ingest.start();
  // The sustained window opens on events committed, not on messages settled: chunks written and
  // still being made durable would otherwise be counted in the window without their writing time
  // (the more the ingest keeps in flight, the more), and the rate would flatter.
  let warm: { at: number; committed: number } | undefined;
  for (;;) {
    if (!warm) {
      const committed = await committedSinceSeed();
      if (committed >= WARM_UP) warm = { at: performance.now(), committed };
    }
    if (ingest.counts.recorded + ingest.counts.deadLettered >= total) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  await projector.catchUp();
  const done = performance.now();
  const events = await committedSinceSeed();
  const cpu = process.cpuUsage(cpuBefore);
  loopDelay.disable();
  const counts = { ...ingest.counts };
  await ingest.stop();
  await writer.close();
  await projector.stop();
  await store.close();
  const waits = { p99Ms: loopDelay.percentile(99) / 1e6, maxMs: loopDelay.max / 1e6 };
  const sustained = warm && { ms: done - warm.at, events: events - warm.committed };
  return {
    ms: done - (firstBatch.at || started),
    sustained,
    counts,
    events,
    totalMs: done - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    waits,
  };
};

const main = async () => {
  let startedBroker = false;
  if (!(await listening(BROKER))) {
    execFileSync('bash', [join(repoRoot, 'infra/kafka/kafka.sh'), 'start'], { stdio: ['ignore', 'ignore', 'inherit'] });
    startedBroker = true;
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-kafka-'));
  const kafka = createKafka([BROKER], 'bench');
  const runId = randomUUID().slice(0, 8);
  const topics = topicsNamed(`bench-${runId}`);
  const admin = kafka.admin();
  try {
    await admin.connect();
    await ensureTopics(admin, topics, PARTITIONS);

    printMachineCheck('before');
    const secret = randomUUID() + randomUUID();
    const published = await publishWorkload(kafka, topics.commands, runId, new TokenService(secret));
    const bareMs = await bareConsume(kafka, topics.commands, published.count);
    const full = await fullIngest(kafka, topics, published.count, dataDir, secret);

    const bare = perSecond(published.count, bareMs);
    const ingest = perSecond(full.counts.recorded, full.ms);
    console.log(`\nKafka ingest benchmark (broker ${BROKER}, ${PARTITIONS} partitions)`);
    console.log(
      `  messages                       ${fmt(published.count)} valid provincial messages (plans, tasks, assignments, progress with target values, corrections, deadlines, completions)`,
    );
    console.log(`  produce (kafkajs, acks=all)    ${fmt(perSecond(published.count, published.ms))} messages/s`);
    console.log(`  bare kafkajs consume loop      ${fmt(bare)} messages/s  (${(bareMs / 1000).toFixed(2)} s)`);
    console.log(
      `  end-to-end ingest              ${fmt(ingest)} events/s  (${(full.ms / 1000).toFixed(2)} s from the first batch: validate, authenticate, decide, append, flush, commit, read model)`,
    );
    if (full.sustained) {
      const { events, ms } = full.sustained;
      console.log(
        `  ${`sustained, after ${fmt(WARM_UP)}`.padEnd(31)}${fmt(perSecond(events, ms))} events/s  (the last ${fmt(events)} events committed, settled and in the read model in ${(ms / 1000).toFixed(2)} s; before them, the JIT's warm-up)   target ≥ 20,000`,
      );
    }
    console.log(`  ratio ingest / bare            ${(ingest / bare).toFixed(2)}`);
    // The wall-clock figures move with the other processes' load; CPU time per message much less.
    const cpuPerMessage = (full.cpuMs * 1000) / full.counts.recorded;
    console.log(
      `  ingest CPU time                ${cpuPerMessage.toFixed(0)} µs per message (all threads of the process: GC, libuv; incl. the group join and the writer thread's start)`,
    );
    console.log(
      `  event loop held (p99 / max)    ${full.waits.p99Ms.toFixed(0)} / ${full.waits.maxMs.toFixed(0)} ms: what a GraphQL request in the same process may wait (MONITOR_KAFKA_MESSAGES_PER_COMMIT)`,
    );
    console.log(
      `  recorded ${fmt(full.counts.recorded)} messages as ${fmt(full.events)} events, dead-lettered ${fmt(full.counts.deadLettered)}; ${(full.totalMs / 1000).toFixed(2)} s including the consumer group join\n`,
    );
    printMachineCheck('after');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    await deleteTopics(admin, topics).catch((error) => console.error(`the benchmark's topics are left on the broker: ${error}`));
    await admin.disconnect();
    if (startedBroker) execFileSync('bash', [join(repoRoot, 'infra/kafka/kafka.sh'), 'stop'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
};

await main();
