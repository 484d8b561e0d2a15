import { vietnamDayNumber, type Actor } from '@monitor/domain';
import type { RecordedEvent } from '@monitor/event-store';
import {
  correctionsOf,
  deadlineInForce,
  lagBetween,
  targetAttainmentOn,
  planReportCorrectionsOf,
  plansForDirective,
  planFlags,
  taskFlags,
  taskStatusOn,
  unitNameOn,
  unitOn,
  type AssignmentView,
  type DirectiveView,
  type OrgUnitView,
  type PlanReportView,
  type PlanView,
  type ProgressReportView,
  type ProvinceImplementationRow,
  type RecordCorrectionView,
  type ReportCorrectionRow,
  type ProvinceView,
  type TaskView,
} from '@monitor/read-models';
import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MonitoringViews } from '../platform/monitoring-views.js';
import { ProgressReportsReader } from '../platform/progress-reports.reader.js';
import { oncePerQuery } from './once-per-query.js';

/** Shown where the source names no official (e.g. 59/KH-UBND's signer is not in the documents). */
export const UNSTATED_ACTOR: Actor = { id: 'unstated', name: 'not stated in the source', role: 'UNSTATED', unitId: null };

const defined = <T>(values: (T | undefined)[]): T[] => values.filter((v): v is T => v !== undefined);

/** Province lineage, from the ProvincesMerged events (the 2025 mergers are seeded). */
@Resolver('Province')
export class ProvinceResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('mergedOn') mergedOn(@Parent() province: ProvinceView) {
    return province.merger?.effectiveOn ?? null;
  }
  @ResolveField('mergerLegalBasis') mergerLegalBasis(@Parent() province: ProvinceView) {
    return province.merger?.legalBasis ?? null;
  }
  @ResolveField('successor') successor(@Parent() province: ProvinceView) {
    return province.merger ? (this.views.state.provinces.get(province.merger.successorId) ?? null) : null;
  }
  @ResolveField('predecessors') predecessors(@Parent() province: ProvinceView) {
    return defined(province.predecessorIds.map((id) => this.views.state.provinces.get(id)));
  }
}

/** Units and how they changed (renames, mergers, splits, dissolutions). */
@Resolver('OrgUnit')
export class OrgUnitResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('province') province(@Parent() unit: OrgUnitView) {
    return unit.provinceId ? this.views.state.provinces.get(unit.provinceId) : null;
  }
  @ResolveField('name') name(@Parent() unit: OrgUnitView) {
    return unitNameOn(unit, vietnamDayNumber(new Date()));
  }
  @ResolveField('names') names(@Parent() unit: OrgUnitView) {
    return unit.names.map((n) => ({ name: n.name, from: n.effectiveOn, legalBasis: n.legalBasis }));
  }
  @ResolveField('end') end(@Parent() unit: OrgUnitView) {
    return unit.end?.kind ?? null;
  }
  @ResolveField('endedOn') endedOn(@Parent() unit: OrgUnitView) {
    return unit.end?.effectiveOn ?? null;
  }
  @ResolveField('dissolvedOn') dissolvedOn(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'DISSOLVED' ? unit.end.effectiveOn : null;
  }
  @ResolveField('endLegalBasis') endLegalBasis(@Parent() unit: OrgUnitView) {
    return unit.end?.legalBasis ?? null;
  }
  @ResolveField('successor') successor(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'MERGED' ? (this.views.state.units.get(unit.end.successorIds[0]) ?? null) : null;
  }
  @ResolveField('successors') successors(@Parent() unit: OrgUnitView) {
    return defined((unit.end?.successorIds ?? []).map((id) => this.views.state.units.get(id)));
  }
  @ResolveField('predecessors') predecessors(@Parent() unit: OrgUnitView) {
    return defined(unit.predecessorIds.map((id) => this.views.state.units.get(id)));
  }
  @ResolveField('awaitingReassignment') awaitingReassignment(@Parent() unit: OrgUnitView) {
    return unit.end?.kind === 'SPLIT';
  }
}

/** The units that carry these units' duties on a day (each itself, or the unit it merged into); none for one split or dissolved. */
const unitsOn = (views: MonitoringViews, unitIds: readonly string[], asOf: Date | null) => {
  const day = vietnamDayNumber(asOf ?? new Date());
  const current = unitIds.map((id) => unitOn(views.state, id, day)).filter((id): id is string => id !== null);
  return defined([...new Set(current)].map((id) => views.state.units.get(id)));
};

@Resolver('Actor')
export class ActorResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('unit') unit(@Parent() actor: Actor) {
    return actor.unitId ? this.views.state.units.get(actor.unitId) ?? null : null;
  }
}

@Resolver('Directive')
export class DirectiveResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('implements') implements(@Parent() directive: DirectiveView) {
    return defined(directive.implements.map((id) => this.views.state.directives.get(id)));
  }
  @ResolveField('province') province(@Parent() directive: DirectiveView) {
    return directive.provinceId ? this.views.state.provinces.get(directive.provinceId) : null;
  }
  @ResolveField('corrections') corrections(@Parent() directive: DirectiveView) {
    return directive.corrections ?? [];
  }
  @ResolveField('plans') plans(@Parent() directive: DirectiveView, @Args('province') province: string | null, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    const provinceId = province ? this.views.requireProvince(province).id : null;
    return oncePerQuery(context, info, `directive-plans:${directive.id}`, () => plansForDirective(this.views.state, directive))
      .map((id) => this.views.state.plans.get(id)!)
      .filter((plan) => !provinceId || plan.provinceId === provinceId);
  }
}

@Resolver('Plan')
export class PlanResolver {
  constructor(
    private readonly views: MonitoringViews,
    private readonly reports: ProgressReportsReader,
  ) {}
  @ResolveField('province') province(@Parent() plan: PlanView) {
    return this.views.state.provinces.get(plan.provinceId);
  }
  @ResolveField('issuer') issuer(@Parent() plan: PlanView) {
    return this.views.state.units.get(plan.issuerUnitId);
  }
  @ResolveField('signedBy') signedBy(@Parent() plan: PlanView) {
    return plan.issued.actor ? `${plan.issued.actor.name} (${plan.issued.actor.role})` : null;
  }
  @ResolveField('implements') implements(@Parent() plan: PlanView) {
    return defined(plan.implements.map((id) => this.views.state.directives.get(id)));
  }
  @ResolveField('cites') cites(@Parent() plan: PlanView) {
    return defined((plan.cites ?? []).map((id) => this.views.state.directives.get(id)));
  }
  @ResolveField('statesNoBasis') statesNoBasis(@Parent() plan: PlanView) {
    return plan.statesNoBasis === true;
  }
  @ResolveField('corrections') corrections(@Parent() plan: PlanView) {
    return plan.corrections ?? [];
  }
  @ResolveField('parent') parent(@Parent() plan: PlanView) {
    return plan.parentPlanId ? this.views.state.plans.get(plan.parentPlanId) ?? null : null;
  }
  @ResolveField('children') children(@Parent() plan: PlanView) {
    return defined(plan.childPlanIds.map((id) => this.views.state.plans.get(id)));
  }
  @ResolveField('tasks') tasks(@Parent() plan: PlanView) {
    return defined(plan.taskIds.map((id) => this.views.state.tasks.get(id)));
  }
  @ResolveField('budgetTotal') budgetTotal(@Parent() plan: PlanView) {
    return plan.budget?.total ?? null;
  }
  @ResolveField('targetAttainment') targetAttainment(
    @Parent() plan: PlanView,
    @Args('asOf') asOf: Date | null,
    @Args('knownAsOf') knownAsOf: Date | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    return oncePerQuery(context, info, `plan-attainment:${plan.id}:${asOf?.getTime()}:${knownAsOf?.getTime()}`, () =>
      targetAttainmentOn(plan, vietnamDayNumber(asOf ?? new Date()), knownAsOf ? knownAsOf.getTime() : Number.POSITIVE_INFINITY),
    );
  }
  /** Read from the plan's stream; a plan whose views hold no reported value has no report to read. */
  @ResolveField('reports') planReports(@Parent() plan: PlanView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return plan.reportedValues === null ? [] : oncePerQuery(context, info, `plan-reports:${plan.id}`, () => this.reports.forPlan(plan.id));
  }
  @ResolveField('lagFromParent') lagFromParent(@Parent() plan: PlanView) {
    const parent = plan.parentPlanId ? this.views.state.plans.get(plan.parentPlanId) : undefined;
    return parent ? lagBetween(parent.issuedOn, plan.issuedOn) : null;
  }
  @ResolveField('warnings') warnings(@Parent() plan: PlanView) {
    return planFlags(this.views.state, plan);
  }
  @ResolveField('lagFromDirectives') lagFromDirectives(@Parent() plan: PlanView) {
    return defined(plan.implements.map((id) => this.views.state.directives.get(id))).map((directive) => ({
      directive,
      lag: lagBetween(directive.issuedOn, plan.issuedOn),
    }));
  }
}

@Resolver('ReportingDuty')
export class ReportingDutyResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('reporters') reporters(@Parent() duty: { reporterUnitIds: string[] }) {
    return defined(duty.reporterUnitIds.map((id) => this.views.state.units.get(id)));
  }
  @ResolveField('currentReporters') currentReporters(@Parent() duty: { reporterUnitIds: string[] }, @Args('asOf') asOf: Date | null) {
    return unitsOn(this.views, duty.reporterUnitIds, asOf);
  }
  @ResolveField('currentRecipient') currentRecipient(@Parent() duty: { recipientUnitId: string | null }, @Args('asOf') asOf: Date | null) {
    return duty.recipientUnitId ? (unitsOn(this.views, [duty.recipientUnitId], asOf)[0] ?? null) : null;
  }
}

@Resolver('Task')
export class TaskResolver {
  constructor(
    private readonly views: MonitoringViews,
    private readonly reports: ProgressReportsReader,
  ) {}
  @ResolveField('plan') plan(@Parent() task: TaskView) {
    return this.views.state.plans.get(task.planId);
  }
  @ResolveField('warnings') warnings(@Parent() task: TaskView) {
    return taskFlags(this.views.state, task);
  }
  @ResolveField('deadline') deadline(@Parent() task: TaskView) {
    return deadlineInForce(task, vietnamDayNumber(new Date())).deadline;
  }
  @ResolveField('targetAttainment') targetAttainment(
    @Parent() task: TaskView,
    @Args('asOf') asOf: Date | null,
    @Args('knownAsOf') knownAsOf: Date | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    return oncePerQuery(context, info, `task-attainment:${task.id}:${asOf?.getTime()}:${knownAsOf?.getTime()}`, () =>
      targetAttainmentOn(task, vietnamDayNumber(asOf ?? new Date()), knownAsOf ? knownAsOf.getTime() : Number.POSITIVE_INFINITY),
    );
  }
  @ResolveField('currentLeadUnits') currentLeadUnits(@Parent() task: TaskView, @Args('asOf') asOf: Date | null) {
    const day = vietnamDayNumber(asOf ?? new Date());
    const leads = task.assignments.filter((a) => a.role === 'LEAD' && a.occurredDay <= day).map((a) => a.unitId);
    return unitsOn(this.views, leads, asOf);
  }
  @ResolveField('corrections') corrections(@Parent() task: TaskView) {
    return task.corrections ?? [];
  }
  @ResolveField('originalDeadline') originalDeadline(@Parent() task: TaskView) {
    return task.deadlines[0].deadline;
  }
  @ResolveField('deadlineHistory') deadlineHistory(@Parent() task: TaskView) {
    return task.deadlines.slice(1).map((change) => ({ ...change, changedBy: change.actor }));
  }
  @ResolveField('status') status(@Parent() task: TaskView, @Args('asOf') asOf: Date | null, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    const day = vietnamDayNumber(asOf ?? new Date());
    return oncePerQuery(context, info, `task-status:${task.id}:${day}`, () => taskStatusOn(this.views.state, task, day));
  }
  @ResolveField('progress') progress(@Parent() task: TaskView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return task.reportCount === 0 ? [] : oncePerQuery(context, info, `task-reports:${task.id}`, () => this.reports.forTask(task.id));
  }
}

@Resolver('Assignment')
export class AssignmentResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('unit') unit(@Parent() assignment: AssignmentView) {
    return this.views.state.units.get(assignment.unitId);
  }
  @ResolveField('assignedBy') assignedBy(@Parent() assignment: AssignmentView) {
    return assignment.actor ?? UNSTATED_ACTOR;
  }
}

@Resolver('ProgressReport')
export class ProgressReportResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('task') task(@Parent() report: ProgressReportView) {
    return this.views.state.tasks.get(report.taskId);
  }
  @ResolveField('unit') unit(@Parent() report: ProgressReportView) {
    return this.views.state.units.get(report.unitId);
  }
  @ResolveField('reportedBy') reportedBy(@Parent() report: ProgressReportView) {
    return report.actor ?? UNSTATED_ACTOR;
  }
  @ResolveField('corrections') corrections(@Parent() report: ProgressReportView) {
    const task = this.views.state.tasks.get(report.taskId);
    return task ? correctionsOf(task, report) : [];
  }
  /** The task's status on the day of the report. */
  @ResolveField('status') status(@Parent() report: ProgressReportView) {
    return taskStatusOn(this.views.state, this.views.state.tasks.get(report.taskId)!, report.occurredDay);
  }
}

@Resolver('PlanReport')
export class PlanReportResolver {
  constructor(private readonly views: MonitoringViews) {}
  @ResolveField('plan') plan(@Parent() report: PlanReportView) {
    return this.views.state.plans.get(report.planId);
  }
  @ResolveField('unit') unit(@Parent() report: PlanReportView) {
    return this.views.state.units.get(report.unitId);
  }
  @ResolveField('reportedBy') reportedBy(@Parent() report: PlanReportView) {
    return report.actor ?? UNSTATED_ACTOR;
  }
  @ResolveField('corrections') corrections(@Parent() report: PlanReportView) {
    const plan = this.views.state.plans.get(report.planId);
    return plan ? planReportCorrectionsOf(plan, report) : [];
  }
}

@Resolver('ProvinceImplementation')
export class ProvinceImplementationResolver {
  constructor(private readonly views: MonitoringViews) {}
  /** As the comparison shows them: with knownAsOf, as they were then (the query filled them in). */
  @ResolveField('plans') plans(@Parent() row: ProvinceImplementationRow & { readonly plans?: readonly PlanView[] }) {
    return row.plans ?? defined(row.planIds.map((id) => this.views.state.plans.get(id)));
  }
}

@Resolver('AuditEntry')
export class AuditEntryResolver {
  @ResolveField('position') position(@Parent() event: RecordedEvent) {
    return event.position.toString();
  }
  @ResolveField('actor') actor(@Parent() event: RecordedEvent) {
    return event.actor ?? UNSTATED_ACTOR;
  }
  @ResolveField('occurredAt') occurredAt(@Parent() event: RecordedEvent) {
    return event.occurredAt;
  }
  @ResolveField('recordedAt') recordedAt(@Parent() event: RecordedEvent) {
    return event.recordedAt;
  }
  @ResolveField('recordedBy') recordedBy(@Parent() event: RecordedEvent) {
    return event.metadata().recordedBy;
  }
  @ResolveField('correlationId') correlationId(@Parent() event: RecordedEvent) {
    return event.metadata().correlationId;
  }
  @ResolveField('eventId') eventId(@Parent() event: RecordedEvent) {
    return event.id;
  }
  @ResolveField('chainHash') chainHash(@Parent() event: RecordedEvent) {
    return event.metadata().chain ?? null;
  }
}

@Resolver('ReportCorrection')
export class ReportCorrectionResolver {
  constructor(private readonly views: MonitoringViews) {}
  /** Null for a correction of a report on a plan's own targets. */
  @ResolveField('task') task(@Parent() correction: ReportCorrectionRow) {
    return correction.taskId === null ? null : (this.views.state.tasks.get(correction.taskId) ?? null);
  }
  @ResolveField('plan') plan(@Parent() correction: ReportCorrectionRow) {
    return this.views.state.plans.get(correction.planId);
  }
  @ResolveField('correctedBy') correctedBy(@Parent() correction: ReportCorrectionRow) {
    return correction.actor ?? UNSTATED_ACTOR;
  }
}

@Resolver('RecordCorrection')
export class RecordCorrectionResolver {
  @ResolveField('correctedBy') correctedBy(@Parent() correction: RecordCorrectionView) {
    return correction.actor ?? UNSTATED_ACTOR;
  }
}

export const entityResolvers = [
  ProvinceResolver,
  OrgUnitResolver,
  ActorResolver,
  DirectiveResolver,
  PlanResolver,
  ReportingDutyResolver,
  TaskResolver,
  AssignmentResolver,
  ProgressReportResolver,
  PlanReportResolver,
  ProvinceImplementationResolver,
  AuditEntryResolver,
  ReportCorrectionResolver,
  RecordCorrectionResolver,
];
