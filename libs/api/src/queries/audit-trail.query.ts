import { invalidInput, streams } from '@monitor/domain';
import type { EventStore, RecordedEvent } from '@monitor/event-store';
import { Inject, Injectable } from '@nestjs/common';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { EVENT_STORE } from '../platform/tokens.js';

export interface AuditTrailFilters {
  /** Which time `from`/`to` bound: when it happened (default) or when it was recorded. */
  readonly timeField?: 'OCCURRED_AT' | 'RECORDED_AT';
  readonly types?: readonly string[] | null;
  /** Only what this actor did: an official's `actor.id` or a recording principal. */
  readonly actor?: string | null;
  /** Page size; the whole trail when absent. */
  readonly first?: number | null;
  /** The position of the last entry of the previous page. */
  readonly after?: string | null;
}

export const MAX_AUDIT_PAGE = 1000;

const didIt = (event: RecordedEvent, actor: string): boolean => event.actor?.id === actor || event.metadata().recordedBy === actor;

const parseAfter = (after: string | null | undefined): bigint | null => {
  if (after === null || after === undefined) return null;
  if (!/^\d+$/.test(after)) throw invalidInput('after', `must be the position of an audit entry (digits), not "${after}"`);
  return BigInt(after);
};

/** Keeps the events the filters ask for, then the page after the cursor. */
const filtered = (events: readonly RecordedEvent[], from: Date | null, to: Date | null, filters: AuditTrailFilters): RecordedEvent[] => {
  const { first, actor } = filters;
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 1 || first > MAX_AUDIT_PAGE)) {
    throw invalidInput('first', `must be a whole number from 1 to ${MAX_AUDIT_PAGE}, not ${first}`);
  }
  const cursor = parseAfter(filters.after);
  const types = filters.types && filters.types.length > 0 ? new Set(filters.types) : null;
  const after = from?.toISOString();
  const before = to?.toISOString();
  const timeOf = filters.timeField === 'RECORDED_AT' ? (e: RecordedEvent) => e.recordedAt : (e: RecordedEvent) => e.occurredAt;
  const kept = events.filter(
    (e) =>
      (cursor === null || e.position > cursor) &&
      (!types || types.has(e.type)) &&
      (!actor || didIt(e, actor)) &&
      (!after || timeOf(e) >= after) &&
      (!before || timeOf(e) <= before),
  );
  return first ? kept.slice(0, first) : kept;
};

const mentionsUnit = (event: RecordedEvent, unitId: string): boolean => {
  const data = event.data as Record<string, unknown>;
  const listed = (key: string) => Array.isArray(data[key]) && (data[key] as string[]).includes(unitId);
  return data.unitId === unitId || data.issuerUnitId === unitId || listed('leadUnitIds') || listed('coordinatorUnitIds');
};

/** The streams that hold events about an entity, and which of their events are about it. */
const scopeOf = (reads: MonitoringReads, entity: string): { streams: string[]; about: (e: RecordedEvent) => boolean } | null => {
  const all = () => true;
  const task = reads.task(entity);
  if (task) return { streams: [streams.task(task.id)], about: all };
  const plan = reads.plan(entity);
  if (plan) return { streams: [streams.plan(plan.id), ...plan.taskIds.map(streams.task)], about: all };
  const unit = reads.unit(entity);
  if (unit) {
    const taskStreams = [...reads.allTasks()]
      // Only assigned units may report on a task, so its assignments find every task a unit touched.
      .filter((t) => t.assignments.some((a) => a.unitId === unit.id))
      .map((t) => streams.task(t.id));
    const planStreams = [...reads.allPlans()].filter((p) => p.issuerUnitId === unit.id).map((p) => streams.plan(p.id));
    return {
      streams: [streams.orgUnit(unit.id), ...planStreams, ...taskStreams],
      about: (e) => e.stream === streams.orgUnit(unit.id) || mentionsUnit(e, unit.id),
    };
  }
  const province = reads.findProvince(entity);
  if (province) {
    const plans = [...reads.allPlans()].filter((p) => p.provinceId === province.id);
    const units = [...reads.allUnits()].filter((u) => u.provinceId === province.id);
    return {
      streams: [
        streams.province(province.id),
        ...units.map((u) => streams.orgUnit(u.id)),
        ...plans.flatMap((p) => [streams.plan(p.id), ...p.taskIds.map(streams.task)]),
      ],
      about: all,
    };
  }
  const directive = reads.findDirective(entity);
  // Documents sharing a number share a stream: only this one's registration is about it.
  if (directive)
    return { streams: [streams.directive(directive.id)], about: (e) => (e.data as { directiveId?: string }).directiveId === directive.id };
  return null;
};

/** Every recorded event about a plan, task, unit, province, directive or actor, oldest first (global order), filtered and paged. */
@Injectable()
export class AuditTrail {
  constructor(
    private readonly reads: MonitoringReads,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async find(entity: string, from: Date | null, to: Date | null, filters: AuditTrailFilters = {}): Promise<RecordedEvent[]> {
    const scope = scopeOf(this.reads, entity);
    const events = scope
      ? (await Promise.all(scope.streams.map((s) => this.store.readStream(s)))).flat().filter((e) => scope.about(e))
      : await this.byActor(entity);
    return filtered(
      events.sort((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)),
      from,
      to,
      filters,
    );
  }

  /**
   * An entity that is no plan, task, unit, province or directive is taken as an actor: everything
   * recorded as done by that official (`actor.id`) or recorded by that principal. Actors are not
   * indexed, so this reads the whole log.
   */
  private async byActor(actor: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for (let after = 0n; ;) {
      const batch = await this.store.readAll({ from: after, maxCount: 2000 });
      if (batch.length === 0) return events;
      for (const e of batch) if (didIt(e, actor)) events.push(e);
      after = batch[batch.length - 1]!.position;
    }
  }
}
