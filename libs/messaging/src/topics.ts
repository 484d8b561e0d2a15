import type { Admin } from 'kafkajs';

/** The platform's topics; `prefix` lets tests and several deployments share one broker. */
export interface Topics {
  /** What provincial systems publish (ProvincialMessage v1, keyed by province). */
  readonly commands: string;
  /** Messages the ingest could not record, with headers saying why. */
  readonly deadLetter: string;
  /** Every recorded event, keyed by stream. */
  readonly events: string;
  /** Each audit checkpoint's receipt, as it is recorded: a copy outside the store (one partition, in order). */
  readonly auditCheckpoints: string;
}

export const topicsNamed = (prefix = 'monitor'): Topics => ({
  commands: `${prefix}.provincial-commands.v1`,
  deadLetter: `${prefix}.provincial-commands.v1.dlq`,
  events: `${prefix}.events.v1`,
  auditCheckpoints: `${prefix}.audit-checkpoints`,
});

const partitioned = (topics: Topics): string[] => [topics.commands, topics.deadLetter, topics.events];

/** The broker does not create topics on first use: the platform creates its own at start-up. */
export const ensureTopics = async (admin: Admin, topics: Topics, partitions: number, replicationFactor = 1): Promise<void> => {
  const existing = new Set(await admin.listTopics());
  const wanted = [
    ...partitioned(topics).map((topic) => ({ topic, numPartitions: partitions })),
    { topic: topics.auditCheckpoints, numPartitions: 1 },
  ];
  const missing = wanted.filter(({ topic }) => !existing.has(topic));
  if (missing.length === 0) return;
  await admin.createTopics({ waitForLeaders: true, topics: missing.map((t) => ({ ...t, replicationFactor })) });
};

/**
 * Deletes a run's topics (benchmarks and tests make their own, under a fresh prefix): left behind,
 * they pile up on a developer's broker, which then spends a fifth of a core idle over a thousand partitions.
 */
export const deleteTopics = async (admin: Admin, topics: Topics): Promise<void> => {
  const existing = new Set(await admin.listTopics());
  const present = [...partitioned(topics), topics.auditCheckpoints].filter((t) => existing.has(t));
  if (present.length > 0) await admin.deleteTopics({ topics: present });
};
