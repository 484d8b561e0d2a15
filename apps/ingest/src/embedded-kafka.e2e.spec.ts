import 'reflect-metadata';
import { loadConfig, MonitorModule, TokenService } from '@monitor/api';
import { ensureTopics, topicsNamed } from '@monitor/messaging';
import { PartitionAssigners } from 'kafkajs';
import { readExample } from './testing/examples.js';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropTopics, produce, readTopic, testBrokers, testKafka, topicSize, waitFor } from './testing/kafka-harness.js';

/** The embedded platform with KAFKA_BROKERS set: its own process ingests, records, serves and relays. */
describe('the embedded platform with Kafka switched on', () => {
  const kafka = testKafka();
  let app: INestApplication;
  let dataDir: string;
  const prefix = `e2e-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'monitor-kafka-e2e-'));
    const config = loadConfig({
      PORT: '0',
      MONITOR_DATA_DIR: dataDir,
      MONITOR_SNAPSHOT_IDLE_MS: '0',
      KAFKA_BROKERS: testBrokers().join(','),
      MONITOR_KAFKA_TOPIC_PREFIX: prefix,
      MONITOR_KAFKA_GROUP: `${prefix}-ingest`,
    });
    app = await NestFactory.create(MonitorModule.forRoot(config), { logger: ['error', 'warn'] });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    await dropTopics(kafka, topicsNamed(prefix));
  });

  const gql = async (query: string, token: string) => {
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as {
      data?: {
        task: { title: string; status: string; progress: { corrections: unknown[] }[]; targetAttainment: unknown[] } | null;
        plan?: { targetAttainment: { value: number | null }[] };
      };
      errors?: unknown[];
    };
  };

  it('records what Hà Nam publishes, serves it over GraphQL, dead-letters what another province sends for it, and relays the events', async () => {
    const tokens = app.get(TokenService);
    const haNam = await tokens.issue('PROVINCE', 'ha-nam', 'province:ha-nam');
    const bacGiang = await tokens.issue('PROVINCE', 'bac-giang', 'province:bac-giang');
    const messages = ['plan-issued', 'task-defined', 'task-assigned', 'progress-reported', 'progress-report-corrected'].map((name) => ({
      key: 'ha-nam',
      value: readExample(name),
      headers: { authorization: `Bearer ${haNam}` },
      expect: 'RECORD' as const,
      messageId: null,
    }));
    const forged = {
      ...messages[3]!,
      value: readExample('task-completed'),
      headers: { authorization: `Bearer ${bacGiang}` },
      expect: 'FORBIDDEN' as const,
    };
    await produce(kafka, `${prefix}.provincial-commands.v1`, [...messages, forged]);

    const analyst = await tokens.issue('ANALYST', null, 'analyst:e2e');
    const query = `{ task(id: "ha-nam.kh-125-2024.nv-1") { title status progress { percentComplete values { targetId value } corrections { previousPercentComplete reason } }
                     targetAttainment(asOf: "2024-07-31T00:00:00Z") { target { id } value attainment } } }`;
    await waitFor(
      'the corrected report over GraphQL',
      async () => ((await gql(query, analyst)).data?.task?.progress[0]?.corrections.length ?? 0) === 1,
      30_000,
      200,
    );
    expect((await gql(query, analyst)).data?.task).toEqual({
      title: 'Số hóa hồ sơ thủ tục hành chính',
      status: expect.not.stringMatching(/COMPLETED/),
      progress: [
        {
          percentComplete: 55,
          values: [{ targetId: 'so-hoa-ho-so', value: 55 }],
          corrections: [{ previousPercentComplete: 60, reason: 'Số liệu quý II tính cả hồ sơ của 2 sở chưa số hóa xong' }],
        },
      ],
      targetAttainment: [{ target: { id: 'so-hoa-ho-so' }, value: 55, attainment: 'NOT_ATTAINED' }],
    });

    await waitFor('the dead letter', async () => (await topicSize(kafka, `${prefix}.provincial-commands.v1.dlq`)) === 1, 30_000, 200);
    const [letter] = await readTopic(kafka, `${prefix}.provincial-commands.v1.dlq`);
    expect(letter!.headers!['dlq-reason']!.toString()).toBe('FORBIDDEN');

    // Seeds and the five messages' events, all relayed.
    await waitFor('the relay', async () => (await topicSize(kafka, `${prefix}.events.v1`)) > 180, 30_000, 200);
    const relayed = (await readTopic(kafka, `${prefix}.events.v1`)).map(
      (m) => JSON.parse(m.value!.toString()) as { type: string; stream: string },
    );
    expect(relayed.filter((e) => e.stream.includes('ha-nam.kh-125-2024')).map((e) => e.type)).toEqual(
      expect.arrayContaining(['PlanIssued', 'TaskDefined', 'TaskAssigned', 'ProgressReported', 'ProgressReportCorrected']),
    );
  });

  it('anchors its audit checkpoints outside the store: each receipt on the audit-checkpoints topic, as kept in the data directory', async () => {
    const topic = topicsNamed(prefix).auditCheckpoints;
    await waitFor('a checkpoint receipt on Kafka', async () => (await topicSize(kafka, topic)) >= 1, 30_000, 200);
    const kept = JSON.parse(readFileSync(join(dataDir, 'audit-checkpoint.json'), 'utf8')) as { digest: string };
    const published = (await readTopic(kafka, topic)).map((m) => JSON.parse(m.value!.toString()) as { digest: string });
    expect(published.map((receipt) => receipt.digest)).toContain(kept.digest);
  });

  it("records the values Bắc Giang publishes for its plan's own targets, and its correction of one", async () => {
    const tokens = app.get(TokenService);
    const bacGiang = await tokens.issue('PROVINCE', 'bac-giang', 'province:bac-giang');
    await produce(
      kafka,
      `${prefix}.provincial-commands.v1`,
      ['plan-target-values-reported', 'plan-target-values-corrected'].map((name) => ({
        key: 'bac-giang',
        value: readExample(name),
        headers: { authorization: `Bearer ${bacGiang}` },
        expect: 'RECORD' as const,
        messageId: null,
      })),
    );
    const analyst = await tokens.issue('ANALYST', null, 'analyst:e2e');
    const query = `{ plan(id: "bac-giang.kh-khcn-2021-2025") { targetAttainment(asOf: "2024-01-01T00:00:00Z") { target { id } value attainment } } }`;
    // The correction restates the report's budget share (1.2 → 1.1); the value it did not restate stays.
    await waitFor(
      'the corrected values over GraphQL',
      async () => (await gql(query, analyst)).data?.plan?.targetAttainment[1]?.value === 1.1,
      30_000,
      200,
    );
    expect((await gql(query, analyst)).data?.plan?.targetAttainment).toEqual([
      { target: { id: 'nhiem-vu-moi-huyen' }, value: 5, attainment: 'ATTAINED' },
      { target: { id: 'chi-ngan-sach' }, value: 1.1, attainment: 'NOT_ATTAINED' },
    ]);
  });
});

/**
 * The embedded platform whose Kafka consumer kafkajs gives up on: another program already holds
 * the ingest's consumer group with a partition assignor of its own, so the broker refuses the
 * ingest's join (INCONSISTENT_GROUP_PROTOCOL, not retriable) and kafkajs does not restart it.
 */
describe('the embedded platform whose Kafka consumer has stopped', () => {
  const kafka = testKafka();
  const prefix = `e2e-stop-${randomUUID().slice(0, 8)}`;
  const groupId = `${prefix}-ingest`;
  const squatter = kafka.consumer({
    groupId,
    partitionAssigners: [(config) => ({ ...PartitionAssigners.roundRobin(config), name: 'SomeOtherAssigner' })],
  });
  let app: INestApplication | undefined;
  let dataDir: string;

  afterAll(async () => {
    await app?.close();
    await squatter.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
    await dropTopics(kafka, topicsNamed(prefix));
  });

  it('answers /ready with 503 and says why; /health shows the stopped ingest', async () => {
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, topicsNamed(prefix), 3);
    await admin.disconnect();
    const joined = new Promise((resolve) => squatter.on(squatter.events.GROUP_JOIN, resolve));
    await squatter.connect();
    await squatter.subscribe({ topic: topicsNamed(prefix).commands });
    await squatter.run({ eachMessage: async () => undefined });
    await joined;

    dataDir = mkdtempSync(join(tmpdir(), 'monitor-kafka-e2e-'));
    const config = loadConfig({
      PORT: '0',
      MONITOR_DATA_DIR: dataDir,
      MONITOR_SNAPSHOT_IDLE_MS: '0',
      KAFKA_BROKERS: testBrokers().join(','),
      MONITOR_KAFKA_TOPIC_PREFIX: prefix,
      MONITOR_KAFKA_GROUP: groupId,
    });
    app = await NestFactory.create(MonitorModule.forRoot(config), { logger: false });
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

    let ready: Response | undefined;
    await waitFor('/ready to fail', async () => (ready = await fetch(`${url}/ready`)).status === 503, 30_000, 200);
    expect(await ready!.json()).toEqual(
      expect.objectContaining({
        status: 'ingest-stopped',
        kafkaIngest: expect.objectContaining({ status: 'stopped' }),
        reason: expect.stringMatching(
          /^the Kafka ingest stopped \(the consumer crashed and kafkajs will not restart it: .*incompatible.*\): restart the process$/,
        ),
      }),
    );
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({
      status: 'ok',
      kafkaIngest: expect.objectContaining({ status: 'stopped', reason: expect.stringContaining('incompatible') }),
    });
  });
});
