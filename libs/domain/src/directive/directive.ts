import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden, invalidInput } from '../shared/errors.js';
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
export type DirectiveCommand = RegisterDirective;

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
export type DirectiveEvent = DirectiveRegistered;

/** The documents registered with one number (as look-ups fold it): they share a stream. */
export interface DirectiveState {
  readonly registered: readonly DirectiveIdentity[];
}

export const directiveDecider: Decider<DirectiveCommand, DirectiveState, DirectiveEvent> = {
  initialState: () => ({ registered: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DirectiveRegistered': {
        const { directiveId, provinceId, issuedOn } = event.data;
        return { registered: [...state.registered, { directiveId, provinceId, issuedOn }] };
      }
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
        const number = requireDocumentNumber(command.directiveId, 'id');
        if (splitQualifier(number)) {
          throw invalidInput('id', `"${number}" ends in a qualifier: register the number as written; the platform qualifies it when another document has that number`);
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
    }
  },
};
