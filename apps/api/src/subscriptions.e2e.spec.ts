import { CommandRunner } from '@monitor/application';
import { COALESCE_MS, MonitoringProjector, TokenService } from '@monitor/api';
import { NO_DEADLINE } from '@monitor/domain';
import { SqliteEventStore } from '@monitor/event-store';
import { createClient, type Client } from 'graphql-ws';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { startPlatform, type RunningPlatform } from './testing/platform-harness.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

/** What one subscription received, with a way to wait for more. */
interface Received {
  readonly messages: Payload[];
  closed: { code?: number; reason?: string } | null;
  completed: boolean;
  until(count: number, timeoutMs?: number): Promise<Payload[]>;
  /** Waits until some message received satisfies `wanted`; returns every message received by then. */
  untilSome(wanted: (message: Payload) => boolean, timeoutMs?: number): Promise<Payload[]>;
}

const EVENT_RECORDED = `subscription Events($province: ID) {
  eventRecorded(province: $province) { position stream type actor { name role } occurredAt recordedAt recordedBy data }
}`;
const COMPARISON_CHANGED = `subscription Comparison($directive: ID!) {
  comparisonChanged(directive: $directive) { directive { id } asOf rows { province { id } tasks completed completedOnTime overdue } }
}`;
const COMPARE = `query Compare($directive: ID!) { compareProvinces(directive: $directive) { rows { province { id } tasks completed } } }`;
const DEFINE = `mutation Define($input: DefineTaskInput!) { defineTask(input: $input) { id } }`;
const ASSIGN = `mutation Assign($input: AssignTaskInput!) { assignTask(input: $input) { id } }`;
const COMPLETE = `mutation Complete($input: CompleteTaskInput!) { completeTask(input: $input) { id } }`;

describe('GraphQL subscriptions over graphql-ws, fed by the event store through the read models', () => {
  let platform: RunningPlatform;
  let projector: MonitoringProjector;
  let auditor: string;
  let analyst: string;
  let haNam: string;
  let bacGiang: string;
  const clients: Client[] = [];

  beforeAll(async () => {
    platform = await startPlatform();
    projector = platform.app.get(MonitoringProjector);
    [auditor, analyst, haNam, bacGiang] = await Promise.all([
      platform.token('AUDITOR'),
      platform.token('ANALYST'),
      platform.token('PROVINCE', 'ha-nam'),
      platform.token('PROVINCE', 'bac-giang'),
    ]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
    await platform.stop();
  });

  const connect = (connectionParams: Record<string, unknown>) => {
    const client = createClient({
      url: platform.url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    return client;
  };

  const subscribe = (client: Client, query: string, variables: Record<string, unknown>): Received & { stop: () => void } => {
    const received: Received = {
      messages: [],
      closed: null,
      completed: false,
      async until(count, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        while (this.messages.length < count && !this.completed && !this.closed) {
          if (Date.now() > deadline)
            throw new Error(`received ${this.messages.length} of ${count} messages: ${JSON.stringify(this.messages)}`);
          await sleep(10);
        }
        return this.messages;
      },
      async untilSome(wanted, timeoutMs = 10_000) {
        const deadline = Date.now() + timeoutMs;
        while (!this.messages.some(wanted)) {
          if (Date.now() > deadline || this.closed || this.completed)
            throw new Error(`no message as wanted among ${JSON.stringify(this.messages)}`);
          await sleep(10);
        }
        return this.messages;
      },
    };
    const stop = client.subscribe<Payload['data']>(
      { query, variables },
      {
        next: (message) => received.messages.push(message as Payload),
        error: (error) => (received.closed = error as { code?: number; reason?: string }),
        complete: () => (received.completed = true),
      },
    );
    return Object.assign(received, { stop });
  };

  /** The server has registered `count` more subscriptions on the read models' feed. */
  const listening = async (baseline: number, count = 1) => {
    while (projector.appliedListenerCount < baseline + count) await sleep(10);
  };

  it('refuses a connection without a token, or with a bad one, closing it with 4401 and the reason', async () => {
    const anonymous = subscribe(connect({}), EVENT_RECORDED, {});
    await anonymous.until(1);
    expect(anonymous.closed).toMatchObject({
      code: 4401,
      reason: 'Unauthorized: send connectionParams { authorization: "Bearer <token>" }',
    });

    const forged = subscribe(connect({ authorization: 'Bearer not-a-token' }), EVENT_RECORDED, {});
    await forged.until(1);
    expect(forged.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/^Unauthorized: the token is not valid/) });
    expect(anonymous.messages).toEqual([]);
  });

  it('keeps the audit trail of events to auditors and administrators: an analyst is refused eventRecorded', async () => {
    const refused = subscribe(connect({ authorization: `Bearer ${analyst}` }), EVENT_RECORDED, {});
    const [answer] = await refused.until(1);
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: 'role ANALYST may not use eventRecorded',
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expect(refused.completed).toBe(true);
  });

  it('pushes each event recorded by a mutation over HTTP, as auditTrail shows it, to the subscribers of its province only', async () => {
    const client = connect({ authorization: `Bearer ${auditor}` });
    const baseline = projector.appliedListenerCount;
    const everything = subscribe(client, EVENT_RECORDED, {});
    const haNamOnly = subscribe(client, EVENT_RECORDED, { province: 'ha nam' });
    const bacGiangOnly = subscribe(client, EVENT_RECORDED, { province: 'Bắc Giang' });
    await listening(baseline, 3);

    const taskId = 'ha-nam.2811-kh-ubnd.subscribed-1';
    const defined = await platform.gql(
      DEFINE,
      {
        input: {
          id: taskId,
          planId: 'ha-nam.2811-kh-ubnd',
          title: 'Nhiệm vụ theo dõi',
          deadline: { text: 'trước ngày 10/6/2021' },
          occurredAt: '2021-01-05T02:00:00Z',
        },
      },
      haNam,
    );
    expect(defined.errors).toBeUndefined();
    const [pushed] = await haNamOnly.until(1);
    expect(pushed.data!.eventRecorded).toMatchObject({
      stream: `task-${taskId}`,
      type: 'TaskDefined',
      occurredAt: '2021-01-05T02:00:00.000Z',
      recordedBy: 'province:e2e',
      actor: { name: 'not stated in the source' },
      data: expect.objectContaining({ taskId, planId: 'ha-nam.2811-kh-ubnd', provinceId: 'ha-nam' }),
    });
    const trail = await platform.gql(
      'query($id: ID!) { auditTrail(entity: $id) { position stream type recordedBy data } }',
      { id: taskId },
      auditor,
    );
    expect(trail.data!.auditTrail).toEqual([expect.objectContaining({ position: pushed.data!.eventRecorded.position })]);

    // Bắc Giang's subscriber saw nothing of Hà Nam: the first thing it gets is Bắc Giang's own event.
    const bgTask = 'bac-giang.59-kh-ubnd.subscribed-1';
    await platform.gql(
      DEFINE,
      { input: { id: bgTask, planId: 'bac-giang.59-kh-ubnd', title: 'Nhiệm vụ theo dõi', occurredAt: '2021-01-05T02:00:00Z' } },
      bacGiang,
    );
    const [first] = await bacGiangOnly.until(1);
    expect(first.data!.eventRecorded.stream).toBe(`task-${bgTask}`);
    const all = await everything.until(2);
    expect(all.map((m) => m.data!.eventRecorded.stream)).toEqual([`task-${taskId}`, `task-${bgTask}`]);
    expect(haNamOnly.messages).toHaveLength(1);
    [everything, haNamOnly, bacGiangOnly].forEach((s) => s.stop());
  });

  it('answers an unknown province or directive with NOT_FOUND naming the argument', async () => {
    const client = connect({ authorization: `Bearer ${auditor}` });
    const [province] = await subscribe(client, EVENT_RECORDED, { province: 'Atlantis' }).until(1);
    expect(province.errors).toEqual([
      expect.objectContaining({
        message: 'province: no province "Atlantis" is registered',
        extensions: { code: 'NOT_FOUND', field: 'province' },
      }),
    ]);
    const [directive] = await subscribe(client, COMPARISON_CHANGED, { directive: '999/QĐ-TTg' }).until(1);
    expect(directive.errors).toEqual([expect.objectContaining({ extensions: { code: 'NOT_FOUND', field: 'directive' } })]);
  });

  it('pushes the comparison with the new figures after a completion recorded over HTTP', async () => {
    const before = await platform.gql(COMPARE, { directive: '696/QĐ-TTg' }, analyst);
    const haNamBefore = before.data!.compareProvinces.rows.find((r: { province: { id: string } }) => r.province.id === 'ha-nam');
    const baseline = projector.appliedListenerCount;
    const changes = subscribe(connect({ authorization: `Bearer ${analyst}` }), COMPARISON_CHANGED, { directive: '696/QD-TTg' });
    await listening(baseline);

    const taskId = 'ha-nam.2811-kh-ubnd.compared-1';
    await platform.gql(
      DEFINE,
      {
        input: {
          id: taskId,
          planId: 'ha-nam.2811-kh-ubnd',
          title: 'Nhiệm vụ so sánh',
          deadline: { text: 'trước ngày 10/6/2021' },
          occurredAt: '2021-01-05T02:00:00Z',
        },
      },
      haNam,
    );
    const assigned = await platform.gql(
      ASSIGN,
      {
        input: {
          taskId,
          leadUnitIds: ['ha-nam.so-khcn'],
          assignedBy: { name: 'Đinh Thị Lụa', role: 'Phó Chủ tịch UBND tỉnh' },
          occurredAt: '2021-01-06T02:00:00Z',
        },
      },
      haNam,
    );
    const completed = await platform.gql(COMPLETE, { input: { taskId, occurredAt: '2021-06-01T02:00:00Z' } }, haNam);
    expect([assigned.errors, completed.errors]).toEqual([undefined, undefined]);
    const haNamIn = (p: Payload) => p.data!.comparisonChanged.rows.find((r: { province: { id: string } }) => r.province.id === 'ha-nam');
    const pushes = await changes.untilSome((p) => haNamIn(p).completed === haNamBefore.completed + 1);
    changes.stop();
    const last = pushes[pushes.length - 1];
    expect(last.data!.comparisonChanged.directive.id).toBe('696/QĐ-TTg');
    expect(haNamIn(last)).toMatchObject({ tasks: haNamBefore.tasks + 1, completed: haNamBefore.completed + 1 });
    // Three mutations in quick succession, one of them (the assignment) changing no figure.
    expect(pushes.length).toBeLessThanOrEqual(2);
  });

  it('coalesces a burst: 1,000 tasks recorded one by one by another writer on the same store give a few pushes, the last with every task', async () => {
    const before = await platform.gql(COMPARE, { directive: '696/QĐ-TTg' }, analyst);
    const haNamTasks = before.data!.compareProvinces.rows.find((r: { province: { id: string } }) => r.province.id === 'ha-nam').tasks;
    const baseline = projector.appliedListenerCount;
    const changes = subscribe(connect({ authorization: `Bearer ${analyst}` }), COMPARISON_CHANGED, { directive: '696/QĐ-TTg' });
    await listening(baseline);

    // Another process's view of the store: what it appends reaches the platform by the store's subscription alone.
    const writer = new SqliteEventStore(join(platform.dataDir, 'events.sqlite'));
    const started = Date.now();
    const runner = new CommandRunner(writer);
    try {
      for (let i = 0; i < 1000; i++) {
        await runner.run(
          {
            type: 'DefineTask',
            taskId: `ha-nam.2811-kh-ubnd.burst-${i}`,
            planId: 'ha-nam.2811-kh-ubnd',
            code: null,
            title: `Nhiệm vụ ${i}`,
            deadline: NO_DEADLINE,
            targets: [],
          },
          {
            actor: null,
            occurredAt: '2021-01-05T02:00:00.000Z',
            occurredAtPrecision: 'INSTANT',
            recordedBy: 'writer:e2e',
            actingForProvince: null,
            correlationId: randomUUID(),
            causationId: null,
          },
        );
        // Let the platform run between commands, as it would beside a writer in another process.
        await nextTurn();
      }
      await projector.waitFor(await writer.headPosition());
    } finally {
      await writer.close();
    }
    const haNamTasksIn = (p: Payload) =>
      p.data!.comparisonChanged.rows.find((r: { province: { id: string } }) => r.province.id === 'ha-nam').tasks;
    const seen = (await changes.untilSome((p) => haNamTasksIn(p) === haNamTasks + 1000)).map(haNamTasksIn);
    const elapsedMs = Date.now() - started;
    console.log(
      `1,000 tasks recorded by another writer in ${elapsedMs} ms: ${seen.length} comparisonChanged pushes (Hà Nam's tasks in each: ${seen.join(', ')})`,
    );
    expect(seen[seen.length - 1]).toBe(haNamTasks + 1000);
    // At most one push per coalescing window, whatever the machine's speed; each with new figures.
    expect(seen.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / COALESCE_MS) + 1);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('sends nothing more once the token has expired, and closes the connection saying so', async () => {
    // JWT expiry counts whole seconds: this token has between one and two seconds left.
    const shortLived = await platform.app.get(TokenService).issue('AUDITOR', null, 'auditor:short', '2s');
    const baseline = projector.appliedListenerCount;
    const events = subscribe(connect({ authorization: `Bearer ${shortLived}` }), EVENT_RECORDED, {});
    await listening(baseline);
    await sleep(2100);
    await platform.gql(
      DEFINE,
      { input: { id: 'ha-nam.2811-kh-ubnd.after-expiry', planId: 'ha-nam.2811-kh-ubnd', title: 'Sau khi hết hạn' } },
      haNam,
    );
    await events.until(1);
    expect(events.messages).toEqual([]);
    expect(events.closed).toMatchObject({ code: 4401, reason: 'Unauthorized: the token expired; connect again with a new one' });
  });

  it('releases the read models feed when a client goes away', async () => {
    const baseline = projector.appliedListenerCount;
    const client = connect({ authorization: `Bearer ${auditor}` });
    subscribe(client, EVENT_RECORDED, {});
    subscribe(client, COMPARISON_CHANGED, { directive: '2245/QĐ-TTg' });
    await listening(baseline, 2);
    await client.dispose();
    const deadline = Date.now() + 5000;
    while (projector.appliedListenerCount > baseline && Date.now() < deadline) await sleep(10);
    expect(projector.appliedListenerCount).toBe(baseline);
  });
});
