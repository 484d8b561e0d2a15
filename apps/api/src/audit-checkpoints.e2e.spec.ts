import { auditSetupFor, checkpointDigest, readCheckpoints, verifyStore } from '@monitor/audit';
import { SqliteEventStore } from '@monitor/event-store';
import { seedCommands } from '@monitor/seeds';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const KEY = 'an-audit-key-of-at-least-32-characters';
/** Each seed command records one event. */
const SEEDED = seedCommands().length;

describe('the platform keeps signed checkpoints at start and at intervals', () => {
  let platform: RunningPlatform;
  beforeAll(async () => {
    platform = await startPlatform(undefined, { MONITOR_CHECKPOINT_INTERVAL_MS: '200', MONITOR_AUDIT_KEY: KEY });
  });
  afterAll(() => platform.stop());

  const checkpoints = async () => {
    const store = new SqliteEventStore(join(platform.dataDir, 'events.sqlite'));
    try {
      return { recorded: await readCheckpoints(store), verified: await verifyStore(store, { auditKey: KEY }) };
    } finally {
      await store.close();
    }
  };
  const until = async <T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> => {
    for (let i = 0; i < 100; i++) {
      const value = await probe();
      if (done(value)) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('timed out');
  };

  it('records one over the seeded store, none while nothing new arrives, and another after a write', async () => {
    const first = await until(checkpoints, (c) => c.recorded.length >= 1);
    expect(first.recorded[0]!.checkpoint).toMatchObject({ events: SEEDED, signature: expect.stringMatching(/^[\w-]{43}$/) });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await checkpoints()).recorded).toHaveLength(1);

    const write = await platform.gql(
      'mutation($i: RegisterDirectiveInput!) { registerDirective(input: $i) { id } }',
      { i: { id: '99/QĐ-TTg', kind: 'Quyết định', title: 'Thử', issuer: 'Thủ tướng', issuedOn: '2024-01-01' } },
      await platform.token('ADMIN'),
    );
    expect(write.errors).toBeUndefined();
    const second = await until(checkpoints, (c) => c.recorded.length >= 2);
    // The seeds, the first checkpoint, the new directive.
    expect(second.recorded[1]!.checkpoint.events).toBe(SEEDED + 2);
    expect(second.verified).toMatchObject({ checkpointsChecked: 2, failure: null });
  });
});

describe('the platform without a configured audit key', () => {
  it('generates one into the data directory, records checkpoints at start and at shut-down, chained, and keeps the latest receipt', async () => {
    const platform = await startPlatform(undefined, { MONITOR_AUDIT_KEY: '', MONITOR_CHECKPOINT_INTERVAL_MS: '0' });
    const write = await platform.gql(
      'mutation($i: RegisterDirectiveInput!) { registerDirective(input: $i) { id } }',
      { i: { id: '98/QĐ-TTg', kind: 'Quyết định', title: 'Thử', issuer: 'Thủ tướng', issuedOn: '2024-01-01' } },
      await platform.token('ADMIN'),
    );
    expect(write.errors).toBeUndefined();
    await platform.stop();

    const key = readFileSync(join(platform.dataDir, 'audit-key'), 'utf8');
    expect(statSync(join(platform.dataDir, 'audit-key')).mode & 0o777).toBe(0o600);
    const store = new SqliteEventStore(join(platform.dataDir, 'events.sqlite'));
    try {
      const recorded = (await readCheckpoints(store)).map((c) => c.checkpoint);
      expect(recorded).toMatchObject([
        { sequence: 0, previous: null, events: SEEDED },
        { sequence: 1, previous: checkpointDigest(recorded[0]!), events: SEEDED + 2 },
      ]);
      expect(JSON.parse(readFileSync(join(platform.dataDir, 'audit-checkpoint.json'), 'utf8'))).toMatchObject({ checkpoint: recorded[1] });
      const setup = auditSetupFor(platform.dataDir, null);
      expect(setup).toMatchObject({ auditKey: key, checkpointsExpected: true });
      expect(await verifyStore(store, setup)).toMatchObject({ failure: null, checkpointsChecked: 2, uncovered: null });
    } finally {
      await store.close();
    }
  });
});
