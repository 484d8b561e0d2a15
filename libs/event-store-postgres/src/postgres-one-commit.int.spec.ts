import { idsOf, testEvents, uniqueStream } from '@monitor/event-store/testing';
import { dropSchema, freshSchema, postgresTestUrl } from '@monitor/event-store-postgres/testing';
import { PostgresEventStore } from './postgres-event-store.js';

// inOneCommit is one PostgreSQL transaction: its work must read what it appended (the command
// runner reads a stream before deciding, the Kafka ingest writes a chunk of commands in one commit),
// while other connections see none of it until the commit.
describe('PostgreSQL: inOneCommit reads its own appends', () => {
  const schema = freshSchema('commit');
  const store = new PostgresEventStore({ connectionString: postgresTestUrl(), schema });
  const other = new PostgresEventStore({ connectionString: postgresTestUrl(), schema });
  afterAll(async () => {
    await Promise.all([store.close(), other.close()]);
    await dropSchema(schema);
  });

  it('sees its appends inside, others see them only after the commit', async () => {
    const stream = uniqueStream('own');
    const events = testEvents(3);
    const before = await other.headPosition();
    await store.inOneCommit(async () => {
      await store.appendToStream(stream, events.slice(0, 1), 'no_stream');
      await store.appendToStream(stream, events.slice(1), 0);
      expect(idsOf(await store.readStream(stream))).toEqual(idsOf(events));
      expect(idsOf(await store.readAll({ from: before }))).toEqual(idsOf(events));
      expect(await store.headPosition()).toBe(before + 3n);
      expect(await other.readStream(stream)).toEqual([]);
      expect(await other.headPosition()).toBe(before);
    });
    expect(idsOf(await other.readStream(stream))).toEqual(idsOf(events));
  });

  it('a statement that failed inside makes the whole commit fail, rather than report it committed', async () => {
    const stream = uniqueStream('failed');
    const failing = store.inOneCommit(async () => {
      await store.appendToStream(stream, testEvents(1), 'no_stream');
      // Text PostgreSQL refuses (NUL): the statement fails, and with it the transaction.
      await store.readStream('a\u0000b').catch(() => undefined);
    });
    await expect(failing).rejects.toThrow();
    expect(await other.readStream(stream)).toEqual([]);
  });
});
