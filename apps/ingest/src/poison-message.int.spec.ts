import { TokenService } from '@monitor/api';
import { CommandRunner, seedPlatform } from '@monitor/application';
import { SqliteEventStore } from '@monitor/event-store';
import {
  DEAD_LETTER_HEADERS,
  headerText,
  KafkaPipeline,
  WorkerIngestWriter,
  type IngestCommand,
  type IngestState,
  type IngestWriter,
} from '@monitor/messaging';
import { provincialWorkload, type WorkloadMessage } from '@monitor/messaging/testing';
import { seedCommands } from '@monitor/seeds';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  dropTopics,
  eventsAfter,
  groupCaughtUp,
  produce,
  readTopic,
  testBrokers,
  testKafka,
  waitFor,
  ingestWriterWorker,
} from './testing/kafka-harness.js';

const SECRET = 'integration-test-secret-of-at-least-32-characters';

/**
 * The real writer thread, made to fail every write that holds one given message: a defect that
 * throws on that message alone, in a place the writer cannot tell from a failure of the store.
 */
class PoisonedWriter implements IngestWriter {
  constructor(
    private readonly inner: IngestWriter,
    private readonly poisonId: string,
  ) {}
  open = () => this.inner.open();
  flush = () => this.inner.flush();
  close = () => this.inner.close();
  write(commands: readonly IngestCommand[]) {
    if (commands.some((c) => c.messageId === this.poisonId))
      return Promise.reject(new Error('ingest writer: the thread exited (code 134)'));
    return this.inner.write(commands);
  }
}

/** A copy of a valid PlanIssued message, with ids of its own and what `change` does to it. */
const planLike = (
  template: WorkloadMessage,
  change: (message: { messageId: string; payload: { planId: string; issuedOn: string } }) => void,
): WorkloadMessage => {
  const message = JSON.parse(template.value) as { messageId: string; payload: { planId: string; issuedOn: string } };
  message.messageId = randomUUID();
  message.payload.planId = `${message.payload.planId}-copy-${message.messageId.slice(0, 8)}`;
  change(message);
  return { ...template, value: JSON.stringify(message), messageId: message.messageId };
};

describe('a poison message on the Kafka ingest (real broker)', () => {
  const kafka = testKafka();
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'monitor-poison-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is dead-lettered with its reason; the messages before and after it on its partition are recorded, the consumer runs on, and a restart over the same topic does not crash', async () => {
    const runId = randomUUID().slice(0, 8);
    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    await seedPlatform(new CommandRunner(store), seedCommands());
    const seededHead = await store.headPosition();
    const service = new TokenService(SECRET);
    const tokens = { 'ha-nam': await service.issue('PROVINCE', 'ha-nam', 'province:ha-nam') };

    // One province: one key, one partition, in order.
    const valid = provincialWorkload({ tokens, runId, plansPerProvince: 3, tasksPerPlan: 4, reportsPerTask: 2 }).filter(
      (m) => m.key === 'ha-nam',
    );
    const template = valid.find((m) => m.value.includes('"PlanIssued"'))!;
    // Schema-valid, but a year the domain's dates were not written for: a RangeError, or (once the
    // domain checks such years) INVALID_INPUT. Either way it must not stop the partition.
    const year50 = planLike(template, (m) => (m.payload.issuedOn = '0050-01'));
    // Valid, but its write fails whenever it is in the chunk: found by writing the chunk one by one.
    const killer = planLike(template, () => undefined);
    const half = Math.floor(valid.length / 2);
    const workload = [...valid.slice(0, half), year50, ...valid.slice(half, half + 7), killer, ...valid.slice(half + 7)];

    const states: IngestState[] = [];
    const fatal: Error[] = [];
    const start = (groupId: string) => {
      const writer = new PoisonedWriter(
        new WorkerIngestWriter({ file: join(dataDir, 'events.sqlite'), synchronous: 'NORMAL' }, ingestWriterWorker()),
        killer.messageId!,
      );
      return new KafkaPipeline(
        // Chunks of 20: the poison messages sit mid-chunk, with chunks written and fetched behind them.
        {
          brokers: testBrokers(),
          clientId: 'poison-test',
          topicPrefix: `poison-${runId}`,
          groupId,
          partitions: 3,
          messagesPerCommit: 20,
          ingest: true,
          relay: false,
        },
        {
          ingestWriter: writer,
          relayStore: store,
          verifier: service,
          relayCheckpointFile: join(dataDir, 'relay.json'),
          onFatal: (e) => fatal.push(e),
          onIngestState: (s) => states.push(s),
        },
      );
    };

    let pipeline = start(`poison-${runId}`);
    try {
      await pipeline.start();
      await produce(kafka, pipeline.topics.commands, workload);
      await waitFor('every message committed', () => groupCaughtUp(kafka, `poison-${runId}`, pipeline.topics.commands), 60_000, 250);

      const recorded = new Set((await eventsAfter(store, seededHead)).map((e) => e.metadata().correlationId));
      expect(valid.filter((m) => !recorded.has(m.messageId!)).map((m) => m.messageId)).toEqual([]);
      expect(recorded.has(year50.messageId!)).toBe(false);
      expect(recorded.has(killer.messageId!)).toBe(false);

      const letters = await readTopic(kafka, pipeline.topics.deadLetter);
      const why = (letter: (typeof letters)[number]) => [
        headerText(letter.headers, DEAD_LETTER_HEADERS.messageId),
        headerText(letter.headers, DEAD_LETTER_HEADERS.reason),
        headerText(letter.headers, DEAD_LETTER_HEADERS.problem),
      ];
      const [year50Letter, killerLetter, ...others] = letters.map(why);
      expect(others).toEqual([]);
      expect(year50Letter).toEqual([year50.messageId, expect.stringMatching(/^(UNEXPECTED_ERROR|INVALID_INPUT)$/), expect.any(String)]);
      if (year50Letter![1] === 'UNEXPECTED_ERROR') expect(year50Letter![2]).toBe('RangeError: Invalid time value');
      expect(killerLetter).toEqual([killer.messageId, 'UNEXPECTED_ERROR', 'Error: ingest writer: the thread exited (code 134)']);

      expect(pipeline.ingest!.state.status).toBe('running');
      expect(pipeline.ingest!.counts).toEqual({ recorded: valid.length, deadLettered: 2, redelivered: 0 });
      await pipeline.stop();

      // Started again, in a new group: it reads the whole topic again, poison included.
      pipeline = start(`poison-${runId}-again`);
      await pipeline.start();
      await waitFor(
        'every message committed again',
        () => groupCaughtUp(kafka, `poison-${runId}-again`, pipeline.topics.commands),
        60_000,
        250,
      );
      expect(pipeline.ingest!.state.status).toBe('running');
      expect(pipeline.ingest!.counts).toEqual({ recorded: 0, deadLettered: 2, redelivered: valid.length });
      expect(fatal).toEqual([]);
      expect(states.map((s) => s.status).filter((s) => s === 'restarting')).toEqual([]);
    } finally {
      await pipeline.stop();
      await store.close();
      await dropTopics(kafka, pipeline.topics);
    }
  });
});
