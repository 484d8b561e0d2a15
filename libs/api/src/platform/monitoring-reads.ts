import { foldId, notFound } from '@monitor/domain';
import {
  breakdown,
  compareProvinces,
  directivePlansByProvince,
  findDirective,
  findProvince,
  planFlags,
  planOfEvent,
  plansForDirective,
  provinceOfEvent,
  taskFlags,
  taskStatusOn,
  unitOn,
  type BreakdownInput,
  type BreakdownRow,
  type CompareProvincesInput,
  type DirectiveComparisonResult,
  type DirectiveView,
  type DocumentDraftView,
  type MonitoringState,
  type OrgUnitView,
  type PlanView,
  type ProjectedEvent,
  type ProvincePlans,
  type ProvinceView,
  type TaskStatus,
  type TaskView,
} from '@monitor/read-models';

/** What holds the views: the projector (or, in specs, a state of their own). */
export interface HoldsViews {
  readonly state: MonitoringState;
}

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'vi');

/**
 * The one way the API reads the monitoring views: top-level queries, the entities a mutation
 * returns once the projector has applied its write, field resolvers and live feeds all look things
 * up here, and nothing else in libs/api touches the views' state (lint keeps it so).
 *
 * Reads do not go through @nestjs/cqrs's QueryBus: these are synchronous look-ups in memory, and the
 * bus added a query class, a handler and an async hop to each, with nothing (no interceptor, no
 * second handler, no transport) in between. Field resolvers could never afford it (a comparison
 * resolves thousands of fields), so the bus could only ever have been a second way. Writes keep the
 * command bus: each mutation is a command with its one handler (commands/record-mutation.ts).
 *
 * Each read takes the views as they are when it runs: the projector may apply events between two
 * reads of one request, as it always could.
 */
export class MonitoringReads {
  private constructor(private readonly views: () => MonitoringState) {}

  /** Reads over the views a holder keeps current (the projector replaces its state on a snapshot or replay). */
  static of(holder: HoldsViews): MonitoringReads {
    return new MonitoringReads(() => holder.state);
  }

  /** Simulated events live only in the full views: leaving them out is reading the other views, as they are now. */
  includingSimulated(include: boolean): MonitoringReads {
    if (include) return this;
    const real = this.views().withoutSimulated!;
    return new MonitoringReads(() => real);
  }

  // By id, as events and other views name them.
  province(id: string): ProvinceView | undefined {
    return this.views().provinces.get(id);
  }
  unit(id: string): OrgUnitView | undefined {
    return this.views().units.get(id);
  }
  directive(id: string): DirectiveView | undefined {
    return this.views().directives.get(id);
  }
  plan(id: string): PlanView | undefined {
    return this.views().plans.get(id);
  }
  task(id: string): TaskView | undefined {
    return this.views().tasks.get(id);
  }

  // Several by id, leaving out those not in the views.
  provinces(ids: readonly string[]): ProvinceView[] {
    return defined(ids.map((id) => this.province(id)));
  }
  units(ids: readonly string[]): OrgUnitView[] {
    return defined(ids.map((id) => this.unit(id)));
  }
  directives(ids: readonly string[]): DirectiveView[] {
    return defined(ids.map((id) => this.directive(id)));
  }
  plans(ids: readonly string[]): PlanView[] {
    return defined(ids.map((id) => this.plan(id)));
  }
  tasks(ids: readonly string[]): TaskView[] {
    return defined(ids.map((id) => this.task(id)));
  }

  // Everything of a kind.
  provincesByName(): ProvinceView[] {
    return [...this.views().provinces.values()].sort(byName);
  }
  directivesByIssueDate(): DirectiveView[] {
    return [...this.views().directives.values()].sort((a, b) => a.issuedOn.value.localeCompare(b.issuedOn.value));
  }
  allUnits(): IterableIterator<OrgUnitView> {
    return this.views().units.values();
  }
  /** A province's own registered units by name (a review picks leads among them); ended ones only when asked. */
  unitsOfProvince(provinceId: string, includeEnded = false): OrgUnitView[] {
    return [...this.allUnits()].filter((u) => u.provinceId === provinceId && (includeEnded || u.end === null)).sort(byName);
  }
  allPlans(): IterableIterator<PlanView> {
    return this.views().plans.values();
  }
  allTasks(): IterableIterator<TaskView> {
    return this.views().tasks.values();
  }
  provinceIds(): string[] {
    return [...this.views().provinces.keys()];
  }
  /** A document under review, by its SHA-256. */
  documentDraft(id: string): DocumentDraftView | undefined {
    return this.views().documentDrafts.get(id);
  }
  /** Documents under review, newest first: one province's (or the national ones, null), or all (undefined). */
  documentDrafts(provinceId?: string | null): DocumentDraftView[] {
    const all = [...this.views().documentDrafts.values()];
    return (provinceId === undefined ? all : all.filter((d) => d.provinceId === provinceId)).sort((a, b) =>
      b.receivedAt.localeCompare(a.receivedAt),
    );
  }

  // As a person types them: a directive's number, a province's name, an id in another case.
  findDirective(typed: string, field = 'directive'): DirectiveView | undefined {
    return findDirective(this.views(), typed, field);
  }
  findProvince(typed: string): ProvinceView | undefined {
    return findProvince(this.views(), typed);
  }
  findPlan(typed: string): PlanView | undefined {
    return this.plan(typed) ?? this.plan(foldId(typed));
  }
  findTask(typed: string): TaskView | undefined {
    return this.task(typed) ?? this.task(foldId(typed));
  }
  requireDirective(typed: string, field = 'directive'): DirectiveView {
    const directive = this.findDirective(typed, field);
    if (!directive) throw notFound(field, `no directive "${typed}" is registered`);
    return directive;
  }
  requireProvince(typed: string, field = 'province'): ProvinceView {
    const province = this.findProvince(typed);
    if (!province) throw notFound(field, `no province "${typed}" is registered`);
    return province;
  }

  // Relations and figures the views answer.
  /** The ids of the plans that implement a directive, directly or through a parent plan. */
  planIdsOf(directive: DirectiveView): string[] {
    return plansForDirective(this.views(), directive);
  }
  plansByProvince(directive: DirectiveView): Map<string, ProvincePlans> {
    return directivePlansByProvince(this.views(), directive);
  }
  /** The unit carrying a unit's duties on a day (itself, or the unit it merged into); null for one split or dissolved. */
  unitOn(unitId: string, day: number): string | null {
    return unitOn(this.views(), unitId, day);
  }
  taskStatus(task: TaskView, day: number): TaskStatus {
    return taskStatusOn(this.views(), task, day);
  }
  taskFlags(task: TaskView): string[] {
    return taskFlags(this.views(), task);
  }
  planFlags(plan: PlanView): string[] {
    return planFlags(this.views(), plan);
  }
  provinceOfEvent(event: ProjectedEvent): string | null {
    return provinceOfEvent(this.views(), event);
  }
  planOfEvent(event: ProjectedEvent): string | null {
    return planOfEvent(this.views(), event);
  }
  compareProvinces(input: CompareProvincesInput): DirectiveComparisonResult {
    return compareProvinces(this.views(), input);
  }
  breakdown(input: BreakdownInput): BreakdownRow[] {
    return breakdown(this.views(), input);
  }
}
