import { SqliteEventStore, type RecordedEvent } from '@monitor/event-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointedProjector } from './checkpointed-projector.js';
import { FileSnapshotStore } from './file-snapshot-store.js';
import type { Projection } from './projection.js';
import { rebuildProjection } from './rebuild-projection.js';

interface Counted {
  applied: number;
  perStream: Map<string, number>;
}

const counting = (version = 1): Projection<Counted> => ({
  name: 'counting',
  version,
  initialState: () => ({ applied: 0, perStream: new Map() }),
  apply: (state, event: RecordedEvent) => {
    if (event.type === 'Poison') throw new Error('cannot apply poison');
    state.applied++;
    state.perStream.set(event.stream, (state.perStream.get(event.stream) ?? 0) + 1);
  },
});

const metadata = {
  actor: null,
  occurredAt: '2021-01-01T00:00:00Z',
  occurredAtPrecision: 'INSTANT' as const,
  recordedBy: 't',
  recordedAt: '2021-01-01T00:00:00Z',
  correlationId: 'c',
  causationId: null,
};
const events = (n: number, type = 'Counted') => Array.from({ length: n }, () => ({ id: crypto.randomUUID(), type, data: {}, metadata }));

describe('a checkpointed projector over a real SQLite store', () => {
  const dir = mkdtempSync(join(tmpdir(), 'projector-'));
  const file = join(dir, 'events.sqlite');
  const snapshots = new FileSnapshotStore(join(dir, 'read-models'));

  it('catches up, follows live events, and resumes from its snapshot without applying anything twice', async () => {
    const store = new SqliteEventStore(file);
    await store.appendToStream('a-1', events(5), 'no_stream');
    const first = new CheckpointedProjector(store, counting(), snapshots);
    await first.start();
    await first.catchUp();
    expect(first.state.applied).toBe(5);

    const live = await store.appendToStream('a-2', events(3), 'no_stream');
    await first.waitFor(live.position);
    expect(first.state.applied).toBe(8);
    await first.stop();
    await store.appendToStream('a-1', events(2), 4);
    await store.close();

    const reopened = new SqliteEventStore(file);
    const second = new CheckpointedProjector(reopened, counting(), snapshots);
    try {
      await second.start();
      await second.catchUp();
      // 8 restored from the snapshot plus the 2 appended since: a replay from zero would give 18.
      expect(second.state.applied).toBe(10);
      expect(second.state.perStream.get('a-1')).toBe(7);
      expect(second.state.perStream.get('a-2')).toBe(3);
    } finally {
      await second.stop();
      await reopened.close();
    }
  });

  it('rebuilds from zero when the projection version changes', async () => {
    const store = new SqliteEventStore(file);
    const rebuilt = new CheckpointedProjector(store, counting(2), snapshots);
    await rebuilt.start();
    await rebuilt.catchUp();
    expect(rebuilt.state.applied).toBe(10);
    await rebuilt.stop();
    await store.close();
  });

  it('rebuilds from zero on demand, ignoring the snapshot, and saves a fresh one', async () => {
    const store = new SqliteEventStore(file);
    const report = await rebuildProjection(store, counting(), snapshots);
    expect(report).toMatchObject({ events: 10, failed: 0 });
    expect(report.state.applied).toBe(10);
    expect((await snapshots.load<Counted>('counting'))?.checkpoint).toBe(report.checkpoint.toString());
    await store.close();
  });

  it('sets aside an event it cannot apply, with the reason, and goes on', async () => {
    const store = new SqliteEventStore(join(dir, 'poison.sqlite'));
    await store.appendToStream('p-1', [...events(1), ...events(1, 'Poison'), ...events(1)], 'no_stream');
    const projector = new CheckpointedProjector(store, counting(), new FileSnapshotStore(join(dir, 'poison')));
    await projector.start();
    await projector.catchUp();
    expect(projector.state.applied).toBe(2);
    expect(projector.parked).toEqual([expect.objectContaining({ stream: 'p-1', type: 'Poison', reason: 'Error: cannot apply poison' })]);
    await projector.stop();
    await store.close();
  });
});
