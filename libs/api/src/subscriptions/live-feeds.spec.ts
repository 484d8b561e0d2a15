import { CommandRunner, InMemorySnapshotStore, monitoringProjection, seedPlatform } from '@monitor/application';
import { NO_DEADLINE, type CommandContext } from '@monitor/domain';
import { InMemoryEventStore } from '@monitor/event-store';
import { compareProvinces, findDirective } from '@monitor/read-models';
import { seedCommands } from '@monitor/seeds';
import { setTimeout as sleep } from 'node:timers/promises';
import { MonitoringProjector } from '../platform/monitoring-views.js';
import { COALESCE_MS, LiveFeeds } from './live-feeds.js';

const context: CommandContext = {
  actor: null,
  occurredAt: '2021-01-05T02:00:00.000Z',
  occurredAtPrecision: 'INSTANT',
  recordedBy: 'spec',
  actingForProvince: null,
  correlationId: 'c',
  causationId: null,
};
const defineTask = (taskId: string, planId: string, provinceId: string) =>
  ({ type: 'DefineTask', taskId, planId, provinceId, code: null, title: taskId, deadline: NO_DEADLINE, targets: [] }) as const;

describe('live feeds over the read models', () => {
  const store = new InMemoryEventStore();
  const runner = new CommandRunner(store);
  const projector = new MonitoringProjector(store, monitoringProjection, new InMemorySnapshotStore());
  const feeds = new LiveFeeds(projector);

  beforeAll(async () => {
    await projector.start();
    await seedPlatform(runner, seedCommands());
    await projector.catchUp();
  });
  afterAll(async () => {
    await projector.stop();
    await store.close();
  });

  const watch696 = () => {
    const directive = findDirective(projector.state, '696/QĐ-TTg')!;
    const compute = async () => compareProvinces(projector.state, { directive, asOf: new Date().toISOString() });
    return feeds.comparisons(directive, compute, (c) => JSON.stringify(c.rows));
  };
  const haNamTasks = (comparison: { rows: readonly { provinceId: string; tasks: number }[] }) =>
    comparison.rows.find((r) => r.provinceId === 'ha-nam')!.tasks;

  it('pushes one comparison for 1,000 events applied together, with all of them counted', async () => {
    const feed = await watch696();
    const before = haNamTasks(
      compareProvinces(projector.state, { directive: findDirective(projector.state, '696/QĐ-TTg')!, asOf: new Date().toISOString() }),
    );
    for (let i = 0; i < 1000; i++) await runner.run(defineTask(`ha-nam.2811-kh-ubnd.batch-${i}`, 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
    await projector.catchUp();
    const first = await feed.next();
    expect(haNamTasks(first.value!)).toBe(before + 1000);
    await sleep(COALESCE_MS * 3);
    const more = await Promise.race([feed.next(), sleep(COALESCE_MS, 'nothing more')]);
    expect(more).toBe('nothing more');
    await feed.return();
  });

  it("pushes nothing for another directive's plan; the next change of its own is pushed", async () => {
    const feed = await watch696();
    await runner.run(defineTask('bac-kan.684-qd-ubnd.other', 'bac-kan.684-qd-ubnd', 'bac-kan'), context);
    await projector.catchUp();
    await sleep(COALESCE_MS * 2);
    await runner.run(defineTask('ha-nam.2811-kh-ubnd.own', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
    const pushed = await feed.next();
    expect(projector.state.tasks.has('bac-kan.684-qd-ubnd.other')).toBe(true);
    // The first push is the Hà Nam task's, not one for Bắc Kạn's plan under 2245/QĐ-TTg.
    expect(haNamTasks(pushed.value!)).toBe(projector.state.plans.get('ha-nam.2811-kh-ubnd')!.taskIds.length);
    await feed.return();
  });

  describe('shared by the subscribers of one directive', () => {
    const directive696 = () => findDirective(projector.state, '696/QĐ-TTg')!;
    /** A computation that counts its calls, as every subscriber of the directive passes it. */
    const countedCompute = () => {
      const compute = async () => {
        compute.calls++;
        return compareProvinces(projector.state, { directive: directive696(), asOf: new Date().toISOString() });
      };
      compute.calls = 0;
      return compute;
    };
    const figures = (c: { rows: unknown }) => JSON.stringify(c.rows);

    it('computes one comparison per window for 200 subscribers and pushes it to each, then releases everything when the last leaves', async () => {
      const listeners = projector.appliedListenerCount;
      const compute = countedCompute();
      const subscribers = await Promise.all(Array.from({ length: 200 }, () => feeds.comparisons(directive696(), compute, figures)));
      // The figures the subscribers start from are taken once, for all of them.
      expect(compute.calls).toBe(1);
      expect(projector.appliedListenerCount).toBe(listeners + 1);
      expect(feeds.stats).toMatchObject({ directives: 1, comparisonSubscribers: 200 });

      const before = haNamTasks(compareProvinces(projector.state, { directive: directive696(), asOf: new Date().toISOString() }));
      for (let i = 0; i < 5; i++) await runner.run(defineTask(`ha-nam.2811-kh-ubnd.shared-${i}`, 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
      await projector.catchUp();
      const pushed = await Promise.all(subscribers.map((feed) => feed.next()));
      expect(pushed.map((p) => haNamTasks(p.value!))).toEqual(Array(200).fill(before + 5));
      expect(compute.calls).toBe(2);

      // A subscriber joining now starts from the shared figures: no computation of its own.
      const late = await feeds.comparisons(directive696(), compute, figures);
      expect(compute.calls).toBe(2);
      await runner.run(defineTask('ha-nam.2811-kh-ubnd.shared-late', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
      expect(haNamTasks((await late.next()).value!)).toBe(before + 6);
      expect(haNamTasks((await subscribers[0].next()).value!)).toBe(before + 6);
      expect(compute.calls).toBe(3);

      await Promise.all([...subscribers, late].map((feed) => feed.return()));
      expect(feeds.stats).toMatchObject({ directives: 0, comparisonSubscribers: 0 });
      expect(projector.appliedListenerCount).toBe(listeners);
    });

    it('lets the event loop turn while pushing to many subscribers, so requests are not held behind them', async () => {
      const compute = countedCompute();
      const subscribers = await Promise.all(Array.from({ length: 200 }, () => feeds.comparisons(directive696(), compute, figures)));
      const received: (number | 'turn')[] = [];
      const all = subscribers.map((feed, i) =>
        feed.next().then(() => {
          received.push(i);
          if (i === 0) setImmediate(() => received.push('turn'));
        }),
      );
      try {
        await runner.run(defineTask('ha-nam.2811-kh-ubnd.fanned-out', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
        await Promise.all(all);
        await new Promise((resolve) => setImmediate(resolve));
        expect(received.indexOf('turn')).toBeGreaterThan(0);
        expect(received.indexOf('turn')).toBeLessThan(received.indexOf(199));
      } finally {
        await Promise.all(subscribers.map((feed) => feed.return()));
      }
    });

    it('drops an open window when the last subscriber leaves: nothing more is computed', async () => {
      const compute = countedCompute();
      const subscribers = await Promise.all(Array.from({ length: 3 }, () => feeds.comparisons(directive696(), compute, figures)));
      await runner.run(defineTask('ha-nam.2811-kh-ubnd.left-early', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
      await projector.catchUp();
      await Promise.all(subscribers.map((feed) => feed.return()));
      await sleep(COALESCE_MS * 2);
      expect(compute.calls).toBe(1);
      expect(feeds.stats).toMatchObject({ directives: 0, comparisonSubscribers: 0 });
    });

    it('fails every subscriber when the shared computation fails, and starts afresh for the next', async () => {
      const compute = countedCompute();
      let failing = false;
      const flaky = async () => {
        if (failing) throw new Error('store unavailable');
        return compute();
      };
      const subscribers = await Promise.all([1, 2].map(() => feeds.comparisons(directive696(), flaky, figures)));
      failing = true;
      await runner.run(defineTask('ha-nam.2811-kh-ubnd.failing', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
      for (const feed of subscribers) await expect(feed.next()).rejects.toThrow('the comparison could not be computed; subscribe again');
      expect(feeds.stats).toMatchObject({ directives: 0, comparisonSubscribers: 0 });
      failing = false;
      const again = await feeds.comparisons(directive696(), flaky, figures);
      expect(feeds.stats).toMatchObject({ directives: 1, comparisonSubscribers: 1 });
      await again.return();
    });
  });

  it('routes events by province, and removes its listener when the subscriber leaves', async () => {
    const listeners = projector.appliedListenerCount;
    const bacKan = feeds.events('bac-kan');
    expect(projector.appliedListenerCount).toBe(listeners + 1);
    await runner.run(defineTask('ha-nam.2811-kh-ubnd.routed', 'ha-nam.2811-kh-ubnd', 'ha-nam'), context);
    await runner.run(defineTask('bac-kan.684-qd-ubnd.routed', 'bac-kan.684-qd-ubnd', 'bac-kan'), context);
    expect((await bacKan.next()).value).toMatchObject({ type: 'TaskDefined', stream: 'task-bac-kan.684-qd-ubnd.routed' });
    await bacKan.return();
    expect(projector.appliedListenerCount).toBe(listeners);
  });
});
