import { SqliteEventStore, type EventStore } from '@monitor/event-store';
import { KurrentDbEventStore, platformStreamPrefixes } from '@monitor/event-store-kurrentdb';
import { PostgresEventStore } from '@monitor/event-store-postgres';
import { ingestWriterWorkerBuilt, StoreIngestWriter, WorkerIngestWriter, type IngestWriter } from '@monitor/messaging';
import { join } from 'node:path';
import type { PlatformConfig } from '../config/platform-config.js';

/**
 * The configured event store. Embedded: one SQLite file in the data directory. Scaled out: a
 * PostgreSQL database or a KurrentDB cluster that every API replica shares, each reading `$all` (the
 * platform's streams only) into its own read models.
 */
export const openEventStore = (config: Pick<PlatformConfig, 'dataDir' | 'eventStore'>): EventStore => {
  const { eventStore } = config;
  if (eventStore.kind === 'kurrentdb')
    return new KurrentDbEventStore({ connectionString: eventStore.connectionString, streamPrefixes: platformStreamPrefixes() });
  if (eventStore.kind === 'postgres')
    return new PostgresEventStore({ connectionString: eventStore.connectionString, schema: eventStore.schema });
  return new SqliteEventStore(join(config.dataDir, 'events.sqlite'));
};

/**
 * Where the Kafka ingest records. SQLite: a thread of its own with a connection of its own, whose
 * appends are made durable at each chunk's flush, before the offsets are committed, rather than one
 * by one; the consuming thread meanwhile prepares the next chunk. PostgreSQL, KurrentDB: the shared server
 * (every acknowledged append is durable already), from this thread: its appends wait on the network.
 * Run from the sources (under Jest) there is no compiled writer thread module: the SQLite ingest then
 * records on this thread, the same writer on the same kind of connection (its spec runs on both).
 */
export const openIngestWriter = (config: Pick<PlatformConfig, 'dataDir' | 'eventStore'>): IngestWriter => {
  if (config.eventStore.kind !== 'sqlite') return new StoreIngestWriter(openEventStore(config));
  const settings = { file: join(config.dataDir, 'events.sqlite'), synchronous: 'NORMAL' } as const;
  return ingestWriterWorkerBuilt()
    ? new WorkerIngestWriter(settings)
    : new StoreIngestWriter(new SqliteEventStore(settings.file, { synchronous: settings.synchronous, readAhead: false }));
};
