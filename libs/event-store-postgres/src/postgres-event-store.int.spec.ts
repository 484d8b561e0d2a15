import { describeEventStoreContract } from '@monitor/event-store/testing';
import { dropSchema, freshSchema, postgresTestUrl } from '@monitor/event-store-postgres/testing';
import { PostgresEventStore } from './postgres-event-store.js';

// The same contract the in-memory, SQLite and KurrentDB stores pass, none of it skipped, against a
// real PostgreSQL server (started by the global setup): each test on empty tables of its own.
describeEventStoreContract('PostgreSQL', async () => {
  const schema = freshSchema('contract');
  return { store: new PostgresEventStore({ connectionString: postgresTestUrl(), schema }), cleanup: () => dropSchema(schema) };
});
