import type { Decider } from '../shared/decider.js';
import type { DomainEvent } from '../shared/event.js';
import { alreadyExists, forbidden } from '../shared/errors.js';
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

export interface DirectiveState {
  readonly registered: boolean;
  /** The number as registered: another spelling that folds to it ("696/QD-TTg") names the same stream. */
  readonly directiveId: string | null;
}

export const directiveDecider: Decider<DirectiveCommand, DirectiveState, DirectiveEvent> = {
  initialState: () => ({ registered: false, directiveId: null }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'DirectiveRegistered':
        return { registered: true, directiveId: event.data.directiveId };
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
    }
  },
};
