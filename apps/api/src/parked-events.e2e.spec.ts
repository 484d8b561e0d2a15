import { SqliteEventStore } from '@monitor/event-store';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

const PARKED = `{ parkedEvents { position stream type eventId reason parkedAt attempts } }`;
const REPLAY = `mutation Replay($positions: [String!]) {
  replayParkedEvents(positions: $positions) { replayed { position } failedAgain { position reason attempts } refused { event { position } reason } }
}`;

describe('parked events: the read models set aside an event they cannot apply; an administrator lists and replays them', () => {
  let platform: RunningPlatform;
  let admin: string;
  let analyst: string;
  let taskId: string;
  let position: string;

  beforeAll(async () => {
    platform = await startPlatform();
    [admin, analyst] = await Promise.all([platform.token('ADMIN'), platform.token('ANALYST')]);
    const plan = await platform.gql('{ plan(id: "ha-nam.2811-kh-ubnd") { tasks { id } } }', {}, analyst);
    taskId = plan.data!.plan.tasks[0].id;

    // Another writer (an older version, say) records an assignment without its lead units: the
    // store takes it, the read models cannot apply it.
    const writer = new SqliteEventStore(join(platform.dataDir, 'events.sqlite'));
    const metadata = {
      actor: null,
      occurredAt: '2021-02-01T02:00:00.000Z',
      occurredAtPrecision: 'INSTANT' as const,
      recordedBy: 'writer:old',
      recordedAt: new Date().toISOString(),
      correlationId: randomUUID(),
      causationId: null,
    };
    const appended = await writer.appendToStream(
      `task-${taskId}`,
      [{ id: randomUUID(), type: 'TaskAssigned', data: { taskId, coordinatorUnitIds: [] }, metadata }],
      'any',
    );
    await writer.close();
    position = appended.position.toString();
    for (let tries = 0; tries < 200; tries++) {
      if ((await fetch(`${platform.url}/ready`).then((r) => r.json() as Promise<{ checkpoint: string }>)).checkpoint === position) break;
      await sleep(25);
    }
  });
  afterAll(() => platform.stop());

  it('refuses both to an analyst', async () => {
    const list = await platform.gql(PARKED, {}, analyst);
    const replay = await platform.gql(REPLAY, {}, analyst);
    expect([list.errors?.[0].extensions?.code, replay.errors?.[0].extensions?.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('lists the parked event with its reason, and goes on applying the events after it', async () => {
    const list = await platform.gql(PARKED, {}, admin);
    expect(list.data!.parkedEvents).toEqual([
      {
        position,
        stream: `task-${taskId}`,
        type: 'TaskAssigned',
        eventId: expect.any(String),
        reason: expect.stringContaining('is not iterable'),
        parkedAt: expect.any(String),
        attempts: 1,
      },
    ]);
    const defined = await platform.gql(
      'mutation($input: DefineTaskInput!) { defineTask(input: $input) { id } }',
      { input: { id: 'ha-nam.2811-kh-ubnd.after-parked', planId: 'ha-nam.2811-kh-ubnd', title: 'Sau sự kiện lỗi' } },
      admin,
    );
    expect(defined.data!.defineTask.id).toBe('ha-nam.2811-kh-ubnd.after-parked');
  });

  it('names a position that is not one, or not parked, and replays nothing', async () => {
    const typo = await platform.gql(REPLAY, { positions: ['abc'] }, admin);
    expect(typo.errors?.[0]).toMatchObject({
      message: 'positions[0]: "abc" is not a position: give it as parkedEvents lists it',
      extensions: { code: 'INVALID_INPUT', field: 'positions[0]' },
    });
    const unknown = await platform.gql(REPLAY, { positions: [position, '1'] }, admin);
    expect(unknown.errors?.[0].extensions).toEqual({ code: 'INVALID_INPUT', field: 'positions[1]' });
    expect((await platform.gql(PARKED, {}, admin)).data!.parkedEvents[0].attempts).toBe(1);
  });

  it('replays it: failing again, it stays parked with one more attempt, and so it is after a restart', async () => {
    const replay = await platform.gql(REPLAY, { positions: [position] }, admin);
    expect(replay.data!.replayParkedEvents).toEqual({
      replayed: [],
      failedAgain: [{ position, reason: expect.stringContaining('is not iterable'), attempts: 2 }],
      refused: [],
    });

    await platform.stop();
    platform = await startPlatform(platform.dataDir);
    const afterRestart = await platform.gql(PARKED, {}, await platform.token('ADMIN'));
    expect(afterRestart.data!.parkedEvents).toEqual([expect.objectContaining({ position, attempts: 2 })]);
  });
});
