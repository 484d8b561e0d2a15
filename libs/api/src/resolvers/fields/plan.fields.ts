import { vietnamDayNumber } from '@monitor/domain';
import { lagBetween, planReportCorrectionsOf, targetAttainmentOn, type PlanReportView, type PlanView } from '@monitor/read-models';
import { Args, Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';
import { ProgressReportsReader } from '../../platform/progress-reports.reader.js';
import { oncePerQuery } from '../once-per-query.js';
import { UNSTATED_ACTOR } from './unstated-actor.js';

@Resolver('Plan')
export class PlanResolver {
  constructor(
    private readonly reads: MonitoringReads,
    private readonly reports: ProgressReportsReader,
  ) {}
  @ResolveField('province') province(@Parent() plan: PlanView) {
    return this.reads.province(plan.provinceId);
  }
  @ResolveField('issuer') issuer(@Parent() plan: PlanView) {
    return this.reads.unit(plan.issuerUnitId);
  }
  @ResolveField('signedBy') signedBy(@Parent() plan: PlanView) {
    return plan.issued.actor ? `${plan.issued.actor.name} (${plan.issued.actor.role})` : null;
  }
  @ResolveField('implements') implements(@Parent() plan: PlanView) {
    return this.reads.directives(plan.implements);
  }
  @ResolveField('cites') cites(@Parent() plan: PlanView) {
    return this.reads.directives(plan.cites ?? []);
  }
  @ResolveField('statesNoBasis') statesNoBasis(@Parent() plan: PlanView) {
    return plan.statesNoBasis === true;
  }
  @ResolveField('corrections') corrections(@Parent() plan: PlanView) {
    return plan.corrections ?? [];
  }
  @ResolveField('parent') parent(@Parent() plan: PlanView) {
    return plan.parentPlanId ? (this.reads.plan(plan.parentPlanId) ?? null) : null;
  }
  @ResolveField('children') children(@Parent() plan: PlanView) {
    return this.reads.plans(plan.childPlanIds);
  }
  @ResolveField('tasks') tasks(@Parent() plan: PlanView) {
    return this.reads.tasks(plan.taskIds);
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
    const parent = plan.parentPlanId ? this.reads.plan(plan.parentPlanId) : undefined;
    return parent ? lagBetween(parent.issuedOn, plan.issuedOn) : null;
  }
  @ResolveField('warnings') warnings(@Parent() plan: PlanView) {
    return this.reads.planFlags(plan);
  }
  @ResolveField('lagFromDirectives') lagFromDirectives(@Parent() plan: PlanView) {
    return this.reads.directives(plan.implements).map((directive) => ({
      directive,
      lag: lagBetween(directive.issuedOn, plan.issuedOn),
    }));
  }
}

@Resolver('PlanReport')
export class PlanReportResolver {
  constructor(private readonly reads: MonitoringReads) {}
  @ResolveField('plan') plan(@Parent() report: PlanReportView) {
    return this.reads.plan(report.planId);
  }
  @ResolveField('unit') unit(@Parent() report: PlanReportView) {
    return this.reads.unit(report.unitId);
  }
  @ResolveField('reportedBy') reportedBy(@Parent() report: PlanReportView) {
    return report.actor ?? UNSTATED_ACTOR;
  }
  @ResolveField('corrections') corrections(@Parent() report: PlanReportView) {
    const plan = this.reads.plan(report.planId);
    return plan ? planReportCorrectionsOf(plan, report) : [];
  }
}
