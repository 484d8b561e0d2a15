import { randomUUID } from 'node:crypto';
import {
  actor,
  invalidInput,
  NO_DEADLINE,
  parseDeadline,
  validateDeadline,
  vietnamStartOfDay,
  firstDay,
  type Actor,
  type Deadline,
  type PartialDate,
  type Target,
} from '@monitor/domain';
import type { RunContext } from '@monitor/application';
import type { Principal } from '../auth/principal.js';
import type { ActorInput, DeadlineInput, TargetInput } from '../graphql/inputs.js';

export const toActor = (input: ActorInput | null | undefined): Actor | null =>
  input ? actor(input.name, input.role, input.unitId ?? null) : null;

/** When it happened in the world: a partial date from a document, an instant, or (by default) now. */
export type Occurrence = { partial: PartialDate } | { instant: Date | null | undefined };

/**
 * The context of a command from an API caller: the principal who records it comes from the verified
 * token; the actor and the time are what the caller states about the world.
 */
export const contextFor = (principal: Principal, actorInput: ActorInput | null | undefined, when: Occurrence, now: Date = new Date()): RunContext => {
  const correlationId = randomUUID();
  const base = {
    actor: toActor(actorInput),
    recordedBy: principal.id,
    actingForProvince: principal.role === 'PROVINCE' ? principal.provinceId : null,
    correlationId,
    causationId: null,
  };
  if ('partial' in when) {
    return { ...base, occurredAt: vietnamStartOfDay(firstDay(when.partial)), occurredAtPrecision: when.partial.precision };
  }
  const instant = when.instant ?? now;
  if (Number.isNaN(instant.getTime())) throw invalidInput('occurredAt', 'is not a date-time');
  return { ...base, occurredAt: instant.toISOString(), occurredAtPrecision: 'INSTANT' };
};

export const toDeadline = (input: DeadlineInput | null | undefined, field = 'deadline'): Deadline => {
  if (!input) return NO_DEADLINE;
  if (!input.kind) return parseDeadline(input.text ?? '', `${field}.text`);
  return validateDeadline(
    { kind: input.kind, due: input.due ?? null, start: input.start ?? null, recurrence: null, text: input.text ?? null },
    field,
  );
};

export const toTargets = (inputs: TargetInput[] | null | undefined): Target[] =>
  (inputs ?? []).map((t) => ({
    id: t.id,
    indicator: t.indicator,
    kind: t.kind,
    min: t.min ?? null,
    max: t.max ?? null,
    unit: t.unit,
    horizon: t.horizon ?? null,
    text: t.text,
  }));
