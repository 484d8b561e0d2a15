import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import type { Actor } from '../shared/actor.js';
import { alreadyExists, forbidden, notFound } from '../shared/errors.js';
import { actorOfEvent, correctedFields, requireReason, validActor, type Changes, type FieldCorrection, type RecordCorrectionData } from '../shared/record-correction.js';
import { requireDistinctDocumentNumbers, requireDocumentNumber, requireId, requireText } from '../shared/ids.js';
import { validatePartialDate, type PartialDate } from '../shared/partial-date.js';

/**
 * A decision that plans carry out: national (a Prime Minister's Quyết định, a Government Nghị quyết,
 * a Party Kết luận) or, where a provincial plan answers a provincial document such as a Thông báo
 * kết luận, provincial (then `provinceId` is set).
 */
export interface RegisterDirective {
  readonly type: 'RegisterDirective';
  /** The number as written, e.g. "696/QĐ-TTg". */
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

export interface DirectiveState {
  readonly registered: boolean;
  /** The number as registered: another spelling that folds to it ("696/QD-TTg") names the same stream. */
  readonly directiveId: string | null;
  /** As registered, every correction applied. */
  readonly record: DirectiveRecord | null;
}

export const directiveDecider: Decider<DirectiveCommand, DirectiveState, DirectiveEvent> = {
  initialState: () => ({ registered: false, directiveId: null, record: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DirectiveRegistered': {
        const { kind, title, issuer, issuedOn } = event.data;
        return { registered: true, directiveId: event.data.directiveId, record: { kind, title, issuer, issuedOn, signedBy: actorOfEvent(event) } };
      }
      case 'DirectiveCorrected':
        return { ...state, record: { ...state.record!, ...Object.fromEntries(event.data.fields.map((f) => [f.field, f.value])) } };
    }
  },
  decide: (command, state, context) => {
    switch (command.type) {
      case 'RegisterDirective': {
        if (context.actingForProvince && command.provinceId !== context.actingForProvince) {
          throw forbidden(
            `a system of ${context.actingForProvince} may only register documents of its own province`,
            'provinceId',
          );
        }
        const data = {
          directiveId: requireDocumentNumber(command.directiveId, 'id'),
          kind: requireText(command.kind, 'kind'),
          title: requireText(command.title, 'title'),
          issuer: requireText(command.issuer, 'issuer'),
          issuedOn: validatePartialDate(command.issuedOn, 'issuedOn'),
          implements: requireDistinctDocumentNumbers(command.implements, 'implements'),
          provinceId: command.provinceId === null ? null : requireId(command.provinceId, 'provinceId'),
        };
        if (state.registered) {
          const as = state.directiveId !== null && state.directiveId !== data.directiveId ? ` as ${state.directiveId}` : '';
          throw alreadyExists(`directive ${data.directiveId} is already registered${as}`, 'id');
        }
        return [{ type: 'DirectiveRegistered', data }];
      }
      case 'CorrectDirective': {
        if (!state.registered) throw notFound('directiveId', `directive ${command.directiveId} is not registered`);
        if (context.actingForProvince) throw forbidden('a directive is corrected by a national role (ADMIN)', 'directiveId');
        const fields = correctedFields<DirectiveRecord>(command.changes, state.record!, validators, IDENTITY, `directive ${state.directiveId}`);
        return [{ type: 'DirectiveCorrected', data: { directiveId: state.directiveId!, fields: fields as DirectiveFieldCorrection[], reason: requireReason(command.reason) } }];
      }
    }
  },
};
