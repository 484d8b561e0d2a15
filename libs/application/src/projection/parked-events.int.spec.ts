import { DomainError } from '@monitor/domain';
import { SqliteEventStore, type RecordedEvent } from '@monitor/event-store';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CheckpointedProjector } from './checkpointed-projector.js';
import { FileSnapshotStore } from './file-snapshot-store.js';
import type { Projection } from './projection.js';

/** A projection that fails on the event ids in `broken`, as a projection bug would, until fixed. */
const broken = new Set<string>();
const journal: Projection<{ applied: string[] }> = {
  name: 'journal',
  version: 1,
  initialState: () => ({ applied: [] }),
  apply: (state, event: RecordedEvent) => {
    if (broken.has(event.id)) throw new Error(`cannot read ${event.type}`);
    state.applied.push(`${event.stream}:${(event.data as { n: number }).n}`);
  },
};

const metadata = {
  actor: null,
  occurredAt: '2021-01-01T00:00:00Z',
  occurredAtPrecision: 'INSTANT' as const,
  recordedBy: 't',
  recordedAt: '2021-01-01T00:00:00Z',
  correlationId: 'c',
  causationId: null,
};
const event = (n: number, type = 'Noted') => ({ id: crypto.randomUUID(), type, data: { n }, metadata });
const PARKED_AT = new Date('2026-11-22T01:00:00Z');

describe('parked events: a projection that fails on an event parks it and goes on; an operator replays it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parked-'));
  const snapshots = new FileSnapshotStore(join(dir, 'read-models'));
  let store: SqliteEventStore;
  const open = async () => {
    const projector = new CheckpointedProjector(store, journal, snapshots, { now: () => PARKED_AT });
    await projector.start();
    await projector.catchUp();
    return projector;
  };

  beforeAll(() => {
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
  });
  afterAll(() => store.close());
  beforeEach(() => broken.clear());

  it('parks the failing event with its reason, applies the ones after it, and keeps the list across a restart', async () => {
    const bad = event(2, 'Renamed');
    broken.add(bad.id);
    const { position } = await store.appendToStream('a', [event(1), bad], 'no_stream');
    await store.appendToStream('b', [event(1)], 'no_stream');

    const first = await open();
    expect(first.state.applied).toEqual(['a:1', 'b:1']);
    const expected = {
      position,
      stream: 'a',
      type: 'Renamed',
      eventId: bad.id,
      reason: 'Error: cannot read Renamed',
      parkedAt: PARKED_AT.toISOString(),
      attempts: 1,
    };
    expect(first.parked).toEqual([expected]);
    await first.stop();

    const restarted = await open();
    expect(restarted.parked).toEqual([expected]);
    await restarted.stop();
  });

  it('keeps an event that fails again, with the new reason and one more attempt', async () => {
    const projector = await open();
    broken.add(projector.parked[0].eventId);
    const report = await projector.replayParked();
    expect(report.replayed).toEqual([]);
    expect(report.failedAgain).toEqual([expect.objectContaining({ stream: 'a', attempts: 2, reason: 'Error: cannot read Renamed' })]);
    expect(projector.parked).toEqual(report.failedAgain);
    await projector.stop();
  });

  it('once fixed, applies it on top of the current state, drops it from the list, and does not apply it again after a restart', async () => {
    const projector = await open();
    const [parked] = projector.parked;
    const report = await projector.replayParked([parked.position]);
    expect(report).toEqual({ replayed: [expect.objectContaining({ eventId: parked.eventId })], failedAgain: [], refused: [] });
    expect(projector.parked).toEqual([]);
    expect(projector.state.applied).toEqual(['a:1', 'b:1', 'a:2']);
    await projector.stop();

    const restarted = await open();
    expect(restarted.parked).toEqual([]);
    expect(restarted.state.applied).toEqual(['a:1', 'b:1', 'a:2']);
    await restarted.stop();
  });

  it('refuses to replay an event whose stream has a later event applied, and leaves it parked as it was', async () => {
    const bad = event(1, 'Defined');
    broken.add(bad.id);
    await store.appendToStream('c', [bad, event(2)], 'no_stream');
    const projector = await open();
    const [parked] = projector.parked;
    broken.clear();
    const report = await projector.replayParked();
    expect(report.replayed).toEqual([]);
    expect(report.refused).toEqual([
      { event: parked, reason: expect.stringMatching(/^c has a later event applied \(position \d+, Noted\).*npm run rebuild/) },
    ]);
    expect(projector.parked).toEqual([parked]);
    expect(projector.state.applied).not.toContain('c:1');
    await projector.stop();
  });

  it("replays a stream's parked events in their order, and refuses a later one while an earlier one stays parked", async () => {
    const [first, second] = [event(1), event(2)];
    broken.add(first.id).add(second.id);
    await store.appendToStream('d', [first, second], 'no_stream');
    const projector = await open();
    const [parkedFirst, parkedSecond] = projector.parked.filter((p) => p.stream === 'd');
    expect([parkedFirst.eventId, parkedSecond.eventId]).toEqual([first.id, second.id]);
    broken.clear();

    const alone = await projector.replayParked([parkedSecond.position]);
    expect(alone.refused[0].reason).toMatch(/an earlier event of d \(position \d+\) is still parked/);

    const together = await projector.replayParked([parkedSecond.position, parkedFirst.position]);
    expect(together.replayed.map((p) => p.eventId)).toEqual([first.id, second.id]);
    expect(projector.state.applied.slice(-2)).toEqual(['d:1', 'd:2']);
    await projector.stop();
  });

  it('applies an event once when two replays run side by side', async () => {
    const bad = event(1);
    broken.add(bad.id);
    await store.appendToStream('e', [bad], 'no_stream');
    const projector = await open();
    broken.clear();
    const [first, second] = await Promise.all([projector.replayParked(), projector.replayParked()]);
    expect([...first.replayed, ...second.replayed].map((p) => p.eventId)).toEqual([bad.id]);
    expect(projector.state.applied.filter((a) => a === 'e:1')).toHaveLength(1);
    await projector.stop();
  });

  it('names a position that is not parked, and replays nothing', async () => {
    const projector = await open();
    const before = projector.parked;
    const replay = projector.replayParked([before[0].position, 999_999n]);
    await expect(replay).rejects.toThrow(
      new DomainError('INVALID_INPUT', 'positions[1]: no event is parked at position 999999', 'positions[1]'),
    );
    expect(projector.parked).toEqual(before);
    await projector.stop();
  });
});
