// Test-only helpers for specs against the real broker (started by the Jest global setup).
import { createKafka, deleteTopics, type Topics } from '@monitor/messaging';
import type { WorkloadMessage } from '@monitor/messaging/testing';
import type { EventStore, Position, RecordedEvent } from '@monitor/event-store';
import { compiledWorker } from '@monitor/event-store/testing';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { randomUUID } from 'node:crypto';

export const testBrokers = (): string[] => (process.env.KAFKA_TEST_BROKERS ?? '127.0.0.1:9092').split(',');

export const testKafka = (): Kafka => createKafka(testBrokers(), `test-${randomUUID().slice(0, 8)}`);

/** The ingest writer's thread module, compiled (Jest runs the sources; a thread runs JavaScript). */
export const ingestWriterWorker = (): URL => compiledWorker('libs/messaging', 'ingest/ingest-writer.worker.js');

/** The header the specs add to each produced message, to find it again in the dead-letter topic. */
export const SEQ_HEADER = 'x-test-seq';

/** Produces the workload in order (one province's messages stay in order: same key, same partition). */
export const produce = async (kafka: Kafka, topic: string, messages: readonly WorkloadMessage[]): Promise<void> => {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, retry: { retries: Number.MAX_SAFE_INTEGER } });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 2000) {
      const chunk = messages
        .slice(i, i + 2000)
        .map((m, j) => ({ key: m.key, value: m.value, headers: { ...m.headers, [SEQ_HEADER]: String(i + j) } }));
      await producer.send({ topic, messages: chunk, acks: -1 });
    }
  } finally {
    await producer.disconnect();
  }
};

/** A spec's own topics deleted when it ends, so that runs do not pile partitions up on a developer's broker. */
export const dropTopics = async (kafka: Kafka, topics: Topics): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await deleteTopics(admin, topics);
  } finally {
    await admin.disconnect();
  }
};

/** How many messages a topic holds now (its partitions' high watermarks), without consuming it. */
export const topicSize = async (kafka: Kafka, topic: string): Promise<number> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high) - Number(p.low), 0);
  } finally {
    await admin.disconnect();
  }
};

/** Whether a consumer group has committed every message of a topic (its dead letters are sent before that). */
export const groupCaughtUp = async (kafka: Kafka, groupId: string, topic: string): Promise<boolean> => {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return ends.every((end) => {
      const offset = committed?.partitions.find((p) => p.partition === end.partition)?.offset ?? '-1';
      return BigInt(end.high) === BigInt(end.low) || BigInt(offset) >= BigInt(end.high);
    });
  } finally {
    await admin.disconnect();
  }
};

export type ReadMessage = KafkaMessage & { partition: number };

/** Everything a topic holds now, partition by partition in offset order. */
export const readTopic = async (kafka: Kafka, topic: string, timeoutMs = 60_000): Promise<ReadMessage[]> => {
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(topic);
  await admin.disconnect();
  const remaining = new Map(ends.filter((e) => BigInt(e.high) > BigInt(e.low)).map((e) => [e.partition, BigInt(e.high)]));
  const read: ReadMessage[] = [];
  if (remaining.size === 0) return read;
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}`, maxBytesPerPartition: 8 * 1024 * 1024 });
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`reading ${topic}: ${read.length} messages, partitions ${[...remaining.keys()]} unfinished after ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: async ({ partition, message }) => {
          read.push({ ...message, partition });
          const end = remaining.get(partition);
          if (end !== undefined && BigInt(message.offset) + 1n >= end) {
            remaining.delete(partition);
            if (remaining.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          }
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return read;
};

export const waitFor = async (
  what: string,
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
  everyMs = 100,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
};

/** Every event stored after a position. */
export const eventsAfter = async (store: EventStore, from: Position): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (
    let page = await store.readAll({ from, maxCount: 5000 });
    page.length > 0;
    page = await store.readAll({ from: page.at(-1)!.position, maxCount: 5000 })
  ) {
    events.push(...page);
  }
  return events;
};
