// Test-only: a scaled-out shape of its own for a spec (run folder, ports, schema, topics, group),
// on the PostgreSQL server and the Kafka broker the Jest global setups provide.
import { TokenService, type Role } from '@monitor/api';
import type { EventStore, Position, RecordedEvent } from '@monitor/event-store';
import { PostgresEventStore } from '@monitor/event-store-postgres';
import { dropSchema, freshSchema } from '@monitor/event-store-postgres/testing';
import { createKafka, deleteTopics, topicsNamed } from '@monitor/messaging';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultShapeOptions, startShape, stopShape, type Shape } from '../scaled-shape.js';

export interface TestShape {
  readonly shape: Shape;
  readonly urls: readonly string[];
  readonly kafka: Kafka;
  /** The shared store, opened by the test to check what was recorded. */
  readonly store: EventStore;
  token(role: Role, provinceId?: string): Promise<string>;
  stop(): Promise<void>;
}

export const startTestShape = async (): Promise<TestShape> => {
  const run = randomUUID().slice(0, 8);
  const options = {
    ...defaultShapeOptions(),
    runDir: mkdtempSync(join(tmpdir(), 'scaled-shape-')),
    // Ports no developer's shape (4101) uses; random so runs side by side do not collide.
    firstPort: 20_000 + Math.floor(Math.random() * 20_000) * 2,
    postgresSchema: freshSchema('shape'),
    topicPrefix: `shape-${run}`,
    groupId: `shape-${run}`,
    kafkaPort: Number((process.env['KAFKA_TEST_BROKERS'] ?? '127.0.0.1:9092').split(':')[1]),
  };
  const { shape, urls } = await startShape(options);
  const tokens = new TokenService(shape.jwtSecret);
  const store = new PostgresEventStore({ connectionString: shape.postgresUrl, schema: options.postgresSchema });
  return {
    shape,
    urls,
    kafka: createKafka([shape.brokers], `shape-test-${run}`),
    store,
    token: (role, provinceId) => tokens.issue(role, provinceId ?? null, `${role.toLowerCase()}:shape-test`),
    stop: async () => {
      await store.close();
      // The servers belong to the global setup: only this shape's processes end here.
      await stopShape(options.runDir, { servers: false });
      // Nothing of this run stays behind on the developer's servers or disk.
      const admin = createKafka([shape.brokers], `shape-cleanup-${run}`).admin();
      await admin.connect();
      await deleteTopics(admin, topicsNamed(options.topicPrefix)).finally(() => admin.disconnect());
      await dropSchema(options.postgresSchema);
      rmSync(options.runDir, { recursive: true, force: true });
    },
  };
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each caller names the shape it asked for
export const gql = async <T = Record<string, any>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }> => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T };
};

export const eventually = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

export const eventsAfter = async (store: EventStore, from: Position): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (
    let page = await store.readAll({ from, maxCount: 5000 });
    page.length > 0;
    page = await store.readAll({ from: page.at(-1)!.position, maxCount: 5000 })
  )
    events.push(...page);
  return events;
};

/** Everything a topic holds now, read by a consumer group of its own. */
export const readTopic = async (kafka: Kafka, topic: string, timeoutMs = 60_000): Promise<KafkaMessage[]> => {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => [e.partition, BigInt(e.high)]));
  const read: KafkaMessage[] = [];
  if (remaining.size === 0) return read;
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`reading ${topic}: ${read.length} messages after ${timeoutMs} ms`)), timeoutMs);
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          read.push(message);
          const end = remaining.get(partition);
          if (end !== undefined && BigInt(message.offset) + 1n >= end) remaining.delete(partition);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return read;
};

export const topicSize = async (kafka: Kafka, topic: string): Promise<number> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
};
