import {
  InMemoryEventStore,
  metadataOf,
  SqliteEventStore,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@monitor/event-store';
import { seedCommands } from '@monitor/seeds';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRunner } from '../commands/command-runner.js';
import { rebuildProjection } from '../projection/rebuild-projection.js';
import { InMemorySnapshotStore } from '../projection/file-snapshot-store.js';
import { monitoringProjection } from '../projection/monitoring-views.registration.js';
import { seedPlatform } from '../seeding/seed-platform.js';
import { copyEvents, runsOfOneStream } from './copy-events.js';

const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for (let page = await store.readAll(); page.length > 0; page = await store.readAll({ from: page.at(-1)!.position })) all.push(...page);
  return all;
};

/** What must survive the move; positions are the target's own. */
const history = (events: readonly RecordedEvent[]) =>
  events.map((e) => ({ id: e.id, stream: e.stream, type: e.type, revision: e.revision, data: e.data, metadata: metadataOf(e) }));

describe('copying the event history to another store (embedded SQLite to a cluster)', () => {
  let directory: string;
  let source: SqliteEventStore;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'copy-events-'));
    source = new SqliteEventStore(join(directory, 'events.sqlite'));
    await seedPlatform(new CommandRunner(source), seedCommands());
  });
  afterAll(async () => {
    await source.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps every event, its stream, revision, data and metadata, in the same global order', async () => {
    // The in-memory store stands in for the target: positions 7 apart, as KurrentDB's have gaps.
    const target = new InMemoryEventStore({ positionStep: 7 });
    const report = await copyEvents(source, target);
    const [copied, original] = [await readEverything(target), await readEverything(source)];
    expect(report).toMatchObject({ events: original.length, alreadyCopied: 0 });
    expect(history(copied)).toEqual(history(original));

    const snapshots = new InMemorySnapshotStore();
    const [fromCopy, fromOriginal] = [
      await rebuildProjection(target, monitoringProjection, snapshots),
      await rebuildProjection(source, monitoringProjection, snapshots),
    ];
    expect(fromCopy.state).toEqual(fromOriginal.state);
  });

  it('run again after an interruption, copies only what is missing and records nothing twice', async () => {
    const original = await readEverything(source);
    const target = new InMemoryEventStore();
    // An earlier copy that stopped part-way, between two of the appends it makes (each is atomic).
    for (const run of runsOfOneStream(original.slice(0, 1000)).slice(0, 40)) {
      const first = run[0]!;
      await target.appendToStream(
        first.stream,
        run.map((e) => ({ id: e.id, type: e.type, data: e.data, metadata: metadataOf(e) })),
        first.revision === 0 ? 'no_stream' : first.revision - 1,
      );
    }
    const alreadyThere = (await readEverything(target)).length;

    const report = await copyEvents(source, target);
    expect(report).toMatchObject({ events: original.length, alreadyCopied: alreadyThere });
    expect(history(await readEverything(target))).toEqual(history(original));
    expect((await copyEvents(source, target)).alreadyCopied).toBe(original.length);
    expect(await readEverything(target)).toHaveLength(original.length);
  });

  it('refuses to mix two histories: a target whose streams hold other events', async () => {
    const target = new InMemoryEventStore();
    const [first] = await readEverything(source);
    await target.appendToStream(
      first!.stream,
      [{ id: crypto.randomUUID(), type: 'Other', data: {}, metadata: metadataOf(first!) }],
      'no_stream',
    );
    await expect(copyEvents(source, target)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await readEverything(target)).toHaveLength(1);
  });
});
