import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import type { Actor } from '../shared/actor.js';
import { alreadyExists, forbidden, invalidInput, notFound } from '../shared/errors.js';
import {
  actorOfEvent,
  correctedFields,
  requireReason,
  validActor,
  type Changes,
  type FieldCorrection,
  type RecordCorrectionData,
} from '../shared/record-correction.js';
import { requireDistinctDocumentNumbers, requireDocumentNumber, requireId, requireText } from '../shared/ids.js';
import { validatePartialDate, type PartialDate } from '../shared/partial-date.js';
import { directiveIdFor, sameDocument, splitQualifier, type DirectiveIdentity } from './directive-identity.js';

/**
 * A decision that plans carry out: national (a Prime Minister's Quyết định, a Government Nghị quyết,
 * a Party Kết luận) or, where a provincial plan answers a provincial document such as a Thông báo
 * kết luận, provincial (then `provinceId` is set).
 */
export interface RegisterDirective {
  readonly type: 'RegisterDirective';
  /** The number as written, e.g. "696/QĐ-TTg"; the id it is registered under may add a qualifier (see directive-identity.ts). */
  readonly directiveId: string;
  readonly kind: string;
  readonly title: string;
  readonly issuer: string;
  readonly issuedOn: PartialDate;
  readonly implements: readonly string[];
  readonly provinceId: string | null;
}

/** What a directive's record states that a correction may set right; its number is its identity. */
export interface DirectiveRecord {
  readonly kind: string;
  readonly title: string;
  readonly issuer: string;
  readonly issuedOn: PartialDate;
  /** The signer: the actor of the DirectiveRegistered event (null when none was named). */
  readonly signedBy: Actor | null;
}

/** A directive recorded wrong, set right (national: ADMIN); the corrector is the command's actor. */
export interface CorrectDirective {
  readonly type: 'CorrectDirective';
  /** Its id as registered (the reference checks resolve a number or a qualified number to it). */
  readonly directiveId: string;
  readonly changes: Changes<DirectiveRecord>;
  readonly reason: string;
}

export type DirectiveCommand = RegisterDirective | CorrectDirective;

export type DirectiveFieldCorrection = { [K in keyof DirectiveRecord]: FieldCorrection<K, DirectiveRecord[K]> }[keyof DirectiveRecord];
export interface DirectiveCorrectedData extends RecordCorrectionData<DirectiveFieldCorrection> {
  directiveId: string;
}
/** A correction of a directive's record; DirectiveRegistered stays as recorded. */
export type DirectiveCorrected = DomainEvent<'DirectiveCorrected', DirectiveCorrectedData>;

const validators = {
  kind: (v: string, f: string) => requireText(v, f),
  title: (v: string, f: string) => requireText(v, f),
  issuer: (v: string, f: string) => requireText(v, f),
  issuedOn: (v: PartialDate, f: string) => validatePartialDate(v, f),
  signedBy: (v: Actor | null, f: string) => validActor(v, f),
};
const NUMBER_IS_IDENTITY = "a directive's number is its identity: the right document is registered as its own directive";
const IDENTITY = {
  id: NUMBER_IS_IDENTITY,
  directiveId: NUMBER_IS_IDENTITY,
  number: NUMBER_IS_IDENTITY,
  provinceId: 'whether a directive is national or provincial is not corrected: register the document as it is',
  implements: "what a directive implements is not corrected (plans' lag and coverage follow it through every province)",
};

/** The CorrectDirective command from what GraphQL or a message gives: fields left out are not corrected. */
export const correctDirective = ({ directiveId, changes, reason }: Omit<CorrectDirective, 'type'>): CorrectDirective => ({
  type: 'CorrectDirective',
  directiveId,
  changes: Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)),
  reason,
});

export type DirectiveRegistered = DomainEvent<
  'DirectiveRegistered',
  {
    directiveId: string;
    kind: string;
    title: string;
    issuer: string;
    issuedOn: PartialDate;
    implements: string[];
    provinceId: string | null;
  }
>;
export type DirectiveEvent = DirectiveRegistered | DirectiveCorrected;

/** The documents registered with one number (as look-ups fold it): they share a stream. */
export interface DirectiveState {
  readonly registered: readonly DirectiveIdentity[];
  /** Each document's record as registered, every correction applied, by its id. */
  readonly records: ReadonlyMap<string, DirectiveRecord>;
}

export const directiveDecider: Decider<DirectiveCommand, DirectiveState, DirectiveEvent> = {
  initialState: () => ({ registered: [], records: new Map() }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DirectiveRegistered': {
        const { directiveId, provinceId, kind, title, issuer, issuedOn } = event.data;
        const records = new Map(state.records).set(directiveId, { kind, title, issuer, issuedOn, signedBy: actorOfEvent(event) });
        return { registered: [...state.registered, { directiveId, provinceId, issuedOn }], records };
      }
      case 'DirectiveCorrected': {
        const { directiveId, fields } = event.data;
        const record = {
          ...state.records.get(directiveId)!,
          ...Object.fromEntries(fields.map((f) => [f.field, f.value])),
        } as DirectiveRecord;
        // A corrected date is the document's date: it tells the document apart from others with its number.
        const registered = state.registered.map((r) => (r.directiveId === directiveId ? { ...r, issuedOn: record.issuedOn } : r));
        return { registered, records: new Map(state.records).set(directiveId, record) };
      }
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'RegisterDirective': {
        if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
          throw forbidden(`a system of ${context.actingForProvince} may only register documents of its own province`, 'provinceId');
        }
        const number = requireDocumentNumber(command.directiveId, 'id');
        if (splitQualifier(number)) {
          throw invalidInput(
            'id',
            `"${number}" ends in a qualifier: register the number as written; the platform qualifies it when another document has that number`,
          );
        }
        const data = {
          directiveId: number,
          kind: requireText(command.kind, 'kind'),
          title: requireText(command.title, 'title'),
          issuer: requireText(command.issuer, 'issuer'),
          issuedOn: validatePartialDate(command.issuedOn, 'issuedOn'),
          implements: requireDistinctDocumentNumbers(command.implements, 'implements'),
          provinceId: command.provinceId === null ? null : requireId(command.provinceId, 'provinceId'),
        };
        const directiveId = directiveIdFor(number, data, state.registered);
        if (directiveId === null) {
          // The same number, issuer and year: the same document (numbers start again each year).
          const same = state.registered.find((r) => sameDocument(r, data)) ?? state.registered[state.registered.length - 1];
          const as = same.directiveId !== number ? ` as ${same.directiveId}` : '';
          throw alreadyExists(`directive ${number} is already registered${as}`, 'id');
        }
        return [{ type: 'DirectiveRegistered', data: { ...data, directiveId } }];
      }
      case 'CorrectDirective': {
        const record = state.records.get(command.directiveId);
        if (!record) throw notFound('directiveId', `directive ${command.directiveId} is not registered`);
        if (context.actingForProvince) throw forbidden('a directive is corrected by a national role (ADMIN)', 'directiveId');
        const fields = correctedFields<DirectiveRecord>(command.changes, record, validators, IDENTITY, `directive ${command.directiveId}`);
        return [
          {
            type: 'DirectiveCorrected',
            data: { directiveId: command.directiveId, fields: fields as DirectiveFieldCorrection[], reason: requireReason(command.reason) },
          },
        ];
      }
    }
  },
};
