import { streams, type FactSource } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';

/**
 * Where a plan or task was read, when it was recorded from a document (an approved draft): the
 * `source` of the event that created it (PlanIssued, TaskDefined), read from its stream when asked
 * (the views do not hold it). Null for records typed in through mutations, messages or seeds.
 */
export const sourceOfRecord = async (store: EventStore, kind: 'plan' | 'task', id: string): Promise<FactSource | null> => {
  const [first] = await store.readStream(kind === 'plan' ? streams.plan(id) : streams.task(id));
  return first?.metadata().source ?? null;
};
