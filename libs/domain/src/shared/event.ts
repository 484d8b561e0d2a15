import type { Actor } from './actor.js';
import type { DatePrecision } from './partial-date.js';

/** A domain event as deciders produce it: a type and its data, nothing about storage. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/**
 * What every stored event carries besides its data. `actor` and `occurredAt` are facts the caller
 * states about the world; `recordedBy` (the authenticated principal) and `recordedAt` (the server
 * clock) are set by the platform and never taken from a payload.
 */
export interface EventMetadata {
  readonly actor: Actor | null;
  readonly occurredAt: string;
  /** How much of `occurredAt` the source really knows: a plan dated "tháng 7 năm 2020" is MONTH. */
  readonly occurredAtPrecision: DatePrecision | 'INSTANT';
  readonly recordedBy: string;
  readonly recordedAt: string;
  readonly correlationId: string;
  readonly causationId: string | null;
  /** Set on events a simulator generated, so analysts can leave them out. */
  readonly simulated?: boolean;
  /** Set on facts recorded from a document (an approved draft): the stored document and the sentence the fact was read from. */
  readonly source?: FactSource;
  /**
   * Tamper evidence: sha256 (base64url) over the previous event's chain hash in the same stream and
   * this event's canonical form (everything but this field). Absent on events recorded before chaining.
   */
  readonly chain?: string;
}

/**
 * Where a recorded fact was read: the stored document (its SHA-256, whose bytes the platform keeps)
 * and the 1-based inclusive lines of the reader's text of it, with the quoted words.
 */
export interface FactSource {
  readonly documentSha256: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly text: string;
}

/** What the platform knows about a command besides the command itself. */
export interface CommandContext {
  readonly actor: Actor | null;
  readonly occurredAt: string;
  readonly occurredAtPrecision: EventMetadata['occurredAtPrecision'];
  readonly recordedBy: string;
  /** The province the acting principal is confined to; null for national roles. */
  readonly actingForProvince: string | null;
  readonly correlationId: string;
  readonly causationId: string | null;
  readonly simulated?: boolean;
  /** The document and sentence the command's fact was read from (see EventMetadata.source). */
  readonly source?: FactSource;
}
