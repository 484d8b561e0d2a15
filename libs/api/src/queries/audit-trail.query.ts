import { streams } from '@monitor/domain';
import type { EventStore, RecordedEvent } from '@monitor/event-store';
import { findDirective, findProvince, type MonitoringState } from '@monitor/read-models';
import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE } from '../platform/tokens.js';
import { MonitoringViews } from '../platform/monitoring-views.js';

export class AuditTrailQuery extends Query<RecordedEvent[]> {
  constructor(
    readonly entity: string,
    readonly from: Date | null,
    readonly to: Date | null,
  ) {
    super();
  }
}

const mentionsUnit = (event: RecordedEvent, unitId: string): boolean => {
  const data = event.data as Record<string, unknown>;
  const listed = (key: string) => Array.isArray(data[key]) && (data[key] as string[]).includes(unitId);
  return data.unitId === unitId || data.issuerUnitId === unitId || listed('leadUnitIds') || listed('coordinatorUnitIds');
};

/** The streams that hold events about an entity, and which of their events are about it. */
const scopeOf = (state: MonitoringState, entity: string): { streams: string[]; about: (e: RecordedEvent) => boolean } | null => {
  const all = () => true;
  const task = state.tasks.get(entity);
  if (task) return { streams: [streams.task(task.id)], about: all };
  const plan = state.plans.get(entity);
  if (plan) return { streams: [streams.plan(plan.id), ...plan.taskIds.map(streams.task)], about: all };
  const unit = state.units.get(entity);
  if (unit) {
    const taskStreams = [...state.tasks.values()]
      // Only assigned units may report on a task, so its assignments find every task a unit touched.
      .filter((t) => t.assignments.some((a) => a.unitId === unit.id))
      .map((t) => streams.task(t.id));
    const planStreams = [...state.plans.values()].filter((p) => p.issuerUnitId === unit.id).map((p) => streams.plan(p.id));
    return { streams: [streams.orgUnit(unit.id), ...planStreams, ...taskStreams], about: (e) => e.stream === streams.orgUnit(unit.id) || mentionsUnit(e, unit.id) };
  }
  const province = findProvince(state, entity);
  if (province) {
    const plans = [...state.plans.values()].filter((p) => p.provinceId === province.id);
    const units = [...state.units.values()].filter((u) => u.provinceId === province.id);
    return {
      streams: [streams.province(province.id), ...units.map((u) => streams.orgUnit(u.id)), ...plans.flatMap((p) => [streams.plan(p.id), ...p.taskIds.map(streams.task)])],
      about: all,
    };
  }
  const directive = findDirective(state, entity);
  if (directive) return { streams: [streams.directive(directive.id)], about: all };
  return null;
};

/** Every recorded event about a plan, task, unit, province or directive, oldest first (global order). */
@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery> {
  constructor(
    private readonly views: MonitoringViews,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ entity, from, to }: AuditTrailQuery): Promise<RecordedEvent[]> {
    const scope = scopeOf(this.views.state, entity);
    if (!scope) return [];
    const events = (await Promise.all(scope.streams.map((s) => this.store.readStream(s)))).flat();
    const after = from?.toISOString();
    const before = to?.toISOString();
    return events
      .filter((e) => scope.about(e))
      .filter((e) => (!after || e.metadata.occurredAt >= after) && (!before || e.metadata.occurredAt <= before))
      .sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0));
  }
}
