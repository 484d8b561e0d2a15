import { SqliteEventStore, type EventStore } from '@monitor/event-store';
import { KurrentDbEventStore, platformStreamPrefixes } from '@monitor/event-store-kurrentdb';
import { PostgresEventStore } from '@monitor/event-store-postgres';
import { resolve } from 'node:path';

/**
 * An event store named on a command line (migrate-events): `sqlite:<file>`, a PostgreSQL URL
 * (`postgres://user:password@host:5432/database`, `?schema=<name>` for tables outside `public`),
 * or a KurrentDB connection string (`kurrentdb://host:2113?tls=false`).
 */
export type StoreAddress =
  | { readonly kind: 'sqlite'; readonly file: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema: string }
  | { readonly kind: 'kurrentdb'; readonly connectionString: string };

const SCHEMA = /^[a-z_][a-z0-9_]{0,47}$/;

export const parseStoreAddress = (text: string): StoreAddress => {
  if (text.startsWith('sqlite:')) {
    const file = text.slice('sqlite:'.length);
    if (!file) throw new RangeError('sqlite: needs a file, e.g. sqlite:./data/events.sqlite');
    return { kind: 'sqlite', file: resolve(file) };
  }
  if (/^postgres(ql)?:\/\//.test(text)) {
    if (!URL.canParse(text)) throw new RangeError('not a PostgreSQL URL: expected postgres://user:password@host:5432/database');
    const url = new URL(text);
    const schema = url.searchParams.get('schema') ?? 'public';
    if (!SCHEMA.test(schema))
      throw new RangeError(`schema must be lower-case letters, digits and _ (at most 48), not ${JSON.stringify(schema)}`);
    url.searchParams.delete('schema');
    return { kind: 'postgres', connectionString: url.toString(), schema };
  }
  if (/^(kurrentdb|kdb|esdb)(\+discover)?:\/\//.test(text)) return { kind: 'kurrentdb', connectionString: text };
  throw new RangeError(`not an event store address: ${JSON.stringify(text.slice(0, 80))} (sqlite:<file>, postgres://…, or kurrentdb://…)`);
};

/** The address without its password, to print. */
export const describeStoreAddress = (address: StoreAddress): string => {
  if (address.kind === 'sqlite') return `SQLite ${address.file}`;
  if (address.kind === 'kurrentdb') return 'KurrentDB';
  const url = new URL(address.connectionString);
  url.password = url.password ? '***' : '';
  return `PostgreSQL ${url.host}${url.pathname} (schema ${address.schema})`;
};

export const openStoreAt = (address: StoreAddress): EventStore => {
  if (address.kind === 'sqlite') return new SqliteEventStore(address.file);
  if (address.kind === 'postgres') return new PostgresEventStore({ connectionString: address.connectionString, schema: address.schema });
  return new KurrentDbEventStore({ connectionString: address.connectionString, streamPrefixes: platformStreamPrefixes() });
};

/** Two addresses that name the same store: a copy onto itself would only find everything there already. */
export const sameStore = (a: StoreAddress, b: StoreAddress): boolean => JSON.stringify(a) === JSON.stringify(b);
