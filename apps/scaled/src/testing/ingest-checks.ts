// Test-only: producing the provincial workload and checking that each message was recorded once.
import { eventIdFor } from '@monitor/application';
import type { RecordedEvent } from '@monitor/event-store';
import type { WorkloadMessage } from '@monitor/messaging/testing';
import { Partitioners, type Kafka } from 'kafkajs';

/** Produces the workload in order (a province's messages share a key, so a partition, so an order). */
export const produce = async (kafka: Kafka, topic: string, messages: readonly WorkloadMessage[]): Promise<void> => {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += 200) {
      const chunk = messages.slice(i, i + 200).map((m) => ({ key: m.key, value: m.value, headers: m.headers }));
      await producer.send({ topic, messages: chunk, acks: -1 });
    }
  } finally {
    await producer.disconnect();
  }
};

/** Each valid message recorded once: its events carry its id as correlation id and ids derived from it, in order. */
export const expectEachValidRecordedOnce = (workload: readonly WorkloadMessage[], recorded: readonly RecordedEvent[]): void => {
  const valid = new Set(workload.filter((m) => m.expect === 'RECORD').map((m) => m.messageId!));
  const byMessage = new Map<string, RecordedEvent[]>();
  for (const event of recorded) {
    const { correlationId } = event.metadata();
    byMessage.set(correlationId, [...(byMessage.get(correlationId) ?? []), event]);
  }
  expect([...byMessage.keys()].filter((id) => !valid.has(id))).toEqual([]);
  expect([...valid].filter((id) => !byMessage.has(id))).toEqual([]);
  for (const [messageId, events] of byMessage) expect(events.map((e) => e.id)).toEqual(events.map((_, i) => eventIdFor(messageId, i)));
};
