import { TokenService } from '@monitor/api';
import { CommandRunner, seedPlatform } from '@monitor/application';
import { SqliteEventStore, type Position, type RecordedEvent } from '@monitor/event-store';
import { buildProject } from '@monitor/event-store/testing';
import { KafkaPipeline, WorkerIngestWriter, topicsNamed, type IngestCommand, type IngestWriter } from '@monitor/messaging';
import { provincialWorkload, WORKLOAD_PROVINCES, type WorkloadMessage } from '@monitor/messaging/testing';
import { seedCommands } from '@monitor/seeds';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectEachInvalidDeadLettered, expectEachValidRecordedOnce, expectOutboundComplete } from './testing/expectations.js';
import {
  dropTopics,
  eventsAfter,
  produce,
  readTopic,
  testBrokers,
  testKafka,
  topicSize,
  groupCaughtUp,
  waitFor,
  ingestWriterWorker,
} from './testing/kafka-harness.js';

const SECRET = 'integration-test-secret-of-at-least-32-characters';
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** A data directory with the seed documents recorded, and a PROVINCE token for each province. */
const preparePlatform = async (dataDir: string) => {
  const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
  await seedPlatform(new CommandRunner(store), seedCommands());
  const seededHead = await store.headPosition();
  const service = new TokenService(SECRET);
  const tokens: Record<string, string> = {};
  for (const province of WORKLOAD_PROVINCES) tokens[province] = await service.issue('PROVINCE', province, `province:${province}`);
  return { store, seededHead, tokens, service };
};

/** 10,781 messages: 8,625 valid (348 of them corrections), one invalid after every fourth (duplicate, malformed, forged, unsigned, another province's task). */
const mixedWorkload = (runId: string, tokens: Record<string, string>): WorkloadMessage[] =>
  provincialWorkload({ tokens, runId, plansPerProvince: 25, tasksPerPlan: 19, reportsPerTask: 3, invalidEvery: 4 });

const validCount = (workload: readonly WorkloadMessage[]) => workload.filter((m) => m.expect === 'RECORD').length;

/**
 * The real writer, made to fail the calls it is told to (counted from 1): a store briefly
 * unavailable. A failed write keeps nothing, as the real one; a failed flush comes after its write.
 */
class FailingWriter implements IngestWriter {
  private writes = 0;
  private flushes = 0;
  readonly failed: string[] = [];

  constructor(
    private readonly inner: IngestWriter,
    private readonly failWrites: readonly number[],
    private readonly failFlushes: readonly number[],
  ) {}

  open() {
    return this.inner.open();
  }

  write(commands: readonly IngestCommand[]) {
    const call = ++this.writes;
    return this.failWrites.includes(call) ? this.fail(`write ${call}`) : this.inner.write(commands);
  }

  flush() {
    const call = ++this.flushes;
    return this.failFlushes.includes(call) ? this.fail(`flush ${call}`) : this.inner.flush();
  }

  close() {
    return this.inner.close();
  }

  private fail(what: string): Promise<never> {
    this.failed.push(what);
    return Promise.reject(new Error(`the store is unavailable (${what})`));
  }
}

/** Each stream's events came from the workload's messages in the order they were published. */
const expectStreamsInPublishedOrder = (workload: readonly WorkloadMessage[], recorded: readonly RecordedEvent[]) => {
  const seqOf = new Map(workload.map((m, seq) => [m.messageId, seq]));
  const lastSeq = new Map<string, number>();
  const outOfOrder: string[] = [];
  for (const event of recorded) {
    const seq = seqOf.get(event.metadata().correlationId)!;
    if (seq < (lastSeq.get(event.stream) ?? -1)) outOfOrder.push(`${event.stream}: message #${seq} after #${lastSeq.get(event.stream)}`);
    lastSeq.set(event.stream, seq);
  }
  expect(outOfOrder.slice(0, 5)).toEqual([]);
};

describe('Kafka ingest and relay against a real broker', () => {
  const kafka = testKafka();
  let dataDir: string;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'monitor-ingest-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('records exactly the valid ones of 10,000 mixed messages once, dead-letters every other with its reason, and relays every event once in stream order', async () => {
    const runId = randomUUID().slice(0, 8);
    const { store, seededHead, tokens, service } = await preparePlatform(dataDir);
    const ingestWriter = new WorkerIngestWriter({ file: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' }, ingestWriterWorker());
    const pipeline = new KafkaPipeline(
      {
        brokers: testBrokers(),
        clientId: 'ingest-test',
        topicPrefix: `test-${runId}`,
        groupId: `ingest-${runId}`,
        partitions: 3,
        ingest: true,
        relay: true,
      },
      { ingestWriter, relayStore: store, verifier: service, relayCheckpointFile: join(dataDir, 'relay.json') },
    );
    const workload = mixedWorkload(runId, tokens);
    expect(workload.length).toBeGreaterThanOrEqual(10_000);
    try {
      await pipeline.start();
      await produce(kafka, pipeline.topics.commands, workload);
      const counts = pipeline.ingest!.counts;
      await waitFor('every message handled', () => counts.recorded + counts.deadLettered === workload.length);
      expect(counts).toEqual({ recorded: validCount(workload), deadLettered: workload.length - validCount(workload), redelivered: 0 });

      expectEachValidRecordedOnce(workload, await eventsAfter(store, seededHead));
      expectEachInvalidDeadLettered(workload, await readTopic(kafka, pipeline.topics.deadLetter), true);

      const head = await store.headPosition();
      await waitFor('the relay to reach the head', () => pipeline.relay!.checkpoint === head);
      expectOutboundComplete(await eventsAfter(store, 0n), await readTopic(kafka, pipeline.topics.events), true);
    } finally {
      await pipeline.stop();
      await store.close();
      await dropTopics(kafka, pipeline.topics);
    }
  });

  it('takes a chunk again when the store fails to write or flush it: nothing lost, nothing twice, each stream in published order', async () => {
    const runId = randomUUID().slice(0, 8);
    const { store, seededHead, tokens, service } = await preparePlatform(dataDir);
    // Small chunks, so that the failures fall mid-stream with chunks fetched and written behind them.
    const writer = new FailingWriter(
      new WorkerIngestWriter({ file: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' }, ingestWriterWorker()),
      [3, 8, 9],
      [5, 12],
    );
    const errors: string[] = [];
    const pipeline = new KafkaPipeline(
      {
        brokers: testBrokers(),
        clientId: 'ingest-test',
        topicPrefix: `test-${runId}`,
        groupId: `ingest-${runId}`,
        partitions: 3,
        messagesPerCommit: 400,
        ingest: true,
        relay: false,
      },
      {
        ingestWriter: writer,
        relayStore: store,
        verifier: service,
        relayCheckpointFile: join(dataDir, 'relay.json'),
        onError: (error) => errors.push(String(error)),
      },
    );
    const workload = mixedWorkload(runId, tokens);
    try {
      await pipeline.start();
      await produce(kafka, pipeline.topics.commands, workload);
      const counts = pipeline.ingest!.counts;
      // The broker may show the last commit before the ingest has counted that chunk: both are awaited.
      await waitFor('every message committed', () => groupCaughtUp(kafka, `ingest-${runId}`, pipeline.topics.commands), 120_000, 250);
      await waitFor('every valid message counted', () => counts.recorded + counts.redelivered >= validCount(workload), 10_000);

      // Writes and flushes interleave as the partitions go: which came first varies.
      expect([...writer.failed].sort()).toEqual(['flush 12', 'flush 5', 'write 3', 'write 8', 'write 9']);
      expect(errors).toHaveLength(5);
      // A failed flush came after its chunk (and maybe the next) was written: taken again, their
      // messages were found recorded (counted as redelivered), and nothing was recorded twice.
      expect(counts.redelivered).toBeGreaterThan(0);
      const recorded = await eventsAfter(store, seededHead);
      expectEachValidRecordedOnce(workload, recorded);
      expectStreamsInPublishedOrder(workload, recorded);
      expectEachInvalidDeadLettered(workload, await readTopic(kafka, pipeline.topics.deadLetter), false);
    } finally {
      await pipeline.stop();
      await store.close();
      await dropTopics(kafka, pipeline.topics);
    }
  });

  describe('the ingest process killed mid-stream (SIGKILL) and restarted', () => {
    const main = join(repoRoot, 'apps/ingest/dist/main.js');
    beforeAll(() => {
      // The child runs the compiled app: bring it up to date (incremental: quick when npm test has built it).
      buildProject(join(repoRoot, 'apps/ingest'));
      expect(existsSync(main)).toBe(true);
    });

    const startIngest = (env: Record<string, string>): ChildProcess => {
      const child = spawn(process.execPath, [main], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let errors = '';
      child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      child.on('exit', (code, signal) => {
        if (code !== 0 && signal !== 'SIGKILL') console.error(`ingest exited with ${code ?? signal}: ${errors}`);
      });
      return child;
    };
    const exited = (child: ChildProcess) =>
      new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));

    it('loses nothing and records nothing twice; dead letters and outbound events are complete', async () => {
      const runId = randomUUID().slice(0, 8);
      const { store, seededHead, tokens } = await preparePlatform(dataDir);
      const topics = topicsNamed(`test-${runId}`);
      const env = {
        KAFKA_BROKERS: testBrokers().join(','),
        MONITOR_DATA_DIR: dataDir,
        MONITOR_JWT_SECRET: SECRET,
        MONITOR_KAFKA_TOPIC_PREFIX: `test-${runId}`,
        MONITOR_KAFKA_GROUP: `ingest-${runId}`,
        KAFKAJS_NO_PARTITIONER_WARNING: '1',
        // The killed process never leaves the group: the restarted one gets its partitions after this.
        MONITOR_KAFKA_SESSION_TIMEOUT_MS: '6000',
      };
      const workload = mixedWorkload(runId, tokens);
      const valid = validCount(workload);
      const recordedSoFar = async () => (await eventsAfter(store, seededHead)).length;
      let child = startIngest(env);
      try {
        // The child creates the topics; produce once they exist.
        const admin = kafka.admin();
        await admin.connect();
        await waitFor('the topics', async () => (await admin.listTopics()).includes(topics.commands), 30_000, 200);
        await admin.disconnect();
        await produce(kafka, topics.commands, workload);

        await waitFor('a first part recorded', async () => (await store.headPosition()) > seededHead + 1500n, 60_000, 10);
        child.kill('SIGKILL');
        await exited(child);
        const atKill = await recordedSoFar();
        expect(atKill).toBeLessThan(valid);

        child = startIngest(env);
        await waitFor('every valid message recorded', async () => (await recordedSoFar()) >= valid, 120_000, 250);
        await waitFor('every message committed', () => groupCaughtUp(kafka, env.MONITOR_KAFKA_GROUP, topics.commands), 60_000, 250);
        const head: Position = await store.headPosition();
        await waitFor(
          'the relay',
          async () => (await topicSize(kafka, topics.events)) >= (await eventsAfter(store, 0n)).length,
          60_000,
          250,
        );
        child.kill('SIGTERM');
        await exited(child);

        expectEachValidRecordedOnce(workload, await eventsAfter(store, seededHead));
        expect(await store.headPosition()).toBe(head);
        expectEachInvalidDeadLettered(workload, await readTopic(kafka, topics.deadLetter), false);
        expectOutboundComplete(await eventsAfter(store, 0n), await readTopic(kafka, topics.events), false);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        await exited(child);
        await store.close();
        await dropTopics(kafka, topics);
      }
    });
  });
});
