import { sourceOfRecord } from '@monitor/application';
import { documentDraftStateOf, streams, type DocumentDraftState, type FactSource } from '@monitor/domain';
import type { EventStore } from '@monitor/event-store';
import type { DocumentDraftView, PlanView, TaskView } from '@monitor/read-models';
import { Inject, Injectable } from '@nestjs/common';
import { Context, Info, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { MonitoringReads } from '../platform/monitoring-reads.js';
import { EVENT_STORE } from '../platform/tokens.js';
import { oncePerQuery } from '../resolvers/once-per-query.js';

/**
 * A document's review and a record's source are read from their streams when a query asks (the
 * views keep only the list of documents: a draft holds the whole text).
 */
@Injectable()
export class DraftStreams {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async state(draftId: string): Promise<DocumentDraftState> {
    return documentDraftStateOf(await this.store.readStream(streams.documentDraft(draftId)));
  }

  source(kind: 'plan' | 'task', id: string): Promise<FactSource | null> {
    return sourceOfRecord(this.store, kind, id);
  }
}

const withUrl = (source: FactSource | null) => source && { ...source, documentUrl: `/documents/${source.documentSha256}` };

@Resolver('DocumentDraft')
export class DocumentDraftResolver {
  constructor(
    private readonly reads: MonitoringReads,
    private readonly streams: DraftStreams,
  ) {}

  private state(view: DocumentDraftView, context: object, info: GraphQLResolveInfo) {
    return oncePerQuery(context, info, `draft:${view.id}`, () => this.streams.state(view.id));
  }

  @ResolveField('documentSha256') documentSha256(@Parent() view: DocumentDraftView) {
    return view.sha256;
  }
  @ResolveField('documentUrl') documentUrl(@Parent() view: DocumentDraftView) {
    return `/documents/${view.sha256}`;
  }
  @ResolveField('province') province(@Parent() view: DocumentDraftView) {
    return view.provinceId === null ? null : this.reads.province(view.provinceId);
  }
  @ResolveField('recordedPlan') recordedPlan(@Parent() view: DocumentDraftView) {
    return view.recordedPlanId === null ? null : this.reads.plan(view.recordedPlanId);
  }
  @ResolveField('recordedDirective') recordedDirective(@Parent() view: DocumentDraftView) {
    return view.recordedDirectiveId === null ? null : this.reads.directive(view.recordedDirectiveId);
  }
  @ResolveField('draft') async draft(@Parent() view: DocumentDraftView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return (await this.state(view, context, info)).draft;
  }
  @ResolveField('recordedTasks') async recordedTasks(
    @Parent() view: DocumentDraftView,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    const tasks = (await this.state(view, context, info)).approval?.recorded.tasks ?? [];
    return tasks.map(({ ref, taskId }) => ({ ref, task: this.reads.task(taskId) ?? null }));
  }
  @ResolveField('keptInDraftOnly') async keptInDraftOnly(
    @Parent() view: DocumentDraftView,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    return (await this.state(view, context, info)).approval?.recorded.keptInDraftOnly ?? [];
  }
  @ResolveField('rejectionReason') async rejectionReason(
    @Parent() view: DocumentDraftView,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ) {
    return (await this.state(view, context, info)).rejection?.reason ?? null;
  }
}

@Resolver('Task')
export class TaskSourceResolver {
  constructor(private readonly streams: DraftStreams) {}
  @ResolveField('source') async source(@Parent() task: TaskView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return withUrl(await oncePerQuery(context, info, `task-source:${task.id}`, () => this.streams.source('task', task.id)));
  }
}

@Resolver('Plan')
export class PlanSourceResolver {
  constructor(private readonly streams: DraftStreams) {}
  @ResolveField('source') async source(@Parent() plan: PlanView, @Context() context: object, @Info() info: GraphQLResolveInfo) {
    return withUrl(await oncePerQuery(context, info, `plan-source:${plan.id}`, () => this.streams.source('plan', plan.id)));
  }
}
