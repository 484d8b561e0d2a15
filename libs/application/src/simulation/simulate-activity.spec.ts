import { InMemoryEventStore, type RecordedEvent } from '@monitor/event-store';
import {
  applyMonitoringEvent,
  compareProvinces,
  initialMonitoringState,
  type MonitoringState,
  type ProjectedEvent,
} from '@monitor/read-models';
import { seedCommands } from '@monitor/seeds';
import { CommandRunner } from '../commands/command-runner.js';
import { seedPlatform } from '../seeding/seed-platform.js';
import { simulateActivity, type SimulationOptions } from './simulate-activity.js';

const options: SimulationOptions = {
  seed: 7,
  until: '2024-12-31',
  directive: '696/QD-TTg',
  syntheticProvinces: 3,
  plansPerProvince: 2,
  tasksPerPlan: 4,
};

const readAll = (store: InMemoryEventStore): Promise<RecordedEvent[]> => store.readAll({ maxCount: 1_000_000 });

const stateOf = (events: readonly RecordedEvent[]): MonitoringState => {
  const state = initialMonitoringState();
  for (const event of events) applyMonitoringEvent(state, event as ProjectedEvent);
  return state;
};

/** The seed documents recorded, then a simulation over them. */
const simulated = async (seed = options.seed) => {
  const store = new InMemoryEventStore();
  const runner = new CommandRunner(store);
  await seedPlatform(runner, seedCommands());
  const real = stateOf(await readAll(store));
  const report = await simulateActivity(runner, real.withoutSimulated!, { ...options, seed });
  return { store, runner, real, report, events: await readAll(store) };
};

describe('the activity simulator', () => {
  it('records years of reports, extensions, completions and synthetic provinces, every event marked simulated', async () => {
    const { events, report, real } = await simulated();
    const added = events.slice(events.length - report.commands);
    expect(report.commands).toBeGreaterThan(100);
    expect(added.every((e) => e.simulated && e.metadata().recordedBy === 'system:simulator')).toBe(true);
    expect(events.slice(0, events.length - report.commands).some((e) => e.simulated)).toBe(false);
    for (const type of [
      'ProvinceRegistered',
      'PlanIssued',
      'TaskDefined',
      'ProgressReported',
      'TaskDeadlineChanged',
      'TaskCompleted',
      'PlanTargetValuesReported',
    ]) {
      expect(added.some((e) => e.type === type)).toBe(true);
    }
    // Targets get values: on tasks' progress reports and, for a plan's own targets, on the plan.
    expect(added.some((e) => e.type === 'ProgressReported' && ((e.data as { values?: unknown[] }).values?.length ?? 0) > 0)).toBe(true);
    expect(added.some((e) => e.type === 'PlanTargetValuesReported' && real.plans.has((e.data as { planId: string }).planId))).toBe(true);
    // Activity for the seed plans too, not only for synthetic provinces.
    expect(added.some((e) => e.type === 'ProgressReported' && real.tasks.has((e.data as { taskId: string }).taskId))).toBe(true);
  });

  it('gives the same history for the same seed, another for another seed, and records nothing twice', async () => {
    const summary = (events: RecordedEvent[]) => events.filter((e) => e.simulated).map((e) => [e.stream, e.type, e.occurredAt]);
    const first = await simulated();
    const again = await simulated();
    const other = await simulated(8);
    expect(summary(again.events)).toEqual(summary(first.events));
    expect(summary(other.events)).not.toEqual(summary(first.events));
    const rerun = await simulateActivity(first.runner, first.real.withoutSimulated!, options);
    expect(rerun).toMatchObject({ commands: 0, alreadyRecorded: first.report.commands });
  });

  it('gives comparisons something to compare, and leaves the real figures untouched', async () => {
    const { events } = await simulated();
    const state = stateOf(events);
    const compare = (s: MonitoringState) =>
      compareProvinces(s, { directive: s.directives.get('696/QĐ-TTg')!, asOf: '2024-12-31T00:00:00Z' });
    const withSimulated = compare(state);
    const real = compare(state.withoutSimulated!);
    expect(withSimulated.rows.filter((r) => r.provinceId.startsWith('mo-phong-')).length).toBe(3);
    expect(withSimulated.rows.some((r) => (r.reportingRate ?? 0) > 0)).toBe(true);
    const synthetic = withSimulated.rows.filter((r) => r.provinceId.startsWith('mo-phong-'));
    expect(synthetic.every((r) => r.targets > 0 && r.targetsWithValue > 0)).toBe(true);
    expect(real.rows.some((r) => r.provinceId.startsWith('mo-phong-'))).toBe(false);
    // Synthetic provinces count in coverage only when asked for: the real denominator stays the 63 of 2020.
    expect(real.coverage.denominator.provinces).toBe(63);
    expect(withSimulated.coverage.denominator.provinces).toBe(63 + 3);
    expect(real).toEqual(compare(stateOf(events.filter((e) => !e.simulated)).withoutSimulated!));
  });
});
