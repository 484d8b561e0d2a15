import { randomUUID } from 'node:crypto';
import { actorOf, occurredOnDocumentDate, type ActorFields } from '@monitor/intake';
import { invalidInput, type PartialDate } from '@monitor/domain';
import type { RunContext } from '@monitor/application';
import type { Principal } from '../auth/principal.js';

/** When it happened in the world: a partial date from a document, an instant, or (by default) now. */
export type Occurrence = { partial: PartialDate } | { instant: Date | null | undefined };

/**
 * The context of a command from an API caller: the principal who records it comes from the verified
 * token; the actor and the time are what the caller states about the world.
 */
export const contextFor = (
  principal: Principal,
  actorInput: ActorFields | null | undefined,
  when: Occurrence,
  now: Date = new Date(),
): RunContext => {
  const correlationId = randomUUID();
  const base = {
    actor: actorOf(actorInput),
    recordedBy: principal.id,
    actingForProvince: principal.role === 'PROVINCE' ? principal.provinceId : null,
    correlationId,
    causationId: null,
  };
  if ('partial' in when) return { ...base, ...occurredOnDocumentDate(when.partial) };
  const instant = when.instant ?? now;
  if (Number.isNaN(instant.getTime())) throw invalidInput('occurredAt', 'is not a date-time');
  return { ...base, occurredAt: instant.toISOString(), occurredAtPrecision: 'INSTANT' };
};
