// Several API replicas over one shared event store (here: two store instances on one SQLite file,
// as two replicas would share a KurrentDB cluster): writes race through the command path with
// optimistic concurrency, start-up seeding is idempotent, and each replica's read models follow the
// shared store on their own.
import type { CommandContext, PlatformCommand } from '@monitor/domain';
import {
  InMemoryEventStore,
  SqliteEventStore,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@monitor/event-store';
import { seedCommands } from '@monitor/seeds';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandRunner } from './commands/command-runner.js';
import { CheckpointedProjector } from './projection/checkpointed-projector.js';
import { InMemorySnapshotStore } from './projection/file-snapshot-store.js';
import { monitoringProjection } from './projection/monitoring-views.registration.js';
import { seedPlatform } from './seeding/seed-platform.js';
import { commandContext, oneAssignedTask } from './testing/command-fixtures.js';

const context = (): CommandContext => commandContext();
const setup = oneAssignedTask();

const report = (replica: string, n: number): PlatformCommand => ({
  type: 'ReportProgress',
  taskId: 't1',
  reportId: `${replica}-${n}`,
  unitId: 'ha-nam.so-khcn',
  percentComplete: n,
  summary: null,
});

/** The real store, counting the conflicts it reports, to show the race really happened. */
const countingConflicts = (store: EventStore) => {
  const counted = { conflicts: 0 };
  const appendToStream: EventStore['appendToStream'] = async (...args) => {
    try {
      return await store.appendToStream(...args);
    } catch (error) {
      if (error instanceof WrongExpectedRevisionError) counted.conflicts += 1;
      throw error;
    }
  };
  const counting: EventStore = {
    appendToStream,
    readStream: (...args) => store.readStream(...args),
    readAll: (...args) => store.readAll(...args),
    headPosition: () => store.headPosition(),
    subscribeToAll: (...args) => store.subscribeToAll(...args),
    flush: () => store.flush(),
    keptWhenOneCommitThrows: store.keptWhenOneCommitThrows,
    inOneCommit: (work) => store.inOneCommit(work),
    close: () => store.close(),
  };
  return { store: counting, counted };
};

const idsByStream = (events: readonly RecordedEvent[]): Record<string, string[]> => {
  const byStream: Record<string, string[]> = {};
  for (const event of events) (byStream[event.stream] ??= []).push(event.id);
  return byStream;
};

const readEverything = async (store: EventStore): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  for (
    let page = await store.readAll({ maxCount: 1000 });
    page.length > 0;
    page = await store.readAll({ from: page.at(-1)!.position, maxCount: 1000 })
  )
    all.push(...page);
  return all;
};

describe('API replicas sharing one event store', () => {
  let directory: string;
  let replicas: SqliteEventStore[];

  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'replicas-'));
    const file = join(directory, 'events.sqlite');
    // Each replica opens the store itself; they share only what is stored.
    replicas = [new SqliteEventStore(file, { pollIntervalMs: 20 }), new SqliteEventStore(file, { pollIntervalMs: 20 })];
  });

  afterEach(async () => {
    for (const store of replicas) await store.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('two replicas racing on one task lose no update', async () => {
    const [a, b] = replicas.map(countingConflicts);
    for (const command of setup) await new CommandRunner(a!.store).run(command, context());
    const [runnerA, runnerB] = [new CommandRunner(a!.store, undefined, 50), new CommandRunner(b!.store, undefined, 50)];

    await Promise.all(
      Array.from({ length: 10 }, (_, n) => [runnerA.run(report('a', n), context()), runnerB.run(report('b', n), context())]).flat(),
    );

    expect(a!.counted.conflicts + b!.counted.conflicts).toBeGreaterThan(0);
    const task = await replicas[1]!.readStream('task-t1');
    const reported = task
      .filter((event) => event.type === 'ProgressReported')
      .map((event) => (event.data as { reportId: string }).reportId);
    expect(reported.sort()).toEqual(
      [...Array.from({ length: 10 }, (_, n) => `a-${n}`), ...Array.from({ length: 10 }, (_, n) => `b-${n}`)].sort(),
    );
    expect(task.map((event) => event.revision)).toEqual(task.map((_, index) => index));
  });

  it('replicas starting together seed the platform once between them', async () => {
    const reports = await Promise.all(replicas.map((store) => seedPlatform(new CommandRunner(store), seedCommands())));

    const alone = new InMemoryEventStore();
    await seedPlatform(new CommandRunner(alone), seedCommands());
    const [shared, expected] = [await readEverything(replicas[0]!), await readEverything(alone)];
    expect(shared).toHaveLength(expected.length);
    expect(idsByStream(shared)).toEqual(idsByStream(expected));
    for (const seeded of reports) {
      expect(seeded.conflicting).toEqual([]);
      expect(seeded.recorded + seeded.alreadyRecorded).toBe(seedCommands().length);
    }
  });

  it("each replica's read models follow the shared store, whichever replica wrote", async () => {
    const projectors = replicas.map((store) => new CheckpointedProjector(store, monitoringProjection, new InMemorySnapshotStore()));
    for (const projector of projectors) await projector.start();
    const runners = replicas.map((store) => new CommandRunner(store));
    for (const command of setup) await runners[0]!.run(command, context());
    const written = await runners[1]!.run(report('b', 40), context());

    for (const projector of projectors) await projector.waitFor(written.position, 5000);
    const [first, second] = projectors.map((projector) => projector.state);
    expect(first!.tasks.get('t1')?.reportCount).toBe(1);
    expect(second).toEqual(first);
    for (const projector of projectors) await projector.stop();
  });
});
