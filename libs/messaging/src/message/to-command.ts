import {
  assignTask,
  changeDeadline,
  completeTask,
  correctPlan,
  correctPlanTargetValues,
  correctProgressReport,
  correctTask,
  defineTask,
  fieldsAt,
  issuePlan,
  officialOf,
  occurredOnDocumentDate,
  registerOrgUnit,
  renameOrgUnit,
  reportPlanTargetValues,
  reportProgress,
} from '@monitor/intake';
import { parsePartialDate, type Actor, type PlatformCommand } from '@monitor/domain';
import type { RunContext } from '@monitor/application';
import type { ProvincialMessage } from './provincial-message.js';

/** The authenticated publisher: a provincial system's verified credential. */
export interface Publisher {
  /** Recorded as `recordedBy`, e.g. "province:ha-nam". */
  readonly id: string;
  readonly provinceId: string;
}

/** A message's fields sit in its payload: errors name them there ("payload.deadline"). */
const PAYLOAD = fieldsAt('payload.');

/**
 * The domain command a message asks for, through the same intake as GraphQL mutations. The province
 * of a plan or a unit is the one the message is published for; a task's is its plan's.
 */
export const commandOf = (message: ProvincialMessage): PlatformCommand => {
  switch (message.type) {
    case 'OrgUnitRegistered':
      return registerOrgUnit(message.payload, message.province);
    case 'OrgUnitRenamed':
      return renameOrgUnit(message.payload);
    case 'PlanIssued':
      return issuePlan(message.payload, message.province, PAYLOAD);
    case 'PlanCorrected':
      return correctPlan(message.payload, PAYLOAD);
    case 'TaskCorrected':
      return correctTask(message.payload);
    case 'PlanTargetValuesReported':
      return reportPlanTargetValues(message.payload);
    case 'PlanTargetValuesCorrected':
      return correctPlanTargetValues(message.payload);
    case 'TaskDefined':
      return defineTask(message.payload, PAYLOAD);
    case 'TaskAssigned':
      return assignTask(message.payload);
    case 'TaskDeadlineChanged':
      return changeDeadline(message.payload, PAYLOAD);
    case 'ProgressReported':
      return reportProgress(message.payload);
    case 'ProgressReportCorrected':
      return correctProgressReport(message.payload);
    case 'TaskCompleted':
      return completeTask(message.payload);
  }
};

// A province's messages name the same few officials: their names are normalized once, not per message.
const actors = new Map<string, Actor>();
const actorOf = (given: NonNullable<ProvincialMessage['actor']>): Actor => {
  const key = `${given.name}\u0000${given.role}\u0000${given.unitId ?? ''}`;
  let known = actors.get(key);
  if (!known) {
    known = Object.freeze(officialOf(given));
    if (actors.size >= 10_000) actors.clear();
    actors.set(key, known);
  }
  return known;
};

/** An instant already written as toISOString writes it: the message schema has checked it is a real one. */
const UTC_WITH_MILLISECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The instant in UTC, as toISOString writes it; parsed and written again only when it is not yet (0.6 µs a message). */
const utcInstant = (iso: string): string => (UTC_WITH_MILLISECONDS.test(iso) ? iso : new Date(iso).toISOString());

/**
 * Who records it and when it happened. The message id is the command id (redelivery records nothing
 * twice) and the correlation id; the causation names the Kafka record it came from.
 */
export const contextOf = (message: ProvincialMessage, publisher: Publisher, source: string): RunContext => {
  const when =
    message.type === 'PlanIssued'
      ? occurredOnDocumentDate(parsePartialDate(message.payload.issuedOn, PAYLOAD.issuedOn))
      : { occurredAt: utcInstant(message.occurredAt), occurredAtPrecision: 'INSTANT' as const };
  return {
    actor: message.actor ? actorOf(message.actor) : null,
    ...when,
    recordedBy: publisher.id,
    actingForProvince: publisher.provinceId,
    correlationId: message.messageId,
    causationId: source,
    commandId: message.messageId,
  };
};
