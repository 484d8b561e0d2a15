import {
  actor,
  correctPlan,
  correctPlanTargetValues,
  correctProgressReport,
  correctTask,
  firstDay,
  NO_DEADLINE,
  parseDeadline,
  parsePartialDate,
  reportPlanTargetValues,
  reportProgress,
  validateDeadline,
  vietnamStartOfDay,
  type Actor,
  type Deadline,
  type PlatformCommand,
  type Target,
} from '@monitor/domain';
import type { RunContext } from '@monitor/application';
import type { ProvincialMessage } from './provincial-message.js';

/** The authenticated publisher: a provincial system's verified credential. */
export interface Publisher {
  /** Recorded as `recordedBy`, e.g. "province:ha-nam". */
  readonly id: string;
  readonly provinceId: string;
}

type Deadlineish = { text?: string | null; kind?: Deadline['kind'] | null; due?: string | null; start?: string | null };
type Targetish = Omit<Target, 'min' | 'max' | 'horizon'> & { min?: number | null; max?: number | null; horizon?: string | null };

/** The same reading of a deadline as the GraphQL inputs: parsed from the wording unless its kind is given. */
const toDeadline = (input: Deadlineish | null | undefined, field: string): Deadline => {
  if (!input) return NO_DEADLINE;
  if (!input.kind) return parseDeadline(input.text ?? '', `${field}.text`);
  return validateDeadline({ kind: input.kind, due: input.due ?? null, start: input.start ?? null, recurrence: null, text: input.text ?? null }, field);
};

const toTargets = (targets: readonly Targetish[] | null | undefined): Target[] =>
  (targets ?? []).map((t) => ({ ...t, min: t.min ?? null, max: t.max ?? null, horizon: t.horizon ?? null }));

/** The domain command a message asks for: the same commands GraphQL mutations run. */
export const commandOf = (message: ProvincialMessage): PlatformCommand => {
  switch (message.type) {
    case 'OrgUnitRegistered': {
      const p = message.payload;
      return { type: 'RegisterOrgUnit', unitId: p.unitId, name: p.name, kind: p.kind, provinceId: message.province, parentUnitId: p.parentUnitId ?? null, aliases: p.aliases ?? [] };
    }
    case 'OrgUnitRenamed': {
      const p = message.payload;
      return { type: 'RenameOrgUnit', unitId: p.unitId, name: p.name, effectiveOn: p.effectiveOn, legalBasis: p.legalBasis ?? null };
    }
    case 'PlanIssued': {
      const p = message.payload;
      return {
        type: 'IssuePlan',
        planId: p.planId,
        provinceId: message.province,
        number: p.number ?? null,
        title: p.title,
        issuerUnitId: p.issuerUnitId,
        issuedOn: parsePartialDate(p.issuedOn, 'payload.issuedOn'),
        implements: p.implements ?? [],
        cites: p.cites ?? [],
        statesNoBasis: p.statesNoBasis ?? false,
        parentPlanId: p.parentPlanId ?? null,
        reportingDuties: (p.reportingDuties ?? []).map((d) => ({ ...d, recipientUnitId: d.recipientUnitId ?? null, dueMonth: d.dueMonth ?? null, dueDay: d.dueDay ?? null, dataWindow: d.dataWindow ?? 'CALENDAR' })),
        targets: toTargets(p.targets),
        budget: p.budget ? { total: p.budget.total, unit: p.budget.unit, text: p.budget.text, parts: p.budget.parts ?? [] } : null,
      };
    }
    case 'PlanCorrected': {
      const { planId, reason, issuedOn, signedBy, ...changes } = message.payload;
      return correctPlan({
        planId,
        changes: {
          ...changes,
          ...(issuedOn === undefined ? {} : { issuedOn: parsePartialDate(issuedOn, 'payload.issuedOn') }),
          ...(signedBy === undefined ? {} : { signedBy: actor(signedBy.name, signedBy.role, signedBy.unitId ?? null) }),
        },
        reason,
      });
    }
    case 'TaskCorrected': {
      const { taskId, reason, ...changes } = message.payload;
      return correctTask({ taskId, changes, reason });
    }
    case 'PlanTargetValuesReported':
      return reportPlanTargetValues(message.payload);
    case 'PlanTargetValuesCorrected':
      return correctPlanTargetValues(message.payload);
    case 'TaskDefined': {
      const p = message.payload;
      // The task's province is read from its plan by the runner, never taken from the message.
      return { type: 'DefineTask', taskId: p.taskId, planId: p.planId, provinceId: '', code: p.code ?? null, title: p.title, deadline: toDeadline(p.deadline, 'payload.deadline'), targets: toTargets(p.targets) };
    }
    case 'TaskAssigned':
      return { type: 'AssignTask', taskId: message.payload.taskId, leadUnitIds: message.payload.leadUnitIds ?? [], coordinatorUnitIds: message.payload.coordinatorUnitIds ?? [] };
    case 'TaskDeadlineChanged':
      return { type: 'ChangeDeadline', taskId: message.payload.taskId, deadline: toDeadline(message.payload.deadline, 'payload.deadline'), reason: message.payload.reason ?? null };
    case 'ProgressReported':
      return reportProgress(message.payload);
    case 'ProgressReportCorrected':
      return correctProgressReport(message.payload);
    case 'TaskCompleted':
      return { type: 'CompleteTask', taskId: message.payload.taskId, summary: message.payload.summary ?? null };
  }
};

// A province's messages name the same few officials: their names are normalized once, not per message.
const actors = new Map<string, Actor>();
const actorOf = (given: NonNullable<ProvincialMessage['actor']>): Actor => {
  const key = `${given.name}\u0000${given.role}\u0000${given.unitId ?? ''}`;
  let known = actors.get(key);
  if (!known) {
    known = Object.freeze(actor(given.name, given.role, given.unitId ?? null));
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
      ? { occurredAt: vietnamStartOfDay(firstDay(parsePartialDate(message.payload.issuedOn, 'payload.issuedOn'))), occurredAtPrecision: parsePartialDate(message.payload.issuedOn).precision }
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
