// Part of `npm run bench:postgres`: the Kafka ingest end to end (produced → validated → authenticated
// → stored → read model updated) into a store, the same way for SQLite and PostgreSQL.
import { TokenService } from '@monitor/api';
import { CheckpointedProjector, CommandRunner, FileSnapshotStore, monitoringProjection, seedPlatform } from '@monitor/application';
import type { EventStore } from '@monitor/event-store';
import { CachingTokenVerifier, ProvincialIngest, type IngestWriter, type Topics } from '@monitor/messaging';
import { provincialWorkload, WORKLOAD_PROVINCES } from '@monitor/messaging/testing';
import { seedCommands } from '@monitor/seeds';
import { Partitioners, type Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

/** Publishes the provinces' workload; returns how many messages. */
export const publishWorkload = async (kafka: Kafka, topic: string, plans: number, tokens: TokenService): Promise<number> => {
  const byProvince: Record<string, string> = {};
  for (const p of WORKLOAD_PROVINCES) byProvince[p] = await tokens.issue('PROVINCE', p, `province:${p}`);
  const workload = provincialWorkload({
    tokens: byProvince,
    runId: randomUUID().slice(0, 8),
    plansPerProvince: plans,
    tasksPerPlan: 20,
    reportsPerTask: 3,
  });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  for (let i = 0; i < workload.length; i += 1000)
    await producer.send({
      topic,
      acks: -1,
      messages: workload.slice(i, i + 1000).map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
    });
  await producer.disconnect();
  return workload.length;
};

export interface IngestFigures {
  readonly messages: number;
  readonly events: number;
  /** From the ingest's start (group join included) to the read model holding the last event. */
  readonly ms: number;
}

/** Seeds the store, then ingests every message of the topic with a read model following, as a platform does. */
export const ingestInto = async (
  kafka: Kafka,
  topics: Topics,
  total: number,
  store: EventStore,
  writer: IngestWriter,
  dataDir: string,
  tokens: TokenService,
): Promise<IngestFigures> => {
  await seedPlatform(new CommandRunner(store), seedCommands());
  const projector = new CheckpointedProjector(store, monitoringProjection, new FileSnapshotStore(join(dataDir, 'read-models')));
  await projector.start();
  await projector.catchUp();
  const seedHead = await store.headPosition();
  const ingest = new ProvincialIngest({
    kafka,
    topics,
    groupId: `bench-ingest-${randomUUID()}`,
    writer,
    partitionsConsumedConcurrently: 3,
    verifier: new CachingTokenVerifier(tokens),
  });
  const started = performance.now();
  await ingest.start();
  while (ingest.counts.recorded + ingest.counts.deadLettered < total) await new Promise((r) => setTimeout(r, 5));
  await projector.catchUp();
  const ms = performance.now() - started;
  const events = Number((await store.headPosition()) - seedHead);
  await ingest.stop();
  await writer.close();
  await projector.stop();
  return { messages: ingest.counts.recorded, events, ms };
};
