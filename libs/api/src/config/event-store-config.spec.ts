import { loadConfig } from './platform-config.js';

const secret = 'a-secret-of-at-least-thirty-two-characters';
const auditKey = 'an-audit-key-of-at-least-thirty-two-characters';

describe('choosing the event store from the environment', () => {
  it('is the embedded SQLite file unless told otherwise', () => {
    expect(loadConfig({}).eventStore).toEqual({ kind: 'sqlite' });
    expect(loadConfig({ MONITOR_EVENT_STORE: 'sqlite' }).eventStore).toEqual({ kind: 'sqlite' });
  });

  it('is a KurrentDB cluster with its connection string and a secret and an audit key every replica shares', () => {
    const config = loadConfig({
      MONITOR_EVENT_STORE: 'kurrentdb',
      KURRENTDB_CONNECTION_STRING: 'kurrentdb+discover://node1:2113,node2:2113,node3:2113',
      MONITOR_JWT_SECRET: secret,
      MONITOR_AUDIT_KEY: auditKey,
    });
    expect(config.eventStore).toEqual({ kind: 'kurrentdb', connectionString: 'kurrentdb+discover://node1:2113,node2:2113,node3:2113' });
  });

  it('names what is missing or wrong', () => {
    expect(() => loadConfig({ MONITOR_EVENT_STORE: 'kurrentdb', MONITOR_JWT_SECRET: secret })).toThrow(
      /KURRENTDB_CONNECTION_STRING: is required when MONITOR_EVENT_STORE=kurrentdb/,
    );
    expect(() =>
      loadConfig({ MONITOR_EVENT_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'kurrentdb://localhost:2113?tls=false' }),
    ).toThrow(/MONITOR_JWT_SECRET: is required with a shared event store/);
    expect(() =>
      loadConfig({ MONITOR_EVENT_STORE: 'kurrentdb', KURRENTDB_CONNECTION_STRING: 'localhost:2113', MONITOR_JWT_SECRET: secret }),
    ).toThrow(/KURRENTDB_CONNECTION_STRING: must be a KurrentDB connection string/);
    expect(() =>
      loadConfig({
        MONITOR_EVENT_STORE: 'kurrentdb',
        KURRENTDB_CONNECTION_STRING: 'kurrentdb://localhost:2113?tls=false',
        MONITOR_JWT_SECRET: secret,
      }),
    ).toThrow(/MONITOR_AUDIT_KEY: is required with a shared event store/);
    expect(() => loadConfig({ MONITOR_EVENT_STORE: 'mysql' })).toThrow(/MONITOR_EVENT_STORE/);
  });

  it('is a PostgreSQL database with its URL, and a secret and an audit key every replica shares', () => {
    const shared = { MONITOR_JWT_SECRET: secret, MONITOR_AUDIT_KEY: auditKey };
    const url = 'postgres://monitor:secret@db.example:5432/monitor';
    expect(loadConfig({ MONITOR_EVENT_STORE: 'postgres', MONITOR_POSTGRES_URL: url, ...shared }).eventStore).toEqual({
      kind: 'postgres',
      connectionString: url,
      schema: 'public',
    });
    expect(() => loadConfig({ MONITOR_EVENT_STORE: 'postgres', ...shared })).toThrow(
      /MONITOR_POSTGRES_URL: is required when MONITOR_EVENT_STORE=postgres/,
    );
    expect(() => loadConfig({ MONITOR_EVENT_STORE: 'postgres', MONITOR_POSTGRES_URL: 'db.example:5432', ...shared })).toThrow(
      /MONITOR_POSTGRES_URL: must be a PostgreSQL connection URL/,
    );
    expect(() => loadConfig({ MONITOR_EVENT_STORE: 'postgres', MONITOR_POSTGRES_URL: url, MONITOR_JWT_SECRET: secret })).toThrow(
      /MONITOR_AUDIT_KEY: is required with a shared event store/,
    );
    expect(() =>
      loadConfig({ MONITOR_EVENT_STORE: 'postgres', MONITOR_POSTGRES_URL: url, MONITOR_POSTGRES_SCHEMA: 'x; DROP', ...shared }),
    ).toThrow(/MONITOR_POSTGRES_SCHEMA/);
  });
});
