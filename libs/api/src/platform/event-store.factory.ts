import { SqliteEventStore, type EventStore } from '@monitor/event-store';
import { KurrentDbEventStore, platformStreamPrefixes } from '@monitor/event-store-kurrentdb';
import { join } from 'node:path';
import type { PlatformConfig } from '../config/platform-config.js';

/**
 * The configured event store. Embedded: one SQLite file in the data directory. Scaled out: a KurrentDB
 * cluster that every API replica shares, each reading `$all` (the platform's streams only) into its
 * own read models.
 */
export const openEventStore = (config: Pick<PlatformConfig, 'dataDir' | 'eventStore'>): EventStore =>
  config.eventStore.kind === 'kurrentdb'
    ? new KurrentDbEventStore({ connectionString: config.eventStore.connectionString, streamPrefixes: platformStreamPrefixes() })
    : new SqliteEventStore(join(config.dataDir, 'events.sqlite'));

/**
 * The store the Kafka ingest appends through. SQLite: a connection of its own whose appends are made
 * durable at each chunk's flush, before the offsets are committed, rather than one by one. KurrentDB:
 * the shared cluster (every acknowledged append is durable already).
 */
export const openIngestStore = (config: Pick<PlatformConfig, 'dataDir' | 'eventStore'>): EventStore =>
  config.eventStore.kind === 'sqlite' ? new SqliteEventStore(join(config.dataDir, 'events.sqlite'), { synchronous: 'NORMAL' }) : openEventStore(config);
