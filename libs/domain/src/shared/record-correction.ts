import type { Actor } from './actor.js';
import { actor } from './actor.js';
import { invalidInput, ruleViolated } from './errors.js';
import type { DomainEvent } from './event.js';
import { requireText } from './ids.js';

/**
 * One field of a record set right: its value as recorded before the correction, and as it should
 * have been. A correction is a new event that names its fields; the event it corrects is never changed.
 */
export interface FieldCorrection<Field extends string = string, Value = unknown> {
  readonly field: Field;
  readonly previous: Value;
  readonly value: Value;
}

/** What every correction event carries besides the record's id; who corrected and when are its metadata. */
export interface RecordCorrectionData<Fields extends FieldCorrection> {
  fields: Fields[];
  reason: string;
}

/** The fields a correction command asks to change: a field left out keeps its value. */
export type Changes<Record> = { readonly [K in keyof Record]?: Record[K] };

/**
 * A value as compared: keys sorted (a record folded from the store has its keys in the store's
 * canonical order, a command's in the order it was built), a list as a set.
 */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * The fields a correction changes, checked against the record: each one a field that may be
 * corrected (`identity` names those that never change, with why), its new value valid, at least one
 * of them different from what was recorded (a list compared as a set).
 */
export const correctedFields = <Record extends object>(
  changes: Changes<Record>,
  record: Record,
  validators: { readonly [K in keyof Record]?: (value: Record[K], field: string) => Record[K] },
  identity: { readonly [field: string]: string },
  what: string,
): FieldCorrection<Extract<keyof Record, string>>[] => {
  const fields: FieldCorrection<Extract<keyof Record, string>>[] = [];
  for (const [field, given] of Object.entries(changes)) {
    if (given === undefined) continue;
    if (field in identity) throw ruleViolated(`${what}: ${identity[field]}`, field);
    const validate = (validators as { [k: string]: ((v: unknown, f: string) => unknown) | undefined })[field];
    if (!validate)
      throw invalidInput(field, `${what} has no field "${field}" that a correction may set (${Object.keys(validators).join(', ')})`);
    const value = validate(given, field);
    const previous = (record as { [k: string]: unknown })[field];
    if (canonical(value) !== canonical(previous)) fields.push({ field: field as Extract<keyof Record, string>, previous, value });
  }
  if (fields.length === 0)
    throw invalidInput(
      'fields',
      `the correction changes nothing of ${what}: give at least one field with a value other than the one recorded`,
    );
  return fields;
};

/** Why a record is corrected: required, auditors read it. */
export const requireReason = (reason: string | null | undefined): string => requireText(reason, 'reason');

/** An official as a correction names them (the signer of a document), normalized like every actor. */
export const validActor = (given: Actor | null, field: string): Actor => {
  if (!given) throw invalidInput(field, 'name the official');
  return actor(given.name, given.role, given.unitId, given.id);
};

/**
 * The official a stored event names (its metadata's actor: who signed a document). A decider folds
 * stored events, which carry the actor on the event itself (a recorded event's `actor`); a spec's
 * bare `{ type, data }` names no one.
 */
export const actorOfEvent = (event: DomainEvent): Actor | null => (event as DomainEvent & { readonly actor?: Actor | null }).actor ?? null;
