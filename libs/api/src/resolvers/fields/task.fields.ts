import { vietnamDayNumber } from '@monitor/domain';
import {
  correctionsOf,
  deadlineInForce,
  targetAttainmentOn,
  type AssignmentView,
  type ProgressReportView,
  type TaskView,
} from '@monitor/read-models';
import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';
import { ProgressReportsReader } from '../../platform/progress-reports.reader.js';
import { oncePerQuery } from '../once-per-query.js';
import { unitsOn } from './org-unit.fields.js';
import { UNSTATED_ACTOR } from './unstated-actor.js';

@Resolver('Task')
export class TaskResolver {
  constructor(
    private readonly reads: MonitoringReads,
    private readonly reports: ProgressReportsReader,
  ) {}
  @ResolveField('plan') plan(@Parent() task: TaskView) {
    return this.reads.plan(task.planId);
  }
  @ResolveField('warnings') warnings(@Parent() task: TaskView) {
    return this.reads.taskFlags(task);
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
    return unitsOn(this.reads, leads, asOf);
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
  @ResolveField('status') status(
    @Parent() task: TaskView,
    @Args('asOf') asOf: Date | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    const day = vietnamDayNumber(asOf ?? new Date());
    return oncePerQuery(context, info, `task-status:${task.id}:${day}`, () => this.reads.taskStatus(task, day));
  }
  @ResolveField('progress') progress(@Parent() task: TaskView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return task.reportCount === 0 ? [] : oncePerQuery(context, info, `task-reports:${task.id}`, () => this.reports.forTask(task.id));
  }
}

@Resolver('Assignment')
export class AssignmentResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('unit') unit(@Parent() assignment: AssignmentView) {
    return this.reads.unit(assignment.unitId);
  }
  @ResolveField('assignedBy') assignedBy(@Parent() assignment: AssignmentView) {
    return assignment.actor ?? UNSTATED_ACTOR;
  }
}

@Resolver('ProgressReport')
export class ProgressReportResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('task') task(@Parent() report: ProgressReportView) {
    return this.reads.task(report.taskId);
  }
  @ResolveField('unit') unit(@Parent() report: ProgressReportView) {
    return this.reads.unit(report.unitId);
  }
  @ResolveField('reportedBy') reportedBy(@Parent() report: ProgressReportView) {
    return report.actor ?? UNSTATED_ACTOR;
  }
  @ResolveField('corrections') corrections(@Parent() report: ProgressReportView) {
    const task = this.reads.task(report.taskId);
    return task ? correctionsOf(task, report) : [];
  }
  /** The task's status on the day of the report. */
  @ResolveField('status') status(@Parent() report: ProgressReportView) {
    return this.reads.taskStatus(this.reads.task(report.taskId)!, report.occurredDay);
  }
}
