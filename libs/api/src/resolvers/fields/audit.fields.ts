import type { RecordedEvent } from '@monitor/event-store';
import type { RecordCorrectionView, ReportCorrectionRow } from '@monitor/read-models';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MonitoringReads } from '../../platform/monitoring-reads.js';
import { UNSTATED_ACTOR } from './unstated-actor.js';

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
  /** Where a fact recorded from a document (an approved draft) was read: docs/importer-review.md. */
  @ResolveField('source') source(@Parent() event: RecordedEvent) {
    const source = event.metadata().source;
    return source ? { ...source, documentUrl: `/documents/${source.documentSha256}` } : null;
  }
}

@Resolver('ReportCorrection')
export class ReportCorrectionResolver {
  constructor(private readonly reads: MonitoringReads) {}
  /** Null for a correction of a report on a plan's own targets. */
  @ResolveField('task') task(@Parent() correction: ReportCorrectionRow) {
    return correction.taskId === null ? null : (this.reads.task(correction.taskId) ?? null);
  }
  @ResolveField('plan') plan(@Parent() correction: ReportCorrectionRow) {
    return this.reads.plan(correction.planId);
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
